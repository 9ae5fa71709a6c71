using System.Diagnostics;
using System.Text.RegularExpressions;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary><c>rrp2epp demo</c> and <c>rrp2epp client --script</c> as real processes, the way the README uses them.</summary>
public sealed partial class DemoProcessTests
{
    [Fact]
    public async Task Demo_prints_its_ready_line_serves_a_client_script_and_stops_on_SIGINT_with_exit_0()
    {
        var folder = Directory.CreateTempSubdirectory("rrp2epp-demo-test-").FullName;
        try
        {
            using var demo = Start("demo", "--rrp-listen", "127.0.0.1:0", "--data", Path.Combine(folder, "data"));
            var errors = demo.StandardError.ReadToEndAsync(TestGuard.Token);
            try
            {
                var output = new List<string>();
                string? ready = null;
                while (ready is null && await demo.StandardOutput.ReadLineAsync(TestGuard.Token) is { } line)
                {
                    output.Add(line);
                    ready = line.StartsWith("Rrp2Epp demo ready: ", StringComparison.Ordinal) ? line : null;
                }

                if (ready is null)
                {
                    Assert.Fail("no ready line; output:\n" + string.Join("\n", output) + "\n" + await errors);
                }

                Assert.Contains("demo registrar registrarA password i-am-registrarA", output);
                var endpoint = ReadyEndpoint().Match(ready!).Groups[1].Value;
                Assert.True(File.Exists(Path.Combine(folder, "data", "rrp2epp.db")), "the store was not created in --data");

                var script = Path.Combine(folder, "session.rrp");
                await File.WriteAllTextAsync(script, "session\n-Id:registrarA\n-Password:i-am-registrarA\n.\ndescribe\n-Target:Protocol\n.\nquit\n.\n", TestGuard.Token);
                using var client = Start("client", endpoint, "--script", script, "--insecure-accept-any-server-certificate");
                var clientErrors = client.StandardError.ReadToEndAsync(TestGuard.Token);
                var transcript = await client.StandardOutput.ReadToEndAsync(TestGuard.Token);
                await client.WaitForExitAsync(TestGuard.Token);
                Assert.DoesNotContain("closed the connection", await clientErrors, StringComparison.Ordinal);
                Assert.Equal(0, client.ExitCode);
                Assert.Contains("RRP Server version 2.0.0", transcript, StringComparison.Ordinal);
                Assert.Contains("> session\n200 Command completed successfully\n.", transcript, StringComparison.Ordinal);
                Assert.Contains("Protocol:RRP 2.0.0", transcript, StringComparison.Ordinal);
                Assert.Contains("220 Command completed successfully. Server closing connection", transcript, StringComparison.Ordinal);
                Assert.DoesNotContain("i-am-registrarA", transcript, StringComparison.Ordinal);

                Signal(demo, "INT");
                var rest = await demo.StandardOutput.ReadToEndAsync(TestGuard.Token);
                await demo.WaitForExitAsync(TestGuard.Token);
                Assert.Equal(0, demo.ExitCode);
                Assert.Contains("Rrp2Epp demo stopped", rest, StringComparison.Ordinal);
                Assert.Contains("RRP QUIT", await errors, StringComparison.Ordinal);
            }
            finally
            {
                if (!demo.HasExited)
                {
                    demo.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_on_a_port_in_use_says_so_in_one_line_and_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("rrp2epp-demo-test-").FullName;
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            using var demo = Start("demo", "--rrp-listen", taken.LocalEndpoint.ToString()!, "--data", Path.Combine(folder, "data"));
            var output = demo.StandardOutput.ReadToEndAsync(TestGuard.Token);
            var errors = await demo.StandardError.ReadToEndAsync(TestGuard.Token);
            await demo.WaitForExitAsync(TestGuard.Token);

            Assert.Equal(2, demo.ExitCode);
            Assert.Contains("rrp2epp demo: cannot start:", errors, StringComparison.Ordinal);
            Assert.Contains("address already in use", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("ready", await output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static Process Start(params string[] args) => CliProcess.Start(args);

    internal static void Signal(Process process, string signal) => CliProcesses.Signal(process, signal);

    [GeneratedRegex(@" on (127\.0\.0\.1:\d+) \(TLS")]
    private static partial Regex ReadyEndpoint();
}
