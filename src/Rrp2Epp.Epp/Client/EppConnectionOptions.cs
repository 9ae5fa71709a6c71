using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp.Tls;

namespace Rrp2Epp.Epp.Client;

/// <summary>
/// How to reach and trust one EPP registry. Immutable; <see cref="Validate"/> reports every problem
/// at once, and <see cref="EppConnection"/> refuses options that have any.
/// </summary>
/// <remarks>
/// The server certificate is checked in one of three ways, never not at all:
/// <list type="bullet">
/// <item><see cref="TrustedCertificateAuthorities"/> set: the chain must end in one of them, and
/// the name must match <see cref="TargetHost"/> (RFC 5734 §9).</item>
/// <item><see cref="PinnedServerCertificates"/> set: the certificate's SHA-256 thumbprint must be
/// one of them. A pin names the exact certificate, so chain and name checks are then not needed
/// (this is how the sandbox's self-signed certificate is trusted). With both set, both must pass.</item>
/// <item>neither: the system trust store and the name check, as for any TLS client.</item>
/// </list>
/// </remarks>
public sealed record EppConnectionOptions
{
    /// <summary>The registry's host name or address.</summary>
    public required string Host { get; init; }

    /// <summary>The TCP port (EPP's is 700).</summary>
    public int Port { get; init; } = 700;

    /// <summary>The name the server certificate must carry (and the SNI); defaults to <see cref="Host"/>.</summary>
    public string? TargetHost { get; init; }

    /// <summary>The client certificate with its private key (RFC 5734 requires mutual TLS).</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>The CA certificates the server chain must end in (see <see cref="CertificateBundles.LoadPem"/>).</summary>
    public IReadOnlyList<X509Certificate2> TrustedCertificateAuthorities { get; init; } = [];

    /// <summary>SHA-256 thumbprints (hex, any case, colons allowed) of accepted server certificates.</summary>
    public IReadOnlyList<string> PinnedServerCertificates { get; init; } = [];

    /// <summary>Check revocation of the server chain (online) when trusting CAs; off by default for private CA bundles.</summary>
    public bool CheckCertificateRevocation { get; init; }

    /// <summary>The TLS versions allowed: TLS 1.2 and/or 1.3 only (RFC 8996).</summary>
    public SslProtocols Protocols { get; init; } = SslProtocols.Tls12 | SslProtocols.Tls13;

    /// <summary>The limit on TCP connect plus TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The limit on one exchange (and on the greeting): past it the connection is dead and the outcome unknown.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The largest data unit accepted from the server, header included.</summary>
    public int MaxFrameBytes { get; init; } = EppFraming.DefaultMaxFrameBytes;

    /// <summary>The first part of every clTRID: set it per gateway instance (see <see cref="EppClientTransactionIds"/>).</summary>
    public string ClientTransactionIdPrefix { get; init; } = "RRPGW";

    /// <summary>Validate every outgoing frame against the schemas before sending (tests; optional in production).</summary>
    public bool ValidateOutgoingFrames { get; init; }

    /// <summary>The name checked against the server certificate.</summary>
    public string EffectiveTargetHost => string.IsNullOrWhiteSpace(TargetHost) ? Host : TargetHost;

    /// <summary>Every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Host))
        {
            errors.Add($"{nameof(Host)} is required");
        }

        if (Port is < 1 or > 65535)
        {
            errors.Add($"{nameof(Port)} must be 1 to 65535");
        }

        if (TargetHost is not null && string.IsNullOrWhiteSpace(TargetHost))
        {
            errors.Add($"{nameof(TargetHost)} must not be blank (leave it null to use {nameof(Host)})");
        }

        if (ClientCertificate is null)
        {
            errors.Add($"{nameof(ClientCertificate)} is required: EPP uses mutual TLS (RFC 5734 §9)");
        }
        else if (!ClientCertificate.HasPrivateKey)
        {
            errors.Add($"{nameof(ClientCertificate)} has no private key");
        }

        if (TrustedCertificateAuthorities is null || TrustedCertificateAuthorities.Any(c => c is null))
        {
            errors.Add($"{nameof(TrustedCertificateAuthorities)} must not hold null entries");
        }

        if (PinnedServerCertificates is null)
        {
            errors.Add($"{nameof(PinnedServerCertificates)} must not be null");
        }
        else
        {
            for (var i = 0; i < PinnedServerCertificates.Count; i++)
            {
                if (NormalizeThumbprint(PinnedServerCertificates[i]) is null)
                {
                    errors.Add($"{nameof(PinnedServerCertificates)}[{i}] is not a SHA-256 thumbprint (64 hex digits)");
                }
            }
        }

        const SslProtocols allowed = SslProtocols.Tls12 | SslProtocols.Tls13;
        if (Protocols == SslProtocols.None || (Protocols & ~allowed) != 0)
        {
            errors.Add($"{nameof(Protocols)} must be Tls12 and/or Tls13 (RFC 8996 retires older versions)");
        }

        if (ConnectTimeout <= TimeSpan.Zero || ConnectTimeout > TimeSpan.FromHours(1))
        {
            errors.Add($"{nameof(ConnectTimeout)} must be positive and at most an hour");
        }

        if (CommandTimeout <= TimeSpan.Zero || CommandTimeout > TimeSpan.FromHours(1))
        {
            errors.Add($"{nameof(CommandTimeout)} must be positive and at most an hour");
        }

        if (MaxFrameBytes < 1024)
        {
            errors.Add($"{nameof(MaxFrameBytes)} must be at least 1024");
        }

        if (!EppClientTransactionIds.IsValidPrefix(ClientTransactionIdPrefix))
        {
            errors.Add($"{nameof(ClientTransactionIdPrefix)} must be 1 to {EppClientTransactionIds.MaxPrefixLength} letters, digits, '.', '_' or '-'");
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <exception cref="ArgumentException">Lists every problem.</exception>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid EPP connection options: " + string.Join("; ", errors));
        }
    }

    /// <summary>The pin in upper-case hex without separators, or null when it is not 64 hex digits.</summary>
    public static string? NormalizeThumbprint(string? thumbprint)
    {
        if (thumbprint is null)
        {
            return null;
        }

        var hex = string.Concat(thumbprint.Where(c => c is not (':' or ' ' or '-'))).ToUpperInvariant();
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex : null;
    }
}
