using System.Buffers.Binary;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Sandbox;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp sandbox-load</c>: a closed-loop load runner. It starts a sandbox in-process on
/// 127.0.0.1:0 (or targets one with <c>--connect</c>), opens N TLS sessions, logs each in and sends
/// <c>domain:check</c> back to back for the given time, then prints checks/s and p50/p99 latency.
/// </summary>
public static class SandboxLoadCommand
{
    private const string Registrar = "loadtest";
    private const string Password = "load-test-pw";

    public static Command Create()
    {
        var sessions = new Option<int>("--sessions") { Description = "Concurrent TLS sessions", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Measured duration", DefaultValueFactory = _ => 10 };
        var warmup = new Option<int>("--warmup") { Description = "Unmeasured warm-up seconds", DefaultValueFactory = _ => 3 };
        var connect = new Option<string?>("--connect") { Description = "HOST:PORT of a running sandbox (default: start one in-process)" };
        var pin = new Option<string?>("--pin") { Description = "SHA-256 thumbprint of the --connect server's certificate" };
        var user = new Option<string>("--user") { Description = "Client id for --connect", DefaultValueFactory = _ => "registrarA" };
        var password = new Option<string>("--password") { Description = "Password for --connect", DefaultValueFactory = _ => "i-am-registrarA" };
        var command = new Command("sandbox-load", "Measure the sandbox: N TLS sessions sending domain:check closed-loop; prints checks/s, p50, p99.")
        {
            sessions, seconds, warmup, connect, pin, user, password,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(connect) is { } target)
            {
                if (parse.GetValue(pin) is not { } thumbprint)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync("rrp2epp sandbox-load: --connect needs --pin").ConfigureAwait(false);
                    return 2;
                }

                var endpoint = IPEndPoint.Parse(target);
                return await RunAsync(endpoint, thumbprint, parse.GetValue(user)!, parse.GetValue(password)!, parse.GetValue(sessions), parse.GetValue(warmup), parse.GetValue(seconds), output, ct).ConfigureAwait(false);
            }

            var seed = new SandboxSeed(null, [new SeedRegistrar(Registrar, Password)], [], []);
            var options = new SandboxOptions
            {
                Listen = new IPEndPoint(IPAddress.Loopback, 0),
                MaxSessionsPerRegistrar = Math.Max(100, parse.GetValue(sessions)),
            };
            await using var server = SandboxServer.Create(options, seed, TimeProvider.System);
            server.Start();
            await output.WriteLineAsync($"in-process sandbox on {server.Endpoint}").ConfigureAwait(false);
            return await RunAsync(server.Endpoint, server.CertificateThumbprint, Registrar, Password, parse.GetValue(sessions), parse.GetValue(warmup), parse.GetValue(seconds), output, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(IPEndPoint endpoint, string thumbprint, string user, string password, int sessions, int warmup, int seconds, TextWriter output, CancellationToken ct)
    {
        using var clientCertificate = SelfSignedCertificates.Create("sandbox-load-client");
        var clients = new List<LoadSession>();
        for (var i = 0; i < sessions; i++)
        {
            clients.Add(await LoadSession.OpenAsync(endpoint, thumbprint, clientCertificate, user, password, i, ct).ConfigureAwait(false));
        }

        await output.WriteLineAsync($"{sessions} sessions logged in; warm-up {warmup} s, measuring {seconds} s").ConfigureAwait(false);
        var measuring = new StrongBox(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var loops = clients.Select(c => Task.Run(() => c.LoopAsync(measuring, stop.Token), CancellationToken.None)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(warmup), ct).ConfigureAwait(false);
        var gen0 = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        measuring.Value = true;
        await Task.Delay(TimeSpan.FromSeconds(seconds), ct).ConfigureAwait(false);
        measuring.Value = false;
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(loops).ConfigureAwait(false);

        var latencies = clients.SelectMany(c => c.Latencies).Order().ToArray();
        var failures = clients.Sum(c => c.Failures);
        foreach (var c in clients)
        {
            await c.DisposeAsync().ConfigureAwait(false);
        }

        if (latencies.Length == 0)
        {
            await output.WriteLineAsync("no check completed").ConfigureAwait(false);
            return 1;
        }

        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"domain:check: {latencies.Length / elapsed.TotalSeconds:F0} checks/s over {sessions} TLS sessions ({latencies.Length} in {elapsed.TotalSeconds:F1} s), "
            + $"p50 {Ms(latencies[latencies.Length / 2]):F2} ms, p99 {Ms(latencies[(int)(latencies.Length * 0.99)]):F2} ms, "
            + $"non-1000 answers {failures}, process CPU {cpuUsed.TotalSeconds / elapsed.TotalSeconds * 100:F0}% of one core, gen0 GCs {GC.CollectionCount(0) - gen0}")).ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }

    private sealed class StrongBox(bool value)
    {
        public volatile bool Value = value;
    }

    /// <summary>One logged-in session sending a pre-built check frame back to back.</summary>
    private sealed class LoadSession : IAsyncDisposable
    {
        private static readonly byte[] Success = Encoding.ASCII.GetBytes("code=\"1000\"");
        private readonly TcpClient _tcp;
        private readonly SslStream _ssl;
        private readonly byte[] _check;
        private byte[] _buffer = new byte[8192];

        private LoadSession(TcpClient tcp, SslStream ssl, byte[] check)
        {
            _tcp = tcp;
            _ssl = ssl;
            _check = check;
        }

        public List<long> Latencies { get; } = new(400_000);

        public int Failures { get; private set; }

        public static async Task<LoadSession> OpenAsync(IPEndPoint endpoint, string thumbprint, X509Certificate2 certificate, string user, string password, int index, CancellationToken ct)
        {
            var tcp = new TcpClient(endpoint.AddressFamily) { NoDelay = true };
            await tcp.ConnectAsync(endpoint, ct).ConfigureAwait(false);
            var ssl = new SslStream(tcp.GetStream());
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificates = [certificate],
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, cert, _, _) =>
                    cert is not null && string.Equals(Convert.ToHexString(SHA256.HashData(cert.GetRawCertData())), thumbprint, StringComparison.OrdinalIgnoreCase),
            }, ct).ConfigureAwait(false);
            var check = Frame($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><check><domain:check xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\"><domain:name>load-{index}.com</domain:name></domain:check></check><clTRID>LOAD-{index:D4}</clTRID></command></epp>");
            var session = new LoadSession(tcp, ssl, check);
            await session.ReadAsync(ct).ConfigureAwait(false); // greeting
            var login = Frame($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><login><clID>{user}</clID><pw>{password}</pw><options><version>1.0</version><lang>en</lang></options><svcs><objURI>urn:ietf:params:xml:ns:domain-1.0</objURI></svcs></login><clTRID>LOAD-LOGIN-{index:D4}</clTRID></command></epp>");
            await ssl.WriteAsync(login, ct).ConfigureAwait(false);
            if (!await session.ReadAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"login of {user} failed");
            }

