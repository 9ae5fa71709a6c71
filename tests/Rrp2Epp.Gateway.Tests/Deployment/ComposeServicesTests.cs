using System.Diagnostics;
using System.Text.RegularExpressions;
using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Gateway.Tests.PostgreSql;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.Deployment;

/// <summary>
/// What the compose services run, run here as processes: deploy/make-certs.sh makes the certificates, the sandbox
/// serves with its certificate, a gateway starts from deploy/gateway.json (only the host names, ports and folders
/// that Docker would provide are overridden) on a PostgreSQL store, trusts the sandbox through the demo CA, and a
/// client pinning the printed thumbprint logs in. The gateway health check's command is run too.
/// </summary>
public sealed partial class ComposeServicesTests : IAsyncLifetime
{
    private const string CertPassword = "pfx-test-password";
    private readonly string _certs = Path.Combine(Directory.CreateTempSubdirectory("rrp2epp-compose-").FullName, "certs");
    private readonly List<Process> _processes = [];
    private readonly Dictionary<Process, Task<string>> _errors = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var process in _processes)
            {
                CliProcesses.Signal(process, "INT");
            }

            // Each is waited for; one that did not stop is killed (and the test fails as hung).
            foreach (var process in _processes)
            {
                await CliProcesses.WaitOrKillAsync(process);
            }
        }
        finally
        {
            foreach (var process in _processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            Directory.Delete(Path.GetDirectoryName(_certs)!, recursive: true);
        }
    }

    [Fact]
    public async Task The_certificates_sandbox_and_gateway_configuration_of_the_compose_file_serve_a_pinned_RRP_session()
    {
        var owner = (await Tool.RunAsync("id", ["-u"])).Output.Trim();
        var (code, made, error) = await Tool.RunAsync("bash", [RepositoryPaths.Combine("deploy", "make-certs.sh"), _certs], null,
            new Dictionary<string, string> { ["CERT_PASSWORD"] = CertPassword, ["CERT_OWNER"] = owner });
        Assert.True(code == 0, error);
        var pin = Thumbprint().Match(made).Groups[1].Value;
        Assert.Equal(64, pin.Length);
        Assert.Contains("certificates already in", (await Tool.RunAsync("bash", [RepositoryPaths.Combine("deploy", "make-certs.sh"), _certs], null,
            new Dictionary<string, string> { ["CERT_PASSWORD"] = CertPassword })).Output, StringComparison.Ordinal);

        var sandbox = Start(["sandbox", "--listen", "127.0.0.1:0", "--cert", Path.Combine(_certs, "sandbox.pfx"), "--unique-host-addresses"],
            new Dictionary<string, string> { ["RRP2EPP_SANDBOX_CERT_PASSWORD"] = CertPassword });
        var sandboxPort = Port(await ReadLineStartingAsync(sandbox, "Sandbox EPP registry listening on "));

        await using var database = await PostgresServer.CreateDatabaseAsync();
        var gateway = Start(
            [
                "gateway", "--config", RepositoryPaths.Combine("deploy", "gateway.json"),
                "--Gateway:Listeners:0:Address=127.0.0.1", "--Gateway:Listeners:0:Port=0",
                $"--Gateway:Listeners:0:CertificatePath={Path.Combine(_certs, "rrp-server.pfx")}",
                "--Gateway:Registry:Host=127.0.0.1", "--Gateway:Registry:TargetHost=sandbox", $"--Gateway:Registry:Port={sandboxPort}",
                $"--Gateway:Registry:ClientCertificatePath={Path.Combine(_certs, "gateway-epp-client.pfx")}",
                $"--Gateway:Registry:TrustedCertificateAuthorities={Path.Combine(_certs, "ca.pem")}",
            ],
            new Dictionary<string, string>
            {
                ["RRP2EPP__Gateway__Store__ConnectionString"] = database.ConnectionString,
                ["RRP2EPP__Gateway__Registry__ClientCertificatePassword"] = CertPassword,
                ["RRP2EPP__Gateway__Listeners__0__CertificatePassword"] = CertPassword,
                ["RRP2EPP__Gateway__Registry__ClientTransactionIdPrefix"] = "GW1",
            });
        var start = new System.Text.StringBuilder();
        var endpoint = "127.0.0.1:" + Port(await ReadLineStartingAsync(gateway, "Rrp2Epp gateway ready: ", start));
        var rest = gateway.StandardOutput.ReadToEndAsync(TestGuard.Token);
        Assert.Contains("store PostgreSQL store Host=127.0.0.1;", start.ToString(), StringComparison.Ordinal);

        // The compose health check's command, against this gateway.
        var (healthCode, health, _) = await CliProcess.RunAsync(["client", endpoint, "--script", "/dev/null", "--insecure-accept-any-server-certificate"]);
        Assert.Equal(0, healthCode);
        Assert.Matches(ComposeFileTests.BannerExpectation(), health.Split('\n')[0]);

        // A registrar pinning the certificate make-certs.sh printed: the session reaches the sandbox through the CA trust.
        var script = Path.Combine(_certs, "..", "session.rrp");
        await File.WriteAllTextAsync(script, "session\n-Id:registrarA\n-Password:i-am-registrarA\n.\nquit\n.\n", TestGuard.Token);
        var (clientCode, transcript, clientError) = await CliProcess.RunAsync(["client", endpoint, "--script", script, "--pin", pin]);
        Assert.True(clientCode == 0, clientError);
        Assert.StartsWith("Rrp2Epp-compose RRP Server version 2.0.0", transcript, StringComparison.Ordinal);
        Assert.Contains("> session\n200 Command completed successfully", transcript, StringComparison.Ordinal);

        // Nothing the gateway printed holds a password.
        DemoProcessTests.Signal(gateway, "INT");
        var output = start + await rest + await _errors[gateway];
        Assert.Contains("RRP SESSION of registrarA → 200", output, StringComparison.Ordinal);
        foreach (var secret in new[] { new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Password!, CertPassword, "i-am-registrarA" })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    private Process Start(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var process = CliProcess.Start(args, environment);
        _processes.Add(process);
        _errors[process] = process.StandardError.ReadToEndAsync(TestGuard.Token);
        return process;
    }

    /// <summary>Reads output lines (kept in <paramref name="seen"/>) up to the one starting with <paramref name="prefix"/>.</summary>
    private static async Task<string> ReadLineStartingAsync(Process process, string prefix, System.Text.StringBuilder? seen = null)
    {
        while (await process.StandardOutput.ReadLineAsync(TestGuard.Token) is { } line)
        {
            seen?.AppendLine(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"the process ended before printing '{prefix}' (exit {process.ExitCode})");
    }

    private static string Port(string readyLine) => EndpointPort().Match(readyLine).Groups[1].Value;

    [GeneratedRegex(@"127\.0\.0\.1:(\d+)")]
    private static partial Regex EndpointPort();

    [GeneratedRegex("SHA-256 ([0-9A-F]{64})")]
    private static partial Regex Thumbprint();
}
