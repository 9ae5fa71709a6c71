using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp.Tls;

namespace Rrp2Epp.Cli;

/// <summary>How a TLS client of the CLI judges the server's certificate: a pin, the system's trust, or (demo flag) not at all.</summary>
/// <param name="Pin">SHA-256 thumbprint the certificate must have (any case); when set, nothing else counts.</param>
/// <param name="AcceptAny">Without a pin: accept any certificate.</param>
internal sealed record ServerTrust(string? Pin, bool AcceptAny)
{
    public bool Accepts(X509Certificate2? certificate, SslPolicyErrors errors)
    {
        if (Pin is not null)
        {
            return certificate is not null && string.Equals(SelfSignedCertificates.Sha256Thumbprint(certificate), Pin, StringComparison.OrdinalIgnoreCase);
        }

        return AcceptAny || errors == SslPolicyErrors.None;
    }
}
