using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Rrp2Epp.Epp.Client;

/// <summary>
/// Checks the server certificate as <see cref="EppConnectionOptions"/> says (pin, CA bundle, or the
/// system store) and remembers why it refused one, so the handshake failure can say so.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private readonly HashSet<string> _pins;
    private readonly bool _trustsCustomAuthorities;

    public ServerCertificateValidator(EppConnectionOptions options)
    {
        _pins = new HashSet<string>(options.PinnedServerCertificates.Select(p => EppConnectionOptions.NormalizeThumbprint(p)!), StringComparer.Ordinal);
        _trustsCustomAuthorities = options.TrustedCertificateAuthorities.Count > 0;
        if (_trustsCustomAuthorities)
        {
            // SslStream builds the chain with this policy, so its SslPolicyErrors already reflect
            // the custom roots; the name check is done by SslStream against TargetHost.
            ChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = options.CheckCertificateRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck,
            };
            ChainPolicy.CustomTrustStore.AddRange(options.TrustedCertificateAuthorities.ToArray());
        }
    }

    /// <summary>The chain policy for SslStream, when custom authorities are trusted.</summary>
    public X509ChainPolicy? ChainPolicy { get; }

    /// <summary>Why the last certificate was refused; null when none was.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The SHA-256 thumbprint of the certificate last presented.</summary>
    public string? PresentedThumbprint { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return Reject("the server presented no certificate");
        }

        var thumbprint = Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
        PresentedThumbprint = thumbprint;
        if (_pins.Count > 0)
        {
            if (!_pins.Contains(thumbprint))
            {
                return Reject($"the server certificate's SHA-256 thumbprint {thumbprint} is not pinned");
            }

            if (!_trustsCustomAuthorities)
            {
                return true;
            }
        }

        return errors == SslPolicyErrors.None || Reject($"the server certificate failed validation ({errors})");
    }

    private bool Reject(string reason)
    {
        RejectionReason = reason;
        return false;
    }
}
