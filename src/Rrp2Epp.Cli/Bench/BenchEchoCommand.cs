using System.Buffers.Text;
using System.Collections.Concurrent;
using System.CommandLine;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp.Tls;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// <c>rrp2epp bench-echo</c> (hidden; the bench starts it as a child process): a TLS server that answers each line
/// <c>N padding</c> with a line of exactly N bytes. It does no protocol work, so a closed loop against it measures
/// what TLS over loopback costs on this machine for messages of RRP's sizes: the ceiling of path (c).
/// </summary>
internal static class BenchEchoCommand
{
    /// <summary>The longest line either way.</summary>
    public const int MaxLine = 64 * 1024;

    public const string ReadyPrefix = "Rrp2Epp bench echo listening on ";

    public static Command Create()
    {
        var listen = new Option<string>("--listen") { Description = "HOST:PORT to listen on (port 0 picks a free port)", DefaultValueFactory = _ => "127.0.0.1:0" };
        var command = new Command("bench-echo", "A TLS line-echo server for rrp2epp bench (path c).") { listen };
        command.Hidden = true;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!HostPort.TryParse(parse.GetValue(listen)!, out var host, out var port) || !IPAddress.TryParse(host, out var address))
            {
                await error.WriteLineAsync("rrp2epp bench-echo: --listen must be IP:PORT, e.g. 127.0.0.1:0").ConfigureAwait(false);
                return 2;
            }

            using var signal = new StopSignal(cancellationToken);
            using var certificate = SelfSignedCertificates.Create("rrp2epp-bench-echo", ["localhost", "127.0.0.1", "::1"]);
            using var listener = new TcpListener(address, port);
            try
            {
                listener.Start();
            }
            catch (SocketException e)
            {
                await error.WriteLineAsync($"rrp2epp bench-echo: cannot listen on {host}:{port}: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{ReadyPrefix}{HostPort.Format((IPEndPoint)listener.LocalEndpoint)}, certificate SHA-256 {SelfSignedCertificates.Sha256Thumbprint(certificate)}").ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await ServeAsync(listener, certificate, signal.Token).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task ServeAsync(TcpListener listener, X509Certificate2 certificate, CancellationToken stop)
    {
        var connections = new List<Task>();
        var answers = new ConcurrentDictionary<int, byte[]>();
        try
        {
            while (true)
            {
                var socket = await listener.AcceptSocketAsync(stop).ConfigureAwait(false);
                socket.NoDelay = true;
                connections.Add(EchoAsync(socket, certificate, answers, stop));
                connections.RemoveAll(c => c.IsCompleted);
            }
        }
        catch (OperationCanceledException)
        {
            // SIGINT / SIGTERM.
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
    }

    private static async Task EchoAsync(Socket socket, X509Certificate2 certificate, ConcurrentDictionary<int, byte[]> answers, CancellationToken stop)
    {
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop).ConfigureAwait(false);
            var buffer = new byte[MaxLine];
            var filled = 0;
            while (true)
            {
                var read = await tls.ReadAsync(buffer.AsMemory(filled), stop).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                int end;
                var start = 0;
                while ((end = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
                {
                    if (!Utf8Parser.TryParse(buffer.AsSpan(start, end - start), out int length, out _) || length is < 2 or > MaxLine)
                    {
                        return;
                    }

                    await tls.WriteAsync(answers.GetOrAdd(length, Answer), stop).ConfigureAwait(false);
                    start = end + 1;
                }

                if (start == 0 && filled == buffer.Length)
                {
                    return; // a line longer than MaxLine
                }

                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
        {
            // The client left, or the server stops.
        }
    }

    private static byte[] Answer(int length)
    {
        var answer = new byte[length];
        answer.AsSpan().Fill((byte)'y');
        answer[^2] = (byte)'\r';
        answer[^1] = (byte)'\n';
        return answer;
    }
}
