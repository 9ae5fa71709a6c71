using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>
/// TLS for an RRP listener through Kestrel's HTTPS connection middleware (used here for any protocol): TLS 1.2+ by
/// default, the client certificate asked for during the handshake (asking later fails on TLS 1.3), and the opt-in
/// legacy mode for RRP-era clients.
/// </summary>
public static class RrpTls
{
    /// <summary>
    /// The suites a legacy listener offers: TLS 1.3, ECDHE with GCM, and the CBC suites TLS 1.0 clients know. Setting
    /// it explicitly matters: without it, <see cref="EncryptionPolicy.AllowNoEncryption"/> makes the list
    /// <c>ALL:eNULL</c>, which would accept plaintext (NULL) and anonymous suites.
    /// </summary>
    public static IReadOnlyList<TlsCipherSuite> LegacyCipherSuites { get; } =
    [
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
        TlsCipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
    ];

    /// <summary>The middleware options for <paramref name="listener"/>.</summary>
    public static HttpsConnectionAdapterOptions Options(RrpListenerOptions listener, X509Certificate2 certificate, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var pins = listener.AllowedClientCertificates.Select(EppConnectionOptions.NormalizeThumbprint).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var authorities = string.IsNullOrWhiteSpace(listener.ClientCertificateAuthorities) ? [] : CertificateBundles.LoadPem(listener.ClientCertificateAuthorities);
        var options = new HttpsConnectionAdapterOptions
        {
            ServerCertificate = certificate,
            HandshakeTimeout = listener.HandshakeTimeout,
            SslProtocols = listener.LegacyTls
                ? SslProtocols.Tls12 | SslProtocols.Tls13 | Legacy()
                : SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificateMode = listener.ClientCertificates switch
            {
                ClientCertificatePolicy.Required => ClientCertificateMode.RequireCertificate,
                ClientCertificatePolicy.Optional => ClientCertificateMode.AllowCertificate,
                _ => ClientCertificateMode.NoCertificate,
            },
            ClientCertificateValidation = (client, _, _) => IsTrusted(client, pins, authorities, logger),
        };
        options.OnAuthenticate = (_, ssl) =>
        {
            ssl.ApplicationProtocols = null;
            if (listener.LegacyTls && OperatingSystem.IsLinux())
            {
                // TOOLCHAIN.md: on Linux this lowers OpenSSL's security level for this connection only; the explicit
                // suite list keeps NULL and anonymous suites out.
#pragma warning disable SYSLIB0040
                ssl.EncryptionPolicy = EncryptionPolicy.AllowNoEncryption;
#pragma warning restore SYSLIB0040
                ssl.CipherSuitesPolicy = new CipherSuitesPolicy(LegacyCipherSuites);
            }
        };
        return options;
    }

#pragma warning disable SYSLIB0039 // TLS 1.0/1.1 on purpose, on an opt-in legacy listener only.
    private static SslProtocols Legacy() => SslProtocols.Tls | SslProtocols.Tls11;
#pragma warning restore SYSLIB0039

    private static bool IsTrusted(X509Certificate2 client, HashSet<string> pins, IReadOnlyList<X509Certificate2> authorities, ILogger logger)
    {
        if (pins.Contains(SelfSignedCertificates.Sha256Thumbprint(client)))
        {
            return true;
        }

        if (authorities.Count > 0)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.CustomTrustStore.AddRange(authorities.ToArray());
            if (chain.Build(client))
            {
                return true;
            }
        }

        logger.LogWarning("RRP client certificate {Subject:l} (SHA-256 {Thumbprint:l}) refused: not pinned and not issued by a trusted CA",
            client.Subject, SelfSignedCertificates.Sha256Thumbprint(client));
        return false;
    }
}
