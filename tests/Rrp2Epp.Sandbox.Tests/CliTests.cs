using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary><c>rrp2epp sandbox</c> started as a real process, as a user would.</summary>
public sealed partial class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rrp2epp-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sandbox_prints_the_ready_line_serves_EPP_and_stops_on_SIGINT_with_exit_0()
    {
        var seed = Path.Combine(_folder, "seed.json");
        await File.WriteAllTextAsync(seed, SeedTests.DocumentedSeed);
        using var process = Start("sandbox", "--listen", "127.0.0.1:0", "--seed", seed, "--clock", "2004-01-01T00:00:00Z");
        try
        {
            var (endpoint, thumbprint) = await ReadReadyLineAsync(process);
            await using var client = await RawEppClient.ConnectAsync(endpoint, thumbprint, SandboxFixture.ClientCertificate, TestGuard.Token);
            var session = new SandboxFixture.Session(client);
            await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA"));
            var info = await session.ExpectAsync(1000, EppText.DomainInfo("example.com"));
            Assert.Equal("Xy7-secret-1", info.Data("pw"));
            Assert.StartsWith("2004-01-01T00:00", client.Greeting.Descendants().First(e => e.Name.LocalName == "svDate").Value, StringComparison.Ordinal);
        }
        finally
        {
            Signal(process, "INT");
        }

        await WaitOrKillAsync(process);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Sandbox_without_seed_prints_demo_credentials_and_stops_on_SIGTERM()
    {
        using var process = Start("sandbox", "--listen", "127.0.0.1:0", "--thick", "--unique-host-addresses");
        var lines = new List<string>();
        try
        {
            var (endpoint, thumbprint) = await ReadReadyLineAsync(process, lines);
            Assert.Contains("demo registrar registrarA password i-am-registrarA", lines);
            await using var client = await RawEppClient.ConnectAsync(endpoint, thumbprint, SandboxFixture.ClientCertificate, TestGuard.Token);
            var session = new SandboxFixture.Session(client);
            await session.ExpectAsync(1000, EppText.Login("registrarB", "i-am-registrarB"));
            await session.ExpectAsync(2003, EppText.DomainCreate("thick.com"));
        }
        finally
        {
            Signal(process, "TERM");
        }

        await WaitOrKillAsync(process);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_bad_seed_stops_start_up_naming_the_object_and_field()
    {
        var seed = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(seed, """
            {"registrars": [{"id": "registrarA", "password": "i-am-registrarA"}],
             "domains": [{"name": "example.com", "sponsor": "ghost", "created": "2001-11-18T15:27:00Z", "expires": "2005-11-18T15:27:00Z",
                          "statuses": ["ok"], "nameservers": [], "authInfo": "Xy7-secret-1", "rgpStatus": null, "transfer": null}]}
            """);
        var (code, error) = await RunToEndAsync("sandbox", "--listen", "127.0.0.1:0", "--seed", seed);
        Assert.Equal(2, code);
        Assert.Contains("domains[0] \"example.com\": field \"sponsor\": unknown registrar \"ghost\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_errors_are_one_clear_message_and_a_non_zero_exit()
    {
        var pfx = Path.Combine(_folder, "broken.pfx");
        await File.WriteAllTextAsync(pfx, "not a certificate");
        var (code, error) = await RunToEndAsync("sandbox", "--listen", "127.0.0.1:0", "--cert", pfx);
        Assert.Equal(2, code);
        Assert.Contains("cannot load certificate", error, StringComparison.Ordinal);

        (code, error) = await RunToEndAsync("sandbox", "--listen", "nowhere");
        Assert.Equal(2, code);
        Assert.Contains("--listen 'nowhere'", error, StringComparison.Ordinal);

        using var occupied = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        (code, error) = await RunToEndAsync("sandbox", "--listen", occupied.LocalEndpoint.ToString()!);
        Assert.Equal(2, code);
        Assert.Contains("cannot listen on", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_given_PFX_is_served_and_its_thumbprint_printed()
    {
        using var certificate = Rrp2Epp.Epp.Tls.SelfSignedCertificates.Create("cli-test-server", ["localhost"]);
        var pfx = Path.Combine(_folder, "server.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-pass"));
        var start = CliProcesses.Dotnet(CliPath, ["sandbox", "--listen", "127.0.0.1:0", "--cert", pfx]);
        start.Environment["RRP2EPP_SANDBOX_CERT_PASSWORD"] = "pfx-pass";
        using var process = Process.Start(start)!;
        try
        {
            var (_, thumbprint) = await ReadReadyLineAsync(process);
            Assert.Equal(Rrp2Epp.Epp.Tls.SelfSignedCertificates.Sha256Thumbprint(certificate), thumbprint);
        }
        finally
        {
            Signal(process, "INT");
        }

        await WaitOrKillAsync(process);
        Assert.Equal(0, process.ExitCode);
    }

    internal static string CliPath
    {
        get
        {
            var configuration = typeof(CliTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            var path = RepositoryPaths.Combine("src", "Rrp2Epp.Cli", "bin", configuration, "net10.0", "rrp2epp.dll");
            Assert.True(File.Exists(path), $"{path} is missing: build src/Rrp2Epp.Cli");
            return path;
        }
    }

    internal static Process Start(params string[] args)
    {
        return Process.Start(CliProcesses.Dotnet(CliPath, args))!;
    }

    /// <summary>Reads stdout until the ready line; returns the endpoint and thumbprint it names.</summary>
    internal static async Task<(IPEndPoint Endpoint, string Thumbprint)> ReadReadyLineAsync(Process process, List<string>? lines = null)
    {
        while (await process.StandardOutput.ReadLineAsync(TestGuard.Token) is { } line)
        {
            lines?.Add(line);
            var match = ReadyLine().Match(line);
            if (match.Success)
            {
                return (IPEndPoint.Parse(match.Groups[1].Value), match.Groups[2].Value);
            }
        }

        Assert.Fail("the sandbox exited before its ready line: " + await process.StandardError.ReadToEndAsync(TestGuard.Token));
        return default;
    }

    /// <summary>Waits for the process; kills it if it does not end, so a failing test never leaves it running.</summary>
    internal static Task WaitOrKillAsync(Process process) => CliProcesses.WaitOrKillAsync(process);

    internal static void Signal(Process process, string signal) => CliProcesses.Signal(process, signal);

    private static async Task<(int Code, string Error)> RunToEndAsync(params string[] args)
    {
        using var process = Start(args);
        try
        {
            var error = process.StandardError.ReadToEndAsync(TestGuard.Token);
            _ = await process.StandardOutput.ReadToEndAsync(TestGuard.Token);
            await process.WaitForExitAsync(TestGuard.Token);
            return (process.ExitCode, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [GeneratedRegex(@"listening on (\S+), certificate SHA-256 ([0-9A-F]{64})")]
    private static partial Regex ReadyLine();
}
