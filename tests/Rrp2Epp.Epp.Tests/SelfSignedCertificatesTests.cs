using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Epp.Tests;

public sealed class SelfSignedCertificatesTests
{
    [Fact]
    public void The_certificate_carries_its_key_names_and_both_usages()
    {
        using var cert = SelfSignedCertificates.Create("sandbox", ["localhost", "127.0.0.1"]);

        Assert.True(cert.HasPrivateKey);
        Assert.Equal("CN=sandbox", cert.Subject);
        var san = cert.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("localhost", san.EnumerateDnsNames());
        Assert.Contains(IPAddress.Loopback, san.EnumerateIPAddresses());
        var eku = cert.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value).ToList();
        Assert.Contains("1.3.6.1.5.5.7.3.1", eku);
        Assert.Contains("1.3.6.1.5.5.7.3.2", eku);
        Assert.Equal(64, SelfSignedCertificates.Sha256Thumbprint(cert).Length);
    }

    [Fact]
    public async Task It_serves_a_mutual_TLS_handshake_on_a_real_socket()
    {
        using var serverCert = SelfSignedCertificates.Create("server", ["localhost"]);
        using var clientCert = SelfSignedCertificates.Create("client");
        var pin = SelfSignedCertificates.Sha256Thumbprint(serverCert);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string? seenClientThumbprint = null;

        var serverTask = Task.Run(async () =>
        {
            using var socket = await listener.AcceptTcpClientAsync(TestGuard.Token);
            await using var ssl = new SslStream(socket.GetStream());
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = serverCert,
                ClientCertificateRequired = true,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                RemoteCertificateValidationCallback = (_, c, _, _) => { seenClientThumbprint = c?.GetCertHashString(); return c is not null; },
            }, TestGuard.Token);
            await ssl.WriteAsync(new byte[] { 42 }, TestGuard.Token);
        });

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, TestGuard.Token);
        await using var clientSsl = new SslStream(client.GetStream());
        await clientSsl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            ClientCertificates = [clientCert],
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            RemoteCertificateValidationCallback = (_, c, _, _) =>
                c is X509Certificate2 presented && SelfSignedCertificates.Sha256Thumbprint(presented) == pin,
        }, TestGuard.Token);
        var buffer = new byte[1];
        await clientSsl.ReadExactlyAsync(buffer, TestGuard.Token);
        await serverTask;

        Assert.Equal(42, buffer[0]);
        Assert.Equal(clientCert.GetCertHashString(), seenClientThumbprint);
    }
}
