using System.Buffers.Binary;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;

namespace Rrp2Epp.TestKit.Sandbox;

/// <summary>
/// A deliberately small EPP client for tests that need raw frames (malformed input, exact shapes):
/// TLS 1.2+ with a client certificate, the server pinned by its SHA-256 thumbprint, RFC 5734
/// framing written here (BCL only, so any test project can use it), responses parsed as XML.
/// </summary>
public sealed class RawEppClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly SslStream _ssl;

    private RawEppClient(TcpClient tcp, SslStream ssl, XDocument greeting)
    {
        _tcp = tcp;
        _ssl = ssl;
        Greeting = greeting;
    }

    /// <summary>The greeting the server sent on connect.</summary>
    public XDocument Greeting { get; }

    /// <summary>Connects, completes TLS (pinning the server's thumbprint) and reads the greeting.</summary>
    public static async Task<RawEppClient> ConnectAsync(IPEndPoint endpoint, string serverThumbprint, X509Certificate2? clientCertificate, CancellationToken ct)
    {
        var tcp = new TcpClient(endpoint.AddressFamily) { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(endpoint, ct).ConfigureAwait(false);
            var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificates = clientCertificate is null ? null : [clientCertificate],
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, cert, _, _) =>
                    cert is not null && string.Equals(Convert.ToHexString(SHA256.HashData(cert.GetRawCertData())), serverThumbprint, StringComparison.OrdinalIgnoreCase),
            }, ct).ConfigureAwait(false);
            var greeting = await ReadDocumentAsync(ssl, ct).ConfigureAwait(false)
                           ?? throw new IOException("the server closed the connection before its greeting");
            return new RawEppClient(tcp, ssl, greeting);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    /// <summary>Sends one XML instance and reads the answer.</summary>
    /// <exception cref="IOException">The server closed the connection instead of answering.</exception>
    public async Task<XDocument> SendAsync(string xml, CancellationToken ct)
    {
        await SendFrameAsync(Encoding.UTF8.GetBytes(xml), ct).ConfigureAwait(false);
        return await ReadAsync(ct).ConfigureAwait(false) ?? throw new IOException("the server closed the connection instead of answering");
    }

    /// <summary>Sends one payload with its length header.</summary>
    public async Task SendFrameAsync(byte[] payload, CancellationToken ct)
    {
        var frame = new byte[payload.Length + 4];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)frame.Length);
        payload.CopyTo(frame, 4);
        await SendBytesAsync(frame, ct).ConfigureAwait(false);
    }

    /// <summary>Sends bytes as they are (to test broken framing).</summary>
    public async Task SendBytesAsync(byte[] bytes, CancellationToken ct)
    {
        await _ssl.WriteAsync(bytes, ct).ConfigureAwait(false);
        await _ssl.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Reads one frame; null when the server closed the connection.</summary>
    public Task<XDocument?> ReadAsync(CancellationToken ct) => ReadDocumentAsync(_ssl, ct);

    /// <summary>True when the server has closed the connection (reads until end of stream or a reset).</summary>
    public async Task<bool> IsClosedByServerAsync(CancellationToken ct)
    {
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                if (await _ssl.ReadAsync(buffer, ct).ConfigureAwait(false) == 0)
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _ssl.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }

    private static async Task<XDocument?> ReadDocumentAsync(Stream stream, CancellationToken ct)
    {
        var header = new byte[4];
        try
        {
            if (await stream.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, ct).ConfigureAwait(false) < 4)
            {
                return null;
            }
        }
        catch (IOException)
        {
            return null;
        }

        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(header) - 4;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, ct).ConfigureAwait(false);
        using var memory = new MemoryStream(body);
        return XDocument.Load(memory);
    }
}
