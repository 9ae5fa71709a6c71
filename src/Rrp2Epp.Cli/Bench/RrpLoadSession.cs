using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Cli.Bench;

/// <summary>Path (a): an RRP client of the gateway, with the codec's request writer and response reader.</summary>
internal sealed class RrpLoadSession : LoadSession
{
    private readonly TcpClient _tcp;
    private readonly SslStream _tls;
    private readonly RrpFrameReader _reader;
    private readonly Dictionary<string, byte[]> _checks = new(StringComparer.Ordinal);
    private int _expiryYear;

    private RrpLoadSession(int index, BenchWorkload workload, TcpClient tcp, SslStream tls)
        : base(BenchPath.Gateway, index, workload)
    {
        _tcp = tcp;
        _tls = tls;
        _reader = RrpFrameReader.Create(tls);
    }

    /// <summary>Connects, reads the banner and logs in with SESSION.</summary>
    /// <exception cref="BenchException">The gateway sent no banner or refused the SESSION.</exception>
    public static async Task<RrpLoadSession> OpenAsync(BenchTarget gateway, string registrar, string password, int index, BenchWorkload workload, CancellationToken cancellationToken)
    {
        var (tcp, tls) = await ConnectAsync(gateway, null, cancellationToken).ConfigureAwait(false);
        var session = new RrpLoadSession(index, workload, tcp, tls);
        try
        {
            var banner = await session._reader.ReadBannerAsync(cancellationToken).ConfigureAwait(false);
            if (!banner.IsSuccess)
            {
                throw new BenchException($"the gateway {gateway} sent no RRP banner ({banner.Error ?? "end of stream"})");
            }

            var login = await session.ExchangeAsync(RrpRequestWriter.ToBytes(new SessionRequest(registrar, password, null)), cancellationToken).ConfigureAwait(false);
            if (login?.Code != RrpResponseCode.Success)
            {
                throw new BenchException($"the gateway {gateway} refused the SESSION of {registrar}: {login?.Text ?? "no answer"}");
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task LeaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ExchangeAsync(RrpRequestWriter.ToBytes(QuitRequest.Instance), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Leaving is a courtesy; the connection closes anyway.
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync().ConfigureAwait(false);
        await _tls.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }

    protected override async ValueTask<bool> RunAsync(BenchStep step, CancellationToken cancellationToken)
    {
        // A CHECK request depends on the name only: written once per name, as a client with a fixed set would.
        byte[] request;
        if (step.Operation == BenchOperation.Check)
        {
            if (!_checks.TryGetValue(step.DomainName, out request!))
            {
                request = RrpRequestWriter.ToBytes(Workload.RrpRequest(step, 0));
                _checks.Add(step.DomainName, request);
            }
        }
        else
        {
            request = RrpRequestWriter.ToBytes(Workload.RrpRequest(step, _expiryYear));
        }

        var response = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            throw new IOException("the gateway closed the connection");
        }

        if (step.Operation == BenchOperation.Add && response.ValueOf(RrpAttributeNames.RegistrationExpirationDate) is { Length: >= 4 } expires)
        {
            _expiryYear = int.Parse(expires.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return step.Operation == BenchOperation.Check
            ? response.Code is RrpResponseCode.DomainAvailable or RrpResponseCode.DomainNotAvailable
            : response.Code == RrpResponseCode.Success;
    }

    private async Task<RrpResponse?> ExchangeAsync(byte[] request, CancellationToken cancellationToken)
    {
        await _tls.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        var read = await _reader.ReadResponseAsync(cancellationToken).ConfigureAwait(false);
        return read.IsSuccess ? read.Value : read.IsEndOfStream ? null : throw new IOException("unreadable RRP response: " + read.Error);
    }
}
