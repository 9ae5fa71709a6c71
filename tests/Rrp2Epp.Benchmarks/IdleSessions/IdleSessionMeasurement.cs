using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Benchmarks.IdleSessions;

/// <summary>
/// BENCHMARKS.md, "Idle RRP sessions": how much resident memory the gateway process gains per idle RRP session. Starts
/// <c>rrp2epp demo</c> (gateway and sandbox registry, Release build) as a separate process on an ephemeral port, opens
/// a warm-up batch of TLS sessions (so code, pools and the thread pool are warm), takes a steady VmRSS reading from
/// /proc, opens the measured sessions (TLS handshaken, banner read; with <c>--login</c> also a SESSION answered 200),
/// takes another steady reading and prints the growth per session. Every connection and the process are closed and the
/// data folder deleted at the end.
/// <para>
/// Run: <c>dotnet run -c Release --project tests/Rrp2Epp.Benchmarks -- idle-sessions [--count 10000] [--login]</c>;
/// <c>--reference</c> measures a bare TLS server instead (<see cref="BareTlsServer"/>), the floor under the gateway.
/// </para>
/// </summary>
public static class IdleSessionMeasurement
{
    private const int WarmUp = 200;
    private const int Parallel = 32;

    /// <summary>Runs the measurement; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--serve-reference"])
        {
            return await BareTlsServer.RunAsync().ConfigureAwait(false);
        }

        var count = Option(args, "--count") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var login = args.Contains("--login");
        var gatewayDll = Option(args, "--gateway") ?? RepositoryPaths.Combine("src", "Rrp2Epp.Cli", "bin", "Release", "net10.0", "rrp2epp.dll");
        if (!File.Exists(gatewayDll))
        {
            await Console.Error.WriteLineAsync($"idle-sessions: {gatewayDll} not found; build first: dotnet build Rrp2Epp.sln -c Release").ConfigureAwait(false);
            return 2;
        }

