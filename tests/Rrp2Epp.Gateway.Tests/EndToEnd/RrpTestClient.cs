using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>An RRP client over real TLS for tests: writes requests with the codec's writer, reads with its framer and parser.</summary>
public sealed class RrpTestClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly SslStream _tls;
    private readonly RrpFrameReader _reader;

    private RrpTestClient(TcpClient tcp, SslStream tls, RrpBanner banner)
    {
        _tcp = tcp;
        _tls = tls;
        _reader = RrpFrameReader.Create(tls);
        Banner = banner;
    }

    public RrpBanner Banner { get; private set; }

    public SslProtocols Protocol => _tls.SslProtocol;

    public static async Task<RrpTestClient> ConnectAsync(IPEndPoint endpoint, string serverThumbprint, X509Certificate2? clientCertificate = null)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint, TestGuard.Token);
        var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            ClientCertificates = clientCertificate is null ? null : [clientCertificate],
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is X509Certificate2 c && SelfSignedCertificates.Sha256Thumbprint(c) == serverThumbprint,
        }, TestGuard.Token);
        var client = new RrpTestClient(tcp, tls, null!);
        var banner = await client._reader.ReadBannerAsync(TestGuard.Token);
        Assert.True(banner.IsSuccess, "no banner: " + banner.Error);
        client.Banner = banner.Value!;
        return client;
    }

    /// <summary>Sends a request and reads the answer (asserting it is a readable response).</summary>
    public async Task<RrpResponse> SendAsync(RrpRequest request)
    {
        await _tls.WriteAsync(RrpRequestWriter.ToBytes(request), TestGuard.Token);
        return await ReadAsync();
    }

    /// <summary>Sends raw text (lines joined with CRLF, terminator added) and reads the answer.</summary>
    public async Task<RrpResponse> SendRawAsync(params string[] lines)
    {
        await _tls.WriteAsync(Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n.\r\n"), TestGuard.Token);
        return await ReadAsync();
    }

    public async Task<RrpResponse> ReadAsync()
    {
        var result = await _reader.ReadResponseAsync(TestGuard.Token);
        Assert.True(result.IsSuccess, "no response: " + result.Error);
        return result.Value!;
    }

    /// <summary>True when the server has closed the connection (the next read ends).</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        try
        {
            var result = await _reader.ReadResponseAsync(TestGuard.Token);
            return result.IsEndOfStream;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public Task<RrpResponse> LoginAsync(string id, string password, string? newPassword = null) =>
        SendAsync(new SessionRequest(id, password, newPassword));

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _tls.DisposeAsync();
        _tcp.Dispose();
    }
}
