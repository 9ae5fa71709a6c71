using System.Text.Json;
using System.Text.RegularExpressions;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>
/// <c>rrp2epp bench</c> as a real process: its children (sandbox, gateway, echo server) are real processes on free
/// loopback ports, every path goes over real TLS. Tiny command counts; nothing about speed is asserted, only that the
/// figures are there, consistent, and error-free.
/// </summary>
public sealed partial class BenchCommandTests : IDisposable
{
    private static readonly string[] RequiredPathFigures = ["commandsPerSecond", "p50Ms", "p90Ms", "p99Ms", "maxMs", "errors"];

    private readonly string _folder = Directory.CreateTempSubdirectory("rrp2epp-bench-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Bench_measures_the_three_paths_without_errors_and_writes_the_json_the_issue_asks_for()
    {
        var json = Path.Combine(_folder, "bench.json");
        var temporary = Directory.CreateDirectory(Path.Combine(_folder, "tmp")).FullName;
        var (code, output, error) = await CliProcess.RunAsync(
            ["bench", "--sessions", "2", "--count", "60", "--warmup", "0", "--json", json], environment: new Dictionary<string, string> { ["TMPDIR"] = temporary });

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        // Its temporary folder (certificates, seed, the gateway's store) is gone, and its children with it.
        Assert.Empty(Directory.EnumerateFileSystemEntries(temporary));
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(json, TestGuard.Token));
        var root = document.RootElement;
        var paths = root.GetProperty("paths");
        Assert.Equal(["gateway", "direct", "echo"], paths.EnumerateObject().Select(p => p.Name));
        foreach (var path in paths.EnumerateObject())
        {
            var figures = path.Value;
            foreach (var name in RequiredPathFigures)
            {
                Assert.Equal(JsonValueKind.Number, figures.GetProperty(name).ValueKind);
            }

            Assert.Equal(0, figures.GetProperty("errors").GetInt64());
            Assert.Equal(60, figures.GetProperty("commands").GetInt64());
            Assert.True(figures.GetProperty("commandsPerSecond").GetDouble() > 0, path.Name);
            var percentiles = new[] { "p50Ms", "p90Ms", "p99Ms", "maxMs" }.Select(p => figures.GetProperty(p).GetDouble()).ToList();
            Assert.True(percentiles[0] > 0, path.Name);
            Assert.Equal(percentiles.Order(), percentiles);
            Assert.Equal(JsonValueKind.Number, figures.GetProperty("benchCpuSecondsPer1000").ValueKind);
        }

        // Each child's CPU is read where it takes part, and only there.
        Assert.Equal(JsonValueKind.Number, paths.GetProperty("gateway").GetProperty("gatewayCpuSecondsPer1000").ValueKind);
        Assert.Equal(JsonValueKind.Number, paths.GetProperty("gateway").GetProperty("sandboxCpuSecondsPer1000").ValueKind);
        Assert.Equal(JsonValueKind.Null, paths.GetProperty("direct").GetProperty("gatewayCpuSecondsPer1000").ValueKind);
        Assert.Equal(JsonValueKind.Number, paths.GetProperty("direct").GetProperty("sandboxCpuSecondsPer1000").ValueKind);
        Assert.Equal(JsonValueKind.Number, paths.GetProperty("echo").GetProperty("echoCpuSecondsPer1000").ValueKind);

        // The JSON keeps three decimals of the ratio of the unrounded rates: equal within that rounding.
        var ratios = root.GetProperty("ratios");
        Assert.Equal(["gatewayToDirect", "gatewayToEcho"], ratios.EnumerateObject().Select(p => p.Name));
        var gateway = paths.GetProperty("gateway").GetProperty("commandsPerSecond").GetDouble();
        Assert.Equal(gateway / paths.GetProperty("direct").GetProperty("commandsPerSecond").GetDouble(), ratios.GetProperty("gatewayToDirect").GetDouble(), tolerance: 0.001);
        Assert.Equal(gateway / paths.GetProperty("echo").GetProperty("commandsPerSecond").GetDouble(), ratios.GetProperty("gatewayToEcho").GetDouble(), tolerance: 0.001);

        // The table on standard output, the progress on standard error.
        Assert.Matches(@"(?m)^gateway +[\d,]+ ", output);
        Assert.Matches(@"(?m)^direct +[\d,]+ ", output);
        Assert.Matches(@"(?m)^echo +[\d,]+ ", output);
        Assert.Matches(@"(?m)^ratios: gateway/direct \d+\.\d\d, gateway/echo \d+\.\d\d$", output);
        Assert.Contains("gateway: measuring", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transform_mix_adds_modifies_renews_and_deletes_through_the_gateway_and_directly_with_every_command_succeeding()
    {
        var json = Path.Combine(_folder, "bench.json");
        var (code, output, error) = await CliProcess.RunAsync(["bench", "--mix", "transform", "--sessions", "2", "--count", "30", "--warmup", "0", "--paths", "gateway,direct", "--json", json]);

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(json, TestGuard.Token));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "gateway", "direct" })
        {
            Assert.Equal(0, paths.GetProperty(path).GetProperty("errors").GetInt64());
            Assert.Equal(30, paths.GetProperty(path).GetProperty("commands").GetInt64());
        }

