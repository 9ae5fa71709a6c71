using System.Text;

namespace Rrp2Epp.Gateway.Options;

/// <summary>Whether an RRP listener asks for a TLS client certificate.</summary>
public enum ClientCertificatePolicy
{
    /// <summary>Never ask.</summary>
    None,

    /// <summary>Ask; a client may send none, but a certificate it sends must be trusted.</summary>
    Optional,

    /// <summary>Ask and refuse the connection without a trusted certificate (RFC 2832 §2.1's mutual authentication).</summary>
    Required,
}

/// <summary>One RRP endpoint: address, port, protocol version and TLS rules.</summary>
public sealed record RrpListenerOptions
{
    /// <summary>A name for logs.</summary>
    public string Name { get; init; } = "rrp";

    /// <summary>The IP address to bind (<c>0.0.0.0</c> all IPv4, <c>::</c> all IPv6, <c>127.0.0.1</c> loopback).</summary>
    public string Address { get; init; } = "0.0.0.0";

    /// <summary>The TCP port; RRP's is 648. 0 picks a free port (tests, demo).</summary>
    public int Port { get; init; } = 648;

    /// <summary>The RRP version this listener speaks: <c>1.1.0</c> (RFC 2832) or <c>2.0.0</c> (RFC 3632).</summary>
    public string Version { get; init; } = "2.0.0";

    /// <summary>The server certificate (PKCS#12 with its key). Empty: a self-signed one is made at start (demo use only).</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The PKCS#12 password (prefer the environment variable form).</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>Whether a client certificate is asked for.</summary>
    public ClientCertificatePolicy ClientCertificates { get; init; } = ClientCertificatePolicy.Optional;

    /// <summary>PEM bundle of the CAs client certificates must chain to.</summary>
    public string? ClientCertificateAuthorities { get; init; }

    /// <summary>SHA-256 thumbprints (hex) of accepted client certificates (pins; either this or the CA bundle may admit a certificate).</summary>
    public IReadOnlyList<string> AllowedClientCertificates { get; init; } = [];

    /// <summary>
    /// Accept TLS 1.0/1.1 and the CBC suites of RRP-era clients on this listener only (Linux). NULL and anonymous
    /// suites stay refused. Off by default; a warning is logged at start when on.
    /// </summary>
    public bool LegacyTls { get; init; }

    /// <summary>
    /// Accept the gateway's opt-in <c>AuthInfo:</c> attribute on TRANSFER requests (the registrar-side authInfo model:
    /// registrars that learned a domain's authInfo out of band present it). Off by default: RRP has no authInfo, and
    /// the gateway presents the one it stored at create.
    /// </summary>
    public bool AcceptAuthInfo { get; init; }

    /// <summary>How long the TLS handshake may take.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The compiler's form with <see cref="CertificatePassword"/> masked, so logging the options cannot leak it.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("RrpListenerOptions { ");
        if ((this with { CertificatePassword = OptionSecrets.Mask(CertificatePassword) }).PrintMembers(text))
        {
            text.Append(' ');
        }

        return text.Append('}').ToString();
    }
}
