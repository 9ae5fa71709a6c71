namespace Rrp2Epp.Gateway.Options;

/// <summary>The EPP registry the gateway talks to (RFC 5734: TLS with a client certificate, port 700).</summary>
public sealed record RegistryOptions
{
    /// <summary>The registry's host name or address.</summary>
    public string Host { get; init; } = "localhost";

    /// <summary>The registry's port.</summary>
    public int Port { get; init; } = 700;

    /// <summary>The name the registry certificate must carry; defaults to <see cref="Host"/>.</summary>
    public string? TargetHost { get; init; }

    /// <summary>The gateway's client certificate (PKCS#12 with its key). Required unless the host supplies one in code (demo, tests).</summary>
    public string? ClientCertificatePath { get; init; }

    /// <summary>The PKCS#12 password.</summary>
    public string? ClientCertificatePassword { get; init; }

    /// <summary>PEM bundle of the CAs the registry certificate must chain to (with the name check).</summary>
    public string? TrustedCertificateAuthorities { get; init; }

    /// <summary>SHA-256 thumbprints of accepted registry certificates (pins; how a self-signed sandbox is trusted).</summary>
    public IReadOnlyList<string> PinnedServerCertificates { get; init; } = [];

    /// <summary>Limit on TCP connect plus TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit on one EPP exchange; past it the outcome is unknown and the connection is dropped.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First part of every clTRID; set one per gateway instance.</summary>
    public string ClientTransactionIdPrefix { get; init; } = "RRPGW";

    /// <summary>Validate every EPP frame against the schemas before sending (on in tests; costs ~15 µs a frame).</summary>
    public bool ValidateOutgoingFrames { get; init; }

    /// <summary>Attempts to rebuild a lost EPP session before a command gives up (each attempt connects and logs in).</summary>
    public int ReconnectAttempts { get; init; } = 2;

    /// <summary>Wait before the second reconnect attempt; doubled for each further one.</summary>
    public TimeSpan ReconnectBackoff { get; init; } = TimeSpan.FromMilliseconds(200);
}