        Assert.Equal(JsonValueKind.Null, paths.GetProperty("echo").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("ratios").GetProperty("gatewayToEcho").ValueKind);
        Assert.Equal(JsonValueKind.Number, document.RootElement.GetProperty("ratios").GetProperty("gatewayToDirect").ValueKind);
        Assert.Contains("transform mix", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_gateway_and_registry_are_measured_by_address_with_the_gateway_cpu_unknown_and_the_password_never_shown()
    {
        using var demo = CliProcess.Start(["demo", "--rrp-listen", "127.0.0.1:0", "--data", Path.Combine(_folder, "data")]);
        var demoErrors = demo.StandardError.ReadToEndAsync(TestGuard.Token);
        try
        {
            Match? ready = null;
            while (ready is null && await demo.StandardOutput.ReadLineAsync(TestGuard.Token) is { } line)
            {
                ready = DemoReady().Match(line) is { Success: true } m ? m : null;
            }

            Assert.True(ready is not null, "no demo ready line");
            var gateway = ready!.Groups["rrp"].Value;
            var pin = ready.Groups["pin"].Value;
            var registry = ready.Groups["epp"].Value;

            // Path (a) at the demo's gateway, (b) at its sandbox (certificate taken as presented), password on standard input.
            var json = Path.Combine(_folder, "external.json");
            var (code, output, error) = await CliProcess.RunAsync(
                ["bench", "--gateway", gateway, "--gateway-pin", pin, "--registry", registry, "--insecure", "--registrar", "registrarA", "--sessions", "2", "--count", "20", "--warmup", "0", "--json", json],
                input: "i-am-registrarA\n");
            Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
            using (var document = JsonDocument.Parse(await File.ReadAllBytesAsync(json, TestGuard.Token)))
            {
                var paths = document.RootElement.GetProperty("paths");
                Assert.Equal(JsonValueKind.Null, paths.GetProperty("gateway").GetProperty("gatewayCpuSecondsPer1000").ValueKind);
                Assert.Equal(JsonValueKind.Null, paths.GetProperty("gateway").GetProperty("sandboxCpuSecondsPer1000").ValueKind);
                Assert.Equal(JsonValueKind.Null, paths.GetProperty("direct").GetProperty("sandboxCpuSecondsPer1000").ValueKind);
                foreach (var path in paths.EnumerateObject())
                {
                    Assert.Equal(0, path.Value.GetProperty("errors").GetInt64());
                }
            }

            Assert.Matches(@"(?m)^gateway .* n/a +n/a +n/a +\d", output);
            Assert.DoesNotContain("i-am-registrarA", output + error, StringComparison.Ordinal);

            // A gateway the bench starts, in front of the external registry; the password from the environment.
            (code, output, error) = await CliProcess.RunAsync(
                ["bench", "--registry", registry, "--insecure", "--registrar", "registrarB", "--sessions", "2", "--count", "20", "--warmup", "0", "--paths", "gateway"],
                environment: new Dictionary<string, string> { ["RRP2EPP_BENCH_PASSWORD"] = "i-am-registrarB" });
            Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
            Assert.Matches(@"(?m)^gateway +[\d,]+ .* 0 +\d+\.\d{4} +n/a +n/a +\d", output);
            Assert.DoesNotContain("i-am-registrarB", output + error, StringComparison.Ordinal);
        }
        finally
        {
            DemoProcessTests.Signal(demo, "TERM");
            await demo.WaitForExitAsync(TestGuard.Token);
        }

        Assert.DoesNotContain("i-am-registrar", await demoErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_load_is_the_direct_path_alone()
    {
        var (code, output, error) = await CliProcess.RunAsync(["sandbox-load", "--sessions", "3", "--count", "30", "--warmup", "0"]);

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.Matches(@"(?m)^direct +[\d,]+ .* 0 +n/a +\d+\.\d{4} +n/a +\d", output);
        Assert.DoesNotMatch(@"(?m)^(gateway|echo) ", output);
        Assert.Contains("ratios: gateway/direct n/a, gateway/echo n/a", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seconds 2 --count 10", "--seconds and --count exclude each other")]
    [InlineData("--sessions 0", "--sessions must be 1 to 10000")]
    [InlineData("--seconds 0", "--seconds must be more than 0")]
    [InlineData("--count 0", "--count must be at least 1")]
    [InlineData("--warmup -1", "--warmup must be 0 to 3600 seconds")]
    [InlineData("--mix random", "--mix 'random' is neither check nor transform")]
    [InlineData("--paths gateway,nowhere", "--paths: 'nowhere' is not a path (gateway, direct, echo)")]
    [InlineData("--pool-size 101", "--pool-size must be 1 to 100")]
    [InlineData("--gateway localhost", "--gateway 'localhost' is not HOST:PORT")]
    [InlineData("--registry 127.0.0.1:700", "--gateway and --registry need --registrar")]
    [InlineData("--gateway 127.0.0.1:648 --registrar registrarA", "with --gateway the direct path needs that gateway's registry")]
    [InlineData("--gateway 127.0.0.1:648 --registrar registrarA --paths direct --registry 127.0.0.1:700", "--gateway is for the gateway path")]
    [InlineData("--gateway 127.0.0.1:648 --registrar registrarA --paths gateway --gateway-pin abc", "--gateway-pin must be a SHA-256 thumbprint")]
    [InlineData("--gateway-pin " + "AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12AB12", "--gateway-pin goes with --gateway")]
    [InlineData("--insecure", "--insecure goes with --gateway or --registry")]
    [InlineData("--registrar registrarA", "--registrar goes with --gateway or --registry")]
    [InlineData("--mix transform --name-server not_a_host", "--name-server 'not_a_host' is not a host name")]
    public async Task Bad_options_are_refused_with_one_clear_line_and_exit_2_before_anything_starts(string options, string message)
    {
        var (code, output, error) = await CliProcess.RunAsync(["bench", .. options.Split(' ')]);

        Assert.Equal(2, code);
        Assert.Contains("rrp2epp bench: " + message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task An_unreachable_external_gateway_is_one_message_and_exit_1()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var (code, _, error) = await CliProcess.RunAsync(
            ["bench", "--gateway", $"127.0.0.1:{port}", "--insecure", "--registrar", "registrarA", "--paths", "gateway", "--count", "1"],
            environment: new Dictionary<string, string> { ["RRP2EPP_BENCH_PASSWORD"] = "secret-pw" });

        Assert.Equal(1, code);
        Assert.Contains($"rrp2epp bench: gateway session 0: cannot connect to 127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"RRP 2\.0\.0 on (?<rrp>127\.0\.0\.1:\d+) \(TLS, certificate SHA-256 (?<pin>[0-9A-F]{64})\), EPP sandbox on (?<epp>127\.0\.0\.1:\d+)")]
    private static partial Regex DemoReady();
}
