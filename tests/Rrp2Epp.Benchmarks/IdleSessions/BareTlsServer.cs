using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Benchmarks.IdleSessions;

/// <summary>
/// The reference for <see cref="IdleSessionMeasurement"/> (<c>--reference</c>): what an idle TLS connection costs with
/// nothing but a socket and an <see cref="SslStream"/> (.NET over OpenSSL), the floor under any RRP session. It takes
/// the gateway's TLS versions, writes a banner, releases the handshake buffer as the gateway does and then waits in a
/// zero-byte read. It prints a ready line in the demo's format and runs until killed.
/// </summary>
internal static class BareTlsServer
{
    public static async Task<int> RunAsync()
    {
        using var certificate = SelfSignedCertificates.Create("rrp2epp-reference", ["localhost", "127.0.0.1"]);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(1024);
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Console.WriteLine($"Rrp2Epp demo ready: reference TLS on 127.0.0.1:{port} (TLS, certificate SHA-256 {SelfSignedCertificates.Sha256Thumbprint(certificate)})");
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        RrpResponseWriter.Write(RrpBanner.Create("Reference", RrpVersion.V2_0_0, DateTimeOffset.UtcNow, TimeZoneInfo.Utc), output);
        var banner = output.WrittenMemory;
        while (true)
        {
            var socket = await listener.AcceptSocketAsync().ConfigureAwait(false);
            _ = ServeAsync(socket, certificate, banner);
        }
    }

    private static async Task ServeAsync(Socket socket, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, ReadOnlyMemory<byte> banner)
    {
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: true));
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = certificate,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            }).ConfigureAwait(false);
            try
            {
                await tls.ReadAsync(Memory<byte>.Empty, new CancellationToken(canceled: true)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The handshake buffer is back in the pool.
            }

            await tls.WriteAsync(banner).ConfigureAwait(false);

            // A zero-byte read waits for data without holding a buffer; the connection ends when anything comes.
            await tls.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or AuthenticationException or SocketException)
        {
            // The client left.
        }
    }
}