        var data = Directory.CreateTempSubdirectory("rrp2epp-idle-");
        var sessions = new List<SslStream>(count + WarmUp);
        using var gateway = args.Contains("--reference")
            ? StartReference()
            : StartGateway(gatewayDll, data.FullName, count + WarmUp);
        try
        {
            var (port, certificate) = await ReadyAsync(gateway).ConfigureAwait(false);
            Console.WriteLine($"{(args.Contains("--reference") ? "bare TLS server" : "gateway")} pid {gateway.Id} on 127.0.0.1:{port}; {(login ? "logged-in" : "not logged-in")} sessions");
            await OpenAsync(sessions, port, certificate, WarmUp, login).ConfigureAwait(false);
            var before = await SteadyRssAsync(gateway.Id).ConfigureAwait(false);
            Console.WriteLine($"after {WarmUp} warm-up sessions: VmRSS {before / 1024.0:F1} MB, {Threads(gateway.Id)} threads");
            var watch = Stopwatch.StartNew();
            await OpenAsync(sessions, port, certificate, count, login).ConfigureAwait(false);
            Console.WriteLine($"opened {count} more sessions in {watch.Elapsed.TotalSeconds:F1} s");
            var after = await SteadyRssAsync(gateway.Id).ConfigureAwait(false);
            Console.WriteLine($"after {count} more sessions: VmRSS {after / 1024.0:F1} MB, {Threads(gateway.Id)} threads");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"growth per idle session: {(after - before) / (double)count:F1} KB (goal: at most 40 KB)"));
            if (Option(args, "--hold") is { } hold)
            {
                // Keeps the sessions open for a heap dump of the gateway (dotnet-gcdump collect -p <pid>).
                Console.WriteLine($"holding the sessions for {hold} s");
                await Task.Delay(TimeSpan.FromSeconds(int.Parse(hold, CultureInfo.InvariantCulture))).ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }

            if (!gateway.HasExited)
            {
                gateway.Kill(entireProcessTree: true);
                await gateway.WaitForExitAsync().ConfigureAwait(false);
            }

            data.Delete(recursive: true);
        }
    }

    // This program again, as the bare TLS server (BareTlsServer).
    private static Process StartReference()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(IdleSessionMeasurement).Assembly.Location, "idle-sessions", "--serve-reference" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Drained(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    private static Process StartGateway(string dll, string data, int sessions)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "demo", "--rrp-listen", "127.0.0.1:0", "--data", data },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Every session of the login mode is registrarA's; none may time out while the readings are taken.
        start.Environment["RRP2EPP__Gateway__Sessions__MaxSessionsPerRegistrar"] = sessions.ToString(CultureInfo.InvariantCulture);
        start.Environment["RRP2EPP__Gateway__Sessions__IdleTimeout"] = "02:00:00";
        return Drained(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    // The gateway logs every connection: keep its standard error drained so it never blocks on a full pipe.
    private static Process Drained(Process process)
    {
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    // The RRP port and the SHA-256 of the demo's self-signed certificate, from its ready line.
    private static async Task<(int Port, string Certificate)> ReadyAsync(Process gateway)
    {
        const string Ready = "Rrp2Epp demo ready: ";
        while (await gateway.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith(Ready, StringComparison.Ordinal))
            {
                // "... RRP 2.0.0 on 127.0.0.1:PORT (TLS, certificate SHA-256 HEX), ..."
                var words = line.Split(' ');
                var endpoint = words[Array.IndexOf(words, "on") + 1];
                var port = int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
                var certificate = words[Array.IndexOf(words, "SHA-256") + 1].TrimEnd(')', ',');

                // Its further output is not needed, but must not block it.
                _ = gateway.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                return (port, certificate);
            }
        }

        throw new InvalidOperationException("the gateway exited before it was ready");
    }

    private static async Task OpenAsync(List<SslStream> sessions, int port, string certificate, int count, bool login)
    {
        var opened = new SslStream[count];
        await System.Threading.Tasks.Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, cancellationToken) =>
        {
            opened[i] = await OpenOneAsync(port, certificate, login, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        sessions.AddRange(opened);
    }

    private static async Task<SslStream> OpenOneAsync(int port, string certificate, bool login, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, cancellationToken).ConfigureAwait(false);
        var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "127.0.0.1",

            // The demo's certificate is self-signed and made at its start: pinned by the hash its ready line shows.
            RemoteCertificateValidationCallback = (_, server, _, _) =>
                server is not null && string.Equals(server.GetCertHashString(HashAlgorithmName.SHA256), certificate, StringComparison.OrdinalIgnoreCase),
        }, cancellationToken).ConfigureAwait(false);

        // The reader must not own the stream (the session stays open after it is done): one banner, one answer.
        var reader = RrpFrameReader.Create(tls);
        await using (reader.ConfigureAwait(false))
        {
            if ((await reader.ReadBannerAsync(cancellationToken).ConfigureAwait(false)).Value is null)
            {
                throw new InvalidOperationException("no banner");
            }

            if (login)
            {
                await tls.WriteAsync(RrpRequestWriter.ToBytes(new SessionRequest("registrarA", "i-am-registrarA", null)), cancellationToken).ConfigureAwait(false);
                var answer = await reader.ReadResponseAsync(cancellationToken).ConfigureAwait(false);
                if (answer.Value?.Code != RrpResponseCode.Success)
                {
                    throw new InvalidOperationException($"SESSION answered {answer.Value?.Code.ToString() ?? "nothing"}");
                }
            }
        }

        return tls;
    }

    // VmRSS in KB once three readings a second apart differ by less than 1% (the gateway's GC and pools have settled).
    private static async Task<long> SteadyRssAsync(int pid)
    {
        var readings = new List<long>();
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            readings.Add(Status(pid, "VmRSS:"));
            if (readings.Count >= 3)
            {
                var last = readings[^3..];
                if (last.Max() - last.Min() <= last.Max() / 100)
                {
                    return last[^1];
                }
            }

            if (readings.Count > 60)
            {
                throw new InvalidOperationException("VmRSS did not settle within a minute: " + string.Join(", ", readings));
            }
        }
    }

    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static long Threads(int pid) => Status(pid, "Threads:");

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
