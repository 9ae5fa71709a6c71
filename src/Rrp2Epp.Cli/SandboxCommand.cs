using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Sandbox;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp sandbox</c>: runs the sandbox EPP registry until Ctrl-C (exit 0). It prints one
/// ready line naming the endpoint and the certificate's SHA-256 thumbprint; any start-up error is
/// one clear message and exit code 2.
/// </summary>
public static class SandboxCommand
{
    /// <summary>The environment variable read for the PFX password when <c>--cert-password</c> is absent.</summary>
    public const string CertificatePasswordVariable = "RRP2EPP_SANDBOX_CERT_PASSWORD";

    public static Command Create()
    {
        var listen = new Option<string>("--listen") { Description = "HOST:PORT to listen on (port 0 picks a free port)", DefaultValueFactory = _ => "127.0.0.1:7000" };
        var seed = new Option<FileInfo?>("--seed") { Description = "Seed file (JSON, shared/sandbox-seed.md format); without it two demo registrars are created" };
        var cert = new Option<FileInfo?>("--cert") { Description = "Server certificate with its private key (PKCS#12); without it a self-signed one is made" };
        var certPassword = new Option<string?>("--cert-password") { Description = $"Password of the PFX (default: ${CertificatePasswordVariable})" };
        var clock = new Option<string?>("--clock") { Description = "The registry's start time (ISO 8601 UTC, e.g. 2003-11-18T15:27:00Z); overrides the seed's clock" };
        var thick = new Option<bool>("--thick") { Description = "Thick registry: domain:create needs registrant, admin and tech contacts" };
        var hostAttributes = new Option<bool>("--host-attributes") { Description = "Host attributes (domain:hostAttr) instead of host objects" };
        var uniqueAddresses = new Option<bool>("--unique-host-addresses") { Description = "Refuse an IP address already used by another host (2302)" };
        var zones = new Option<string>("--zones") { Description = "Comma-separated zones the registry serves", DefaultValueFactory = _ => "com,net" };
        var noClientCertificate = new Option<bool>("--no-client-certificate") { Description = "Do not require a TLS client certificate (RFC 5734 requires one; the default)" };
        var noRestoreReport = new Option<bool>("--no-restore-report") { Description = "A restore request restores at once (no RGP restore report needed)" };
        var noRgp = new Option<bool>("--no-rgp") { Description = "Do not announce the RGP extension (rgp-1.0): a registry without restores" };
        var maxSessions = new Option<int>("--max-sessions-per-registrar") { Description = "Logged-in sessions one registrar may hold at once", DefaultValueFactory = _ => new SandboxOptions().MaxSessionsPerRegistrar };
        var verbose = new Option<bool>("--verbose") { Description = "Log connections, refused frames and faults to stderr" };

        var command = new Command("sandbox", "Run the sandbox EPP registry (RFC 5730-5734, RGP 3915) for demos, tests and migration rehearsals.")
        {
            listen, seed, cert, certPassword, clock, thick, hostAttributes, uniqueAddresses, zones, noClientCertificate, noRestoreReport, noRgp, maxSessions, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Settings(
                parse.GetValue(listen)!, parse.GetValue(seed), parse.GetValue(cert),
                parse.GetValue(certPassword) ?? Environment.GetEnvironmentVariable(CertificatePasswordVariable),
                parse.GetValue(clock),
                new SandboxPolicies
                {
                    ContactsRequired = parse.GetValue(thick),
                    HostModel = parse.GetValue(hostAttributes) ? HostModel.Attributes : HostModel.Objects,
                    UniqueHostAddresses = parse.GetValue(uniqueAddresses),
                    Zones = parse.GetValue(zones)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(z => z.ToLowerInvariant()).ToList(),
                    RestoreReportRequired = !parse.GetValue(noRestoreReport),
                },
                !parse.GetValue(noClientCertificate),
                !parse.GetValue(noRgp),
                parse.GetValue(maxSessions),
                parse.GetValue(verbose));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }

            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
            return await RunAsync(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, stop.Token).ConfigureAwait(false);
        });
        return command;
    }

    private sealed record Settings(
        string Listen, FileInfo? Seed, FileInfo? Certificate, string? CertificatePassword, string? Clock,
        SandboxPolicies Policies, bool RequireClientCertificate, bool AnnounceRgp, int MaxSessionsPerRegistrar, bool Verbose);

    private static async Task<int> RunAsync(Settings settings, TextWriter output, TextWriter error, CancellationToken stop)
    {
        SandboxServer server;
        try
        {
            server = Start(settings, error);
        }
        catch (StartupException e)
        {
            await error.WriteLineAsync("rrp2epp sandbox: " + e.Message).ConfigureAwait(false);
            return 2;
        }

        await using (server.ConfigureAwait(false))
        {
            if (settings.Seed is null)
            {
                foreach (var id in server.Registry.RegistrarIds)
                {
                    await output.WriteLineAsync($"demo registrar {id} password i-am-{id}").ConfigureAwait(false);
                }
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Sandbox EPP registry listening on {FormatEndpoint(server.Endpoint)}, certificate SHA-256 {server.CertificateThumbprint}, clock {server.Registry.Now:yyyy-MM-dd'T'HH:mm:ss'Z'}")).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C / SIGTERM: stop cleanly.
            }

            await server.StopAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Sandbox EPP registry stopped").ConfigureAwait(false);
        }

        return 0;
    }

    private static SandboxServer Start(Settings settings, TextWriter error)
    {
        var endpoint = ParseEndpoint(settings.Listen);
        SandboxSeed? seed = null;
        if (settings.Seed is not null)
        {
            try
            {
                seed = SandboxSeed.Load(settings.Seed.FullName);
            }
            catch (SandboxSeedException e)
            {
                throw new StartupException($"bad seed {settings.Seed.FullName}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", e.Errors));
            }
        }

        var start = seed?.Clock ?? DateTimeOffset.UtcNow;
        if (settings.Clock is not null)
        {
            if (!DateTimeOffset.TryParse(settings.Clock, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start))
            {
                throw new StartupException($"--clock '{settings.Clock}' is not an ISO 8601 date-time (e.g. 2003-11-18T15:27:00Z)");
            }
        }

        X509Certificate2? certificate = null;
        if (settings.Certificate is not null)
        {
            try
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.Certificate.FullName, settings.CertificatePassword);
            }
            catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new StartupException($"cannot load certificate {settings.Certificate.FullName}: {e.Message}");
            }
        }

        var options = new SandboxOptions
        {
            Listen = endpoint,
            Certificate = certificate,
            Policies = settings.Policies,
            RequireClientCertificate = settings.RequireClientCertificate,
            AnnounceRgp = settings.AnnounceRgp,
            MaxSessionsPerRegistrar = settings.MaxSessionsPerRegistrar,
            Log = settings.Verbose ? message => error.WriteLine(message) : null,
        };
        SandboxServer server;
        try
        {
            server = SandboxServer.Create(options, seed, new SandboxClock(start));
        }
        catch (SandboxSeedException e)
        {
            throw new StartupException($"bad seed {settings.Seed?.FullName}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", e.Errors));
        }
        catch (SandboxOptionsException e)
        {
            throw new StartupException("bad options: " + string.Join("; ", e.Errors));
        }

        try
        {
            server.Start();
        }
        catch (SocketException e)
        {
            throw new StartupException($"cannot listen on {settings.Listen}: {e.Message}");
        }

        return server;
    }

    private static IPEndPoint ParseEndpoint(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon > 0 && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            var host = text[..colon].Trim('[', ']');
            if (host == "localhost")
            {
                return new IPEndPoint(IPAddress.Loopback, port);
            }

            if (IPAddress.TryParse(host, out var address))
            {
                return new IPEndPoint(address, port);
            }
        }

        throw new StartupException($"--listen '{text}' is not HOST:PORT with an IP address or localhost (e.g. 127.0.0.1:7000)");
    }

    private static string FormatEndpoint(IPEndPoint endpoint) =>
        endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]:{endpoint.Port}" : endpoint.ToString();

    private sealed class StartupException(string message) : Exception(message);
}
