using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// Path (c): one line per command to the echo server (<see cref="BenchEchoCommand"/>), as long as the RRP request, asking
/// for an answer as long as the RRP response. No protocol work on either side: the machine's TLS round-trip ceiling.
/// </summary>
internal sealed class EchoLoadSession : LoadSession
{
    private readonly TcpClient _tcp;
    private readonly SslStream _tls;
    private readonly Dictionary<(int, int), byte[]> _lines = [];
    private readonly byte[] _buffer = new byte[BenchEchoCommand.MaxLine];

    private EchoLoadSession(int index, BenchWorkload workload, TcpClient tcp, SslStream tls)
        : base(BenchPath.Echo, index, workload)
    {
        _tcp = tcp;
        _tls = tls;
    }

    public static async Task<EchoLoadSession> OpenAsync(BenchTarget echo, int index, BenchWorkload workload, CancellationToken cancellationToken)
    {
        var (tcp, tls) = await ConnectAsync(echo, null, cancellationToken).ConfigureAwait(false);
        return new EchoLoadSession(index, workload, tcp, tls);
    }

    public override Task LeaveAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await _tls.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }

    protected override async ValueTask<bool> RunAsync(BenchStep step, CancellationToken cancellationToken)
    {
        var sizes = Workload.EchoSizes(step);
        if (!_lines.TryGetValue(sizes, out var line))
        {
            line = Line(sizes.Request, sizes.Response);
            _lines.Add(sizes, line);
        }

        await _tls.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        var received = 0;
        while (received < sizes.Response)
        {
            var read = await _tls.ReadAsync(_buffer.AsMemory(received, sizes.Response - received), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("the echo server closed the connection");
            }

            received += read;
        }

        return _buffer[sizes.Response - 1] == (byte)'\n';
    }

    /// <summary><c>ANSWER-LENGTH</c>, padding, CR LF: <paramref name="length"/> bytes in all.</summary>
    private static byte[] Line(int length, int answer)
    {
        var head = answer.ToString(CultureInfo.InvariantCulture) + " ";
        var line = new byte[Math.Max(length, head.Length + 2)];
        line.AsSpan().Fill((byte)'x');
        Encoding.ASCII.GetBytes(head, line);
        line[^2] = (byte)'\r';
        line[^1] = (byte)'\n';
        return line;
    }
}
