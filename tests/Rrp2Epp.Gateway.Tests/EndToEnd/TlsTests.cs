using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>Client certificates on the RRP listener, and the opt-in legacy TLS mode (checked with openssl s_client).</summary>
public sealed class TlsTests
{
    private static readonly X509Certificate2 Registrar = SelfSignedCertificates.Create("registrar-client");

    [Fact]
    public async Task A_required_client_certificate_must_be_pinned()
    {
        await using var gateway = await GatewayFixture.StartAsync(c =>
        {
            c["Gateway:Listeners:0:ClientCertificates"] = "Required";
            c["Gateway:Listeners:0:AllowedClientCertificates:0"] = SelfSignedCertificates.Sha256Thumbprint(Registrar);
        });
        var client = await gateway.ConnectAsync(RrpVersion.V2_0_0, Registrar);
        Assert.Equal(RrpResponseCode.Success, (await client.LoginAsync("registrarA", "i-am-registrarA")).Code);

        // Without a certificate, or with another one, there is no banner (TLS 1.3 reports it on the first read).
        await Assert.ThrowsAnyAsync<Exception>(() => RrpTestClient.ConnectAsync(gateway.Endpoint(), GatewayFixture.ServerThumbprint));
        await Assert.ThrowsAnyAsync<Exception>(() => RrpTestClient.ConnectAsync(gateway.Endpoint(), GatewayFixture.ServerThumbprint, SelfSignedCertificates.Create("stranger")));
    }

    [Fact]
    public async Task Legacy_mode_accepts_TLS_1_0_with_CBC_suites_but_never_NULL_or_anonymous_suites()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=legacy-gateway", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var certificate = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
        var folder = Directory.CreateTempSubdirectory("rrp2epp-legacy-").FullName;
        try
        {
            var pfx = Path.Combine(folder, "legacy.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-pass"), TestGuard.Token);
            await using var gateway = await GatewayFixture.StartAsync(c =>
            {
                c["Gateway:Listeners:1:LegacyTls"] = "true";
                c["Gateway:Listeners:1:CertificatePath"] = pfx;
                c["Gateway:Listeners:1:CertificatePassword"] = "pfx-pass";
            });
            var legacy = gateway.Endpoint(RrpVersion.V1_1_0);
            var modern = gateway.Endpoint(RrpVersion.V2_0_0);

            var (ok, banner) = await OpenSslAsync(legacy, "-tls1", "-cipher", "AES128-SHA:@SECLEVEL=0");
            Assert.True(ok, banner);
            Assert.Contains("RRP Server version 1.1.0", banner, StringComparison.Ordinal);
            Assert.True((await OpenSslAsync(legacy, "-tls1", "-cipher", "ECDHE-RSA-AES256-SHA:@SECLEVEL=0")).Ok);

            Assert.False((await OpenSslAsync(legacy, "-tls1_2", "-cipher", "eNULL:NULL:@SECLEVEL=0")).Ok);
            Assert.False((await OpenSslAsync(legacy, "-tls1", "-cipher", "aNULL:@SECLEVEL=0")).Ok);
            Assert.False((await OpenSslAsync(modern, "-tls1", "-cipher", "DEFAULT:@SECLEVEL=0")).Ok);
            Assert.Contains(gateway.Logs.Lines, l => l.Contains("accepts TLS 1.0/1.1", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Runs openssl s_client; success means the banner arrived over the negotiated connection.
    private static async Task<(bool Ok, string Output)> OpenSslAsync(IPEndPoint endpoint, params string[] args)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "s_client", "-connect", endpoint.ToString(), "-crlf", "-quiet" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestGuard.Token);
        var stderr = process.StandardError.ReadToEndAsync(TestGuard.Token);
        await process.StandardInput.WriteAsync("quit\n.\n");
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestGuard.Token);
        var output = await stdout;
        return (output.Contains("RRP Server version", StringComparison.Ordinal), output + await stderr);
    }
}
