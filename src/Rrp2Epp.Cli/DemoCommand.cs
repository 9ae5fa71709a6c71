using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Sandbox;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp demo</c>: the sandbox EPP registry and the gateway in one process, self-signed certificates, SQLite in
/// the data folder. Without a seed it makes two demo registrars and prints their credentials; with one it also loads
/// each seeded domain's authInfo into the gateway's store (sandbox-seed.md). The sandbox refuses a host address already
/// in use (result-mapping §6a.4), as the RRP-era registry did. One ready line names the RRP endpoint; Ctrl-C stops
/// everything cleanly (exit 0).
/// </summary>
public static class DemoCommand
{
    public const string ReadyPrefix = "Rrp2Epp demo ready: ";

    public static Command Create()
    {
        var listen = new Option<string>("--rrp-listen") { Description = "HOST:PORT for the RRP listener (port 0 picks a free port)", DefaultValueFactory = _ => "127.0.0.1:648" };
        var seed = new Option<FileInfo?>("--seed") { Description = "Sandbox seed file (JSON, shared/sandbox-seed.md format)" };
        var version = new Option<string>("--rrp-version") { Description = "RRP version of the listener: 1.1.0 or 2.0.0", DefaultValueFactory = _ => "2.0.0" };
        version.AcceptOnlyFromAmong("1.1.0", "2.0.0");
        var zone = new Option<string>("--rrp-time-zone") { Description = "IANA time zone of RRP time stamps (e.g. America/New_York)", DefaultValueFactory = _ => "UTC" };
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder for the gateway's SQLite store", DefaultValueFactory = _ => new DirectoryInfo("data") };
        var command = new Command("demo", "Run the sandbox registry and the gateway together, ready for an RRP client.") { listen, seed, version, zone, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var signal = new StopSignal(cancellationToken);
            return await RunAsync(
                parse.GetValue(listen)!, parse.GetValue(seed), parse.GetValue(version)!, parse.GetValue(zone)!, parse.GetValue(data)!,
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, signal.Token).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(string listen, FileInfo? seedFile, string version, string zone, DirectoryInfo data, TextWriter output, TextWriter error, CancellationToken stop)
    {
        if (!HostPort.TryParse(listen, out var host, out var port) || !IPAddress.TryParse(host == "localhost" ? "127.0.0.1" : host, out var address))
        {
            await error.WriteLineAsync($"rrp2epp demo: --rrp-listen '{listen}' is not HOST:PORT with an IP address (e.g. 127.0.0.1:648)").ConfigureAwait(false);
            return 2;
        }

        SandboxSeed? seed = null;
        try
        {
            seed = seedFile is null ? null : SandboxSeed.Load(seedFile.FullName);
        }
        catch (SandboxSeedException e)
        {
            await error.WriteLineAsync($"rrp2epp demo: bad seed {seedFile!.FullName}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", e.Errors)).ConfigureAwait(false);
            return 2;
        }

        SandboxServer sandbox;
        try
        {
            sandbox = SandboxServer.Create(
                new SandboxOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), Policies = new SandboxPolicies { UniqueHostAddresses = true } },
                seed, new SandboxClock(seed?.Clock ?? DateTimeOffset.UtcNow));
            sandbox.Start();
        }
        catch (Exception e) when (e is SandboxSeedException or SandboxOptionsException)
        {
            await error.WriteLineAsync("rrp2epp demo: the sandbox cannot start: " + e.Message).ConfigureAwait(false);
            return 2;
        }

        await using (sandbox.ConfigureAwait(false))
        {
            using var rrpCertificate = SelfSignedCertificates.Create("rrp2epp-demo", ["localhost", "127.0.0.1", "::1"]);
            using var eppCertificate = SelfSignedCertificates.Create("rrp2epp-demo-epp-client");
            var settings = new GatewayHostSettings
            {
                Defaults = new Dictionary<string, string?>
                {
                    ["Gateway:RegistryName"] = "Rrp2Epp-demo",
                    ["Gateway:TimeZone"] = zone,
                    ["Gateway:Listeners:0:Name"] = "demo",
                    ["Gateway:Listeners:0:Address"] = address.ToString(),
                    ["Gateway:Listeners:0:Port"] = port.ToString(CultureInfo.InvariantCulture),
                    ["Gateway:Listeners:0:Version"] = version,
                    ["Gateway:Listeners:0:ClientCertificates"] = nameof(ClientCertificatePolicy.Optional),
                    ["Gateway:Registry:Host"] = "127.0.0.1",
                    ["Gateway:Registry:Port"] = sandbox.Endpoint.Port.ToString(CultureInfo.InvariantCulture),
                    ["Gateway:Registry:PinnedServerCertificates:0"] = sandbox.CertificateThumbprint,
                    ["Gateway:Registry:ClientTransactionIdPrefix"] = "DEMO",
                    // The demo registrars use the documentation ranges (192.0.2.0/24, 2001:db8::/32) for their name servers.
                    ["Gateway:Profile:AllowDocumentationAddresses"] = "true",
                    ["Gateway:Store:DataDirectory"] = data.FullName,
                },
                RrpServerCertificate = rrpCertificate,
                EppClientCertificate = eppCertificate,
            };
            var app = await GatewayRunner.StartAsync(settings, "demo", error, stop).ConfigureAwait(false);
            if (app is null)
            {
                await sandbox.StopAsync().ConfigureAwait(false);
                return 2;
            }

            var store = app.Services.GetRequiredService<IGatewayStore>();
            foreach (var domain in seed?.Domains ?? [])
            {
                await store.SetAuthInfoAsync(domain.Name, domain.AuthInfo, stop).ConfigureAwait(false);
            }

            if (seed is null)
            {
                foreach (var id in sandbox.Registry.RegistrarIds.Order(StringComparer.Ordinal))
                {
                    await output.WriteLineAsync($"demo registrar {id} password i-am-{id}").ConfigureAwait(false);
                }
            }
            else if (seed.Domains.Count > 0)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"loaded the authInfo of {seed.Domains.Count} seeded domain(s) into the store")).ConfigureAwait(false);
            }

            var endpoint = HostPort.Format(app.RrpListeners()[0].BoundEndPoint!);
            await output.WriteLineAsync($"connect with: rrp2epp client {endpoint} --insecure-accept-any-server-certificate   or   openssl s_client -connect {endpoint} -crlf -quiet").ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{ReadyPrefix}RRP {version} on {endpoint} (TLS, certificate SHA-256 {SelfSignedCertificates.Sha256Thumbprint(rrpCertificate)}), EPP sandbox on {HostPort.Format(sandbox.Endpoint)}, data in {data.FullName}")).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);

            await GatewayRunner.RunUntilStoppedAsync(app, stop).ConfigureAwait(false);
            await sandbox.StopAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Rrp2Epp demo stopped").ConfigureAwait(false);
        }

        return 0;
    }
}
