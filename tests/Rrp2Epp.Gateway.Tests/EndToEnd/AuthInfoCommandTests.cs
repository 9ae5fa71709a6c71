using System.Diagnostics;
using System.Text;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Gateway.Tests.PostgreSql;
using Rrp2Epp.Gateway.Tests.Scenarios;
using Rrp2Epp.Rrp;
using Rrp2Epp.Sandbox;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>
/// <c>rrp2epp authinfo set|show|remove</c> as real processes: the code comes from standard input (or a terminal, not
/// echoed), lands in the store the gateway configuration names, and is printed only by <c>show --reveal</c>.
/// </summary>
public sealed class AuthInfoCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rrp2epp-authinfo-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Config => Path.Combine(_folder, "gateway.json");

    private string StorePath => Path.Combine(_folder, "data", "rrp2epp.db");

    [Fact]
    public async Task Set_show_and_remove_work_on_the_configured_SQLite_store_and_print_the_code_only_when_revealed()
    {
        await WriteConfigAsync();
        var set = await RunAsync("Pipe-Secret-1\n", "set", "Example.COM.", "--config", Config);
        Assert.Equal((0, $"authInfo of example.com stored in the SQLite store {StorePath}\n", ""), set);
        Assert.Equal("Pipe-Secret-1", await new SqliteGatewayStore(StorePath).GetAuthInfoAsync("example.com", TestGuard.Token));

        set = await RunAsync("Pipe-Secret-2\n", "set", "example.com", "--config", Config);
        Assert.Equal((0, $"authInfo of example.com replaced in the SQLite store {StorePath}\n", ""), set);

        var show = await RunAsync(null, "show", "EXAMPLE.com", "--config", Config);
        Assert.Equal((0, $"an authInfo of example.com is stored in the SQLite store {StorePath} (--reveal prints it)\n", ""), show);
        Assert.Equal((0, "Pipe-Secret-2\n", ""), await RunAsync(null, "show", "example.com", "--reveal", "--config", Config));

        Assert.Equal((0, $"authInfo of example.com removed from the SQLite store {StorePath}\n", ""), await RunAsync(null, "remove", "example.com", "--config", Config));
        Assert.Equal((1, "", $"no authInfo of example.com in the SQLite store {StorePath}\n"), await RunAsync(null, "remove", "example.com", "--config", Config));
        Assert.Equal((1, "", $"no authInfo of example.com in the SQLite store {StorePath}\n"), await RunAsync(null, "show", "example.com", "--reveal", "--config", Config));
    }

    [Theory]
    [InlineData("Has-blank 1\n", "an authInfo is 6-64 printable ASCII characters without spaces")]
    [InlineData("short\n", "an authInfo is 6-64 printable ASCII characters without spaces")]
    [InlineData("Tab\there-1\n", "an authInfo is 6-64 printable ASCII characters without spaces")]
    [InlineData("First-code-1\nSecond-code-2\n", "standard input holds more than one line")]
    [InlineData("", "standard input is empty")]
    public async Task A_bad_code_is_refused_with_exit_2_without_echoing_it(string input, string reason)
    {
        await WriteConfigAsync();
        var (code, output, error) = await RunAsync(input, "set", "example.com", "--config", Config);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("rrp2epp authinfo: " + reason, error, StringComparison.Ordinal);
        foreach (var fragment in input.Split('\n', ' ', '\t').Where(f => f.Length > 2))
        {
            Assert.DoesNotContain(fragment, error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(StorePath) && await new SqliteGatewayStore(StorePath).GetAuthInfoAsync("example.com", TestGuard.Token) is not null);
    }

    [Fact]
    public async Task A_name_outside_the_zones_and_a_bad_store_configuration_are_exit_2()
    {
        await WriteConfigAsync();
        var (code, _, error) = await RunAsync("Good-code-1\n", "set", "ns1.example.com", "--config", Config);
        Assert.Equal(2, code);
        Assert.Equal("rrp2epp authinfo: 'ns1.example.com' is not a domain name in a zone this gateway serves (com, net; internationalised names in their xn-- form)\n", error);

        (code, _, error) = await RunAsync("Good-code-1\n", "set", "example.com", "--config", Path.Combine(_folder, "missing.json"));
        Assert.Equal(2, code);
        Assert.Contains("missing.json does not exist", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("Good-code-1\n", "set", "example.com", "--config", Config, "--Gateway:Store:Provider=PostgreSql");
        Assert.Equal(2, code);
        Assert.Contains("Gateway:Store:ConnectionString is required with Provider=PostgreSql", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_the_code_is_typed_twice_and_never_echoed()
    {
        await WriteConfigAsync();

        // script(1) runs the command on a pseudo-terminal: what the test writes is typed, what it reads is the screen.
        var start = new ProcessStartInfo("script") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qfec", $"dotnet {CliProcess.Dll} authinfo set tty.com --config {Config}", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var screen = new StringBuilder();
        try
        {
            await ReadUntilAsync(process, screen, "(not shown): ");
            await process.StandardInput.WriteAsync("Typed-Secret-7\r");
            await process.StandardInput.FlushAsync(TestGuard.Token);
            await ReadUntilAsync(process, screen, "again: ");
            await process.StandardInput.WriteAsync("Typed-Secret-7\r");
            await process.StandardInput.FlushAsync(TestGuard.Token);
            await ReadUntilAsync(process, screen, "stored in the SQLite store");
            await process.WaitForExitAsync(TestGuard.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("authInfo of tty.com (not shown): ", screen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Typed-Secret-7", screen.ToString(), StringComparison.Ordinal);
        Assert.Equal("Typed-Secret-7", await new SqliteGatewayStore(StorePath).GetAuthInfoAsync("tty.com", TestGuard.Token));
    }

    [Fact]
    public async Task A_code_set_for_a_PostgreSQL_store_is_presented_for_the_registrars_transfer()
    {
        // registrarB learned known.com's code from the registrant; the gateway never generated it.
        var seed = new SandboxSeed(WorldSeed.Clock, [new SeedRegistrar("registrarA", "i-am-registrarA"), new SeedRegistrar("registrarB", "i-am-registrarB")], [],
            [new SeedDomain("known.com", "registrarA", WorldSeed.Created, WorldSeed.Expires, [], [], "Out-of-band-7", null, null)]);
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var gateway = await GatewayFixture.StartAsync(c =>
        {
            c["Gateway:Store:Provider"] = "PostgreSql";
            c["Gateway:Store:ConnectionString"] = database.ConnectionString;
        }, seed: seed, storeAuthInfoOf: _ => false);
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(RrpResponseCode.AuthorizationFailed, (await b.SendRawAsync(Scenarios.Rrp.Transfer("known.com"))).Code);

        // The listener does not accept the AuthInfo: attribute (Listeners:N:AcceptAuthInfo is off): not RRP, 503.
        Assert.Equal(RrpResponseCode.InvalidAttributeName, (await b.SendRawAsync([.. Scenarios.Rrp.Transfer("known.com"), "AuthInfo:Out-of-band-7"])).Code);

        // The operator stores it, configured through the environment as a container would be.
        var environment = new Dictionary<string, string>
        {
            ["RRP2EPP__Gateway__Store__Provider"] = "PostgreSql",
            ["RRP2EPP__Gateway__Store__ConnectionString"] = database.ConnectionString,
        };
        var (code, output, error) = await RunAsync("Out-of-band-7\n", environment, "set", "known.com");
        Assert.Equal((0, ""), (code, error));
        Assert.StartsWith("authInfo of known.com stored in the PostgreSQL store Host=127.0.0.1;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(RrpResponseCode.Success, (await b.SendRawAsync(Scenarios.Rrp.Transfer("known.com"))).Code);
        Assert.DoesNotContain("Out-of-band-7", gateway.Logs.AllText, StringComparison.Ordinal);
    }

    private async Task WriteConfigAsync() =>
        await File.WriteAllTextAsync(Config, """{"Gateway": {"Store": {"DataDirectory": """ + System.Text.Json.JsonSerializer.Serialize(Path.Combine(_folder, "data")) + "}}}", TestGuard.Token);

    private static Task<(int Code, string Output, string Error)> RunAsync(string? input, params string[] args) =>
        RunAsync(input, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>rrp2epp authinfo ARGS</c> with <paramref name="input"/> piped in (none: an empty, closed input).</summary>
    private static Task<(int Code, string Output, string Error)> RunAsync(string? input, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        CliProcess.RunAsync(["authinfo", .. args], input, environment);

    private static async Task ReadUntilAsync(Process process, StringBuilder screen, string text)
    {
        var buffer = new char[256];
        while (!screen.ToString().Contains(text, StringComparison.Ordinal))
        {
            var read = await process.StandardOutput.ReadAsync(buffer, TestGuard.Token);
            if (read == 0)
            {
                Assert.Fail($"the terminal closed before '{text}' appeared; it showed:\n{screen}");
            }

            screen.Append(buffer, 0, read);
        }
    }
}