            return session;
        }

        public async Task LoopAsync(StrongBox measuring, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await _ssl.WriteAsync(_check, CancellationToken.None).ConfigureAwait(false);
                var ok = await ReadAsync(CancellationToken.None).ConfigureAwait(false);
                var took = Stopwatch.GetTimestamp() - start;
                if (measuring.Value)
                {
                    Latencies.Add(took);
                    if (!ok)
                    {
                        Failures++;
                    }
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _ssl.DisposeAsync().ConfigureAwait(false);
            _tcp.Dispose();
        }

        /// <summary>Reads one frame; true when it carries result code 1000.</summary>
        private async Task<bool> ReadAsync(CancellationToken ct)
        {
            await _ssl.ReadExactlyAsync(_buffer.AsMemory(0, 4), ct).ConfigureAwait(false);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(_buffer) - 4;
            if (length > _buffer.Length)
            {
                _buffer = new byte[length];
            }

            await _ssl.ReadExactlyAsync(_buffer.AsMemory(0, length), ct).ConfigureAwait(false);
            return _buffer.AsSpan(0, length).IndexOf(Success) >= 0;
        }

        private static byte[] Frame(string xml)
        {
            var body = Encoding.UTF8.GetBytes(xml);
            var frame = new byte[body.Length + 4];
            BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)frame.Length);
            body.CopyTo(frame, 4);
            return frame;
        }
    }
}
