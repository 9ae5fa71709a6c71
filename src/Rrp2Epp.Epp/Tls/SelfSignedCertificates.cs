using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Rrp2Epp.Epp.Tls;

/// <summary>
/// Self-signed certificates for demos, tests and a sandbox started without <c>--cert</c>:
/// ECDSA P-256, server and client authentication, a SAN for each name given.
/// </summary>
public static class SelfSignedCertificates
{
    /// <summary>
    /// Creates a certificate with its private key. It is round-tripped through PKCS#12 so that
    /// the key is usable by <see cref="System.Net.Security.SslStream"/> on every platform.
    /// </summary>
    /// <param name="commonName">The subject CN.</param>
    /// <param name="dnsNames">Names for the subjectAltName extension (e.g. <c>localhost</c>).</param>
    /// <param name="validFrom">Start of validity; defaults to one day ago.</param>
    /// <param name="lifetime">Validity; defaults to one year.</param>
    public static X509Certificate2 Create(string commonName, IEnumerable<string>? dnsNames = null, DateTimeOffset? validFrom = null, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName("CN=" + commonName), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var san = new SubjectAlternativeNameBuilder();
        var any = false;
        foreach (var name in dnsNames ?? [])
        {
            if (System.Net.IPAddress.TryParse(name, out var ip))
            {
                san.AddIpAddress(ip);
            }
            else
            {
                san.AddDnsName(name);
            }

            any = true;
        }

        if (any)
        {
            request.CertificateExtensions.Add(san.Build());
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var notBefore = validFrom ?? DateTimeOffset.UtcNow.AddDays(-1);
        using var ephemeral = request.CreateSelfSigned(notBefore, notBefore + (lifetime ?? TimeSpan.FromDays(365)));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>The SHA-256 thumbprint in upper-case hex: the form used for pinning and printed by the sandbox.</summary>
    public static string Sha256Thumbprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }
}
