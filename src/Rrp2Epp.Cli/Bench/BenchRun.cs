using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Tls;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// One bench run: starts what the settings do not name (a seeded sandbox, a gateway in front of the registry, the echo
/// server) as child processes in a temporary folder, runs the paths one after another, prints the report, and stops
/// and removes everything it started, whatever happens.
/// </summary>
internal sealed partial class BenchRun(BenchSettings settings, TextWriter output, TextWriter error)
{
    private const string BenchRegistrar = "bench";
    private static readonly TimeSpan OpenLimit = TimeSpan.FromMinutes(1);

    private readonly BenchProgress _progress = new(error, terminal: !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error));
    private readonly List<BenchChild> _children = [];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var folder = Directory.CreateTempSubdirectory("rrp2epp-bench-").FullName;
        try
        {
            using var eppClientCertificate = SelfSignedCertificates.Create("rrp2epp-bench-epp-client");
            var workload = new BenchWorkload(settings.Mix, settings.NameServer, BenchCommand.RandomToken(6));
            var registrar = settings.Registrar ?? BenchRegistrar;
            var password = settings.Password ?? BenchCommand.RandomToken(16);

            var registry = settings.Registry;
            BenchChild? sandbox = null;
            if (registry is { Insecure: true, Pin: null })
            {
                registry = registry with { Pin = await ProbeThumbprintAsync(registry, cancellationToken).ConfigureAwait(false) };
            }
            else if (registry is null && (settings.Runs(BenchPath.Direct) || (settings.Runs(BenchPath.Gateway) && settings.Gateway is null)))
            {
                (sandbox, registry) = await StartSandboxAsync(folder, registrar, password, cancellationToken).ConfigureAwait(false);
            }

            var gateway = settings.Gateway;
            BenchChild? gatewayChild = null;
            if (settings.Runs(BenchPath.Gateway) && gateway is null)
            {
                (gatewayChild, gateway) = await StartGatewayAsync(folder, registry!, eppClientCertificate, cancellationToken).ConfigureAwait(false);
            }

            BenchChild? echoChild = null;
            BenchTarget? echo = null;
            if (settings.Runs(BenchPath.Echo))
            {
                var (child, ready) = await StartChildAsync("echo server", ["bench-echo", "--listen", "127.0.0.1:0"], EchoReady(), cancellationToken).ConfigureAwait(false);
                echoChild = child;
                echo = Target(ready);
            }

            var results = new Dictionary<BenchPath, PathResult>();
            foreach (var path in settings.Paths)
            {
                var processes = new List<(string, Func<TimeSpan>)>();
                if (path == BenchPath.Gateway && gatewayChild is not null)
                {
                    processes.Add(("gateway", () => gatewayChild.CpuTime));
                }

                if (path != BenchPath.Echo && sandbox is not null)
                {
                    processes.Add(("sandbox", () => sandbox.CpuTime));
                }

                if (path == BenchPath.Echo)
                {
                    processes.Add(("echo", () => echoChild!.CpuTime));
                }

                processes.Add(("bench", BenchCommand.OwnCpuTime));
                var target = path switch { BenchPath.Gateway => gateway!, BenchPath.Direct => registry!, _ => echo! };
                _progress.Note(BenchCommand.Invariant($"{BenchProgress.Name(path)}: {settings.Sessions} session(s) to {target}"));
                var sessions = await OpenSessionsAsync(path, target, registrar, password, eppClientCertificate, workload, cancellationToken).ConfigureAwait(false);
                try
                {
                    var driver = new LoadDriver(settings, processes, _progress);
                    results[path] = await driver.RunAsync(path, sessions, cancellationToken).ConfigureAwait(false);
                    if (driver.FirstFailure is { } failure)
                    {
                        _progress.Note("a session broke: " + failure);
                    }
                }
                finally
                {
                    foreach (var session in sessions)
                    {
                        await session.DisposeAsync().ConfigureAwait(false);
                    }
                }

                CheckAlive();
            }

            var report = new BenchReport(settings, results, startedAt);
            await output.WriteAsync(report.ToText()).ConfigureAwait(false);
            if (settings.JsonFile is { } file)
            {
                await File.WriteAllBytesAsync(file, report.ToJson(), cancellationToken).ConfigureAwait(false);
            }

            return report.Errors == 0 ? 0 : 1;
        }
        finally
        {
            for (var i = _children.Count - 1; i >= 0; i--)
            {
                await _children[i].DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(BenchChild, BenchTarget)> StartSandboxAsync(string folder, string registrar, string password, CancellationToken cancellationToken)
    {
        var seed = Path.Combine(folder, "sandbox-seed.json");
        await File.WriteAllBytesAsync(seed, Seed(registrar, password), cancellationToken).ConfigureAwait(false);
        // Room for every direct session and the gateway's pool at once.
        var limit = Math.Max(100, 2 * settings.Sessions + 10);
        var (child, ready) = await StartChildAsync("sandbox",
            ["sandbox", "--listen", "127.0.0.1:0", "--seed", seed, "--max-sessions-per-registrar", limit.ToString(CultureInfo.InvariantCulture)],
            SandboxReady(), cancellationToken).ConfigureAwait(false);
        return (child, Target(ready));
    }

    private async Task<(BenchChild, BenchTarget)> StartGatewayAsync(string folder, BenchTarget registry, X509Certificate2 eppClientCertificate, CancellationToken cancellationToken)
    {
        using var rrpCertificate = SelfSignedCertificates.Create("rrp2epp-bench", ["localhost", "127.0.0.1"]);
        var rrpPfx = Path.Combine(folder, "rrp-server.pfx");
        var eppPfx = Path.Combine(folder, "epp-client.pfx");
        await File.WriteAllBytesAsync(rrpPfx, rrpCertificate.Export(X509ContentType.Pkcs12), cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(eppPfx, eppClientCertificate.Export(X509ContentType.Pkcs12), cancellationToken).ConfigureAwait(false);
        var pool = settings.PoolSize ?? Math.Min(settings.Sessions, 100);
        List<string> args =
        [
            "gateway",
            "--Gateway:RegistryName=Rrp2Epp-bench",
            "--Gateway:Listeners:0:Name=bench",
            "--Gateway:Listeners:0:Address=127.0.0.1",
            "--Gateway:Listeners:0:Port=0",
            "--Gateway:Listeners:0:CertificatePath=" + rrpPfx,
            "--Gateway:Registry:Host=" + registry.Host,
            BenchCommand.Invariant($"--Gateway:Registry:Port={registry.Port}"),
            "--Gateway:Registry:ClientCertificatePath=" + eppPfx,
            "--Gateway:Registry:ClientTransactionIdPrefix=BENCH",
            BenchCommand.Invariant($"--Gateway:Sessions:MaxSessionsPerRegistrar={settings.Sessions}"),
            BenchCommand.Invariant($"--Gateway:EppSessions:PoolSize={pool}"),
            "--Gateway:Store:DataDirectory=" + Path.Combine(folder, "gateway-data"),
            // Its log as README's production example writes it (Information, compact JSON, a file), not to the console:
            // a console log would be read back through a pipe by this process, which shares the machine's cores.
            "--Serilog:MinimumLevel:Default=Information",
            "--Serilog:MinimumLevel:Override:Microsoft=Warning",
            "--Serilog:WriteTo:0:Name=File",
            "--Serilog:WriteTo:0:Args:path=" + Path.Combine(folder, "gateway-log.json"),
            "--Serilog:WriteTo:0:Args:formatter=Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        ];
        if (registry.Pin is not null)
        {
            args.Add("--Gateway:Registry:PinnedServerCertificates:0=" + registry.Pin);
        }

        var (child, ready) = await StartChildAsync("gateway", args, GatewayReady(), cancellationToken).ConfigureAwait(false);
        return (child, new BenchTarget("127.0.0.1", int.Parse(ready.Groups["port"].Value, CultureInfo.InvariantCulture), SelfSignedCertificates.Sha256Thumbprint(rrpCertificate), false));
    }

    private async Task<(BenchChild, Match)> StartChildAsync(string name, IEnumerable<string> args, Regex ready, CancellationToken cancellationToken)
    {
        var (child, match) = await BenchChild.StartAsync(name, args, ready, cancellationToken).ConfigureAwait(false);
        _children.Add(child);
        return (child, match);
    }

    private async Task<List<LoadSession>> OpenSessionsAsync(
        BenchPath path, BenchTarget target, string registrar, string password, X509Certificate2 eppClientCertificate, BenchWorkload workload, CancellationToken cancellationToken)
    {
        var sessions = new List<LoadSession>(settings.Sessions);
        var eppOptions = EppLoadSession.Options(target, eppClientCertificate);
        var authInfo = new EppSecret("Bench-" + BenchCommand.RandomToken(10));
        try
        {
            for (var i = 0; i < settings.Sessions; i++)
            {
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                limit.CancelAfter(OpenLimit);
                try
                {
                    sessions.Add(path switch
                    {
                        BenchPath.Gateway => await RrpLoadSession.OpenAsync(target, registrar, password, i, workload, limit.Token).ConfigureAwait(false),
                        BenchPath.Direct => await EppLoadSession.OpenAsync(eppOptions, registrar, password, authInfo, i, workload, limit.Token).ConfigureAwait(false),
                        _ => await EchoLoadSession.OpenAsync(target, i, workload, limit.Token).ConfigureAwait(false),
                    });
                }
                catch (Exception e) when (e is IOException or SocketException or System.Security.Authentication.AuthenticationException
                    || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    throw new BenchException(BenchCommand.Invariant($"{BenchProgress.Name(path)} session {i}: cannot connect to {target}: {e.Message}"));
                }
            }

            return sessions;
        }
        catch
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private void CheckAlive()
    {
        foreach (var child in _children.Where(c => c.HasExited))
        {
            throw new BenchException($"the {child.Name} stopped during the run:{Environment.NewLine}{child.Tail}");
        }
    }

    /// <summary>The sandbox's state: the registrar, the name server MOD adds, and the registered half of the CHECK names.</summary>
    private byte[] Seed(string registrar, string password)
    {
        var now = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("registrars");
            json.WriteStartObject();
            json.WriteString("id", registrar);
            json.WriteString("password", password);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("hosts");
            json.WriteStartObject();
            json.WriteString("name", settings.NameServer);
            json.WriteString("sponsor", registrar);
            json.WriteStartArray("addresses");
            json.WriteEndArray();
            json.WriteStartArray("statuses");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("domains");
            foreach (var name in BenchWorkload.RegisteredNames)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("sponsor", registrar);
                json.WriteString("created", now.AddYears(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteString("expires", now.AddYears(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteStartArray("statuses");
                json.WriteStringValue("ok");
                json.WriteEndArray();
                json.WriteStartArray("nameservers");
                json.WriteEndArray();
                json.WriteString("authInfo", "Bench-" + BenchCommand.RandomToken(10));
                json.WriteNull("rgpStatus");
                json.WriteNull("transfer");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The certificate an <c>--insecure</c> registry presents, to pin it for the EPP client and the gateway (which always check).</summary>
    private static async Task<string> ProbeThumbprintAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(target.Host, target.Port, cancellationToken).ConfigureAwait(false);
            string? thumbprint = null;
            await using var tls = new SslStream(tcp.GetStream());
            using var probe = SelfSignedCertificates.Create("rrp2epp-bench-probe");
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = target.Host,
                ClientCertificates = [probe],
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    thumbprint = certificate is X509Certificate2 c ? SelfSignedCertificates.Sha256Thumbprint(c) : null;
                    return thumbprint is not null;
                },
            }, cancellationToken).ConfigureAwait(false);
            return thumbprint!;
        }
        catch (Exception e) when (e is IOException or SocketException or System.Security.Authentication.AuthenticationException)
        {
            throw new BenchException($"cannot reach the registry {target}: {e.Message}");
        }
    }

    private static BenchTarget Target(Match ready) =>
        new(ready.Groups["host"].Value, int.Parse(ready.Groups["port"].Value, CultureInfo.InvariantCulture), ready.Groups["pin"].Value, false);

    [GeneratedRegex(@"^Sandbox EPP registry listening on (?<host>[0-9.]+):(?<port>\d+), certificate SHA-256 (?<pin>[0-9A-F]{64})")]
    private static partial Regex SandboxReady();

    [GeneratedRegex(@"^Rrp2Epp gateway ready: RRP \S+ on (?<host>[0-9.]+):(?<port>\d+) ")]
    private static partial Regex GatewayReady();

    [GeneratedRegex(@"^Rrp2Epp bench echo listening on (?<host>[0-9.]+):(?<port>\d+), certificate SHA-256 (?<pin>[0-9A-F]{64})")]
    private static partial Regex EchoReady();
}
