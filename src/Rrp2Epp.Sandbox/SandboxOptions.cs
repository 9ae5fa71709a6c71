using System.Net;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// Everything a sandbox server needs to start. Immutable; <see cref="Validate"/> reports every
/// problem at once and <see cref="SandboxServer"/> refuses to start with any.
/// </summary>
public sealed record SandboxOptions
{
    /// <summary>Where to listen; port 0 picks a free port (read <see cref="SandboxServer.Endpoint"/>).</summary>
    public IPEndPoint Listen { get; init; } = new(IPAddress.Loopback, 700);

    /// <summary>The server certificate with its private key; null: a fresh self-signed one (ECDSA P-256).</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Require a client certificate during the TLS handshake (RFC 5734 §9). Any certificate is accepted unless <see cref="AllowedClientCertificates"/> pins some.</summary>
    public bool RequireClientCertificate { get; init; } = true;

    /// <summary>SHA-256 thumbprints (hex) of the client certificates accepted; empty: any certificate.</summary>
    public IReadOnlyList<string> AllowedClientCertificates { get; init; } = [];

    /// <summary>The registry's rules.</summary>
    public SandboxPolicies Policies { get; init; } = new();

    /// <summary>Fault rules installed at start (more can be added at run time through <see cref="SandboxServer.Faults"/>).</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    /// <summary>Announce the RGP extension (rgp-1.0) in the greeting; false: a registry without RGP (restores are then impossible).</summary>
    public bool AnnounceRgp { get; init; } = true;

    /// <summary>The greeting's svID.</summary>
    public string ServerId { get; init; } = "Rrp2Epp sandbox registry";

    /// <summary>Cap on one incoming data unit (header included), checked before its body is read.</summary>
    public int MaxFrameBytes { get; init; } = 64 * 1024;

    /// <summary>A session with no complete command for this long (real time) is closed after a TLS close_notify.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the TLS handshake may take (real time).</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed logins on one connection before the server answers 2501 and closes (RFC 5730 §2.9.1.1).</summary>
    public int MaxLoginFailures { get; init; } = 3;

    /// <summary>Concurrent logged-in sessions per registrar; one more login answers 2502 and closes.</summary>
    public int MaxSessionsPerRegistrar { get; init; } = 100;

    /// <summary>Concurrent connections in all; further ones are closed at once.</summary>
    public int MaxConnections { get; init; } = 1000;

    /// <summary>Diagnostics (connections, refused frames, faults fired); null: silent.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Every problem with these options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        ArgumentNullException.ThrowIfNull(Listen);
        if (Certificate is not null && !Certificate.HasPrivateKey)
        {
            errors.Add("Certificate: the server certificate has no private key");
        }

        foreach (var thumbprint in AllowedClientCertificates)
        {
            if (thumbprint.Length != 64 || !thumbprint.All(char.IsAsciiHexDigit))
            {
                errors.Add($"AllowedClientCertificates: '{thumbprint}' is not a SHA-256 thumbprint (64 hex digits)");
            }
        }

        errors.AddRange(Policies.Validate());
        foreach (var rule in Faults)
        {
            errors.AddRange(rule.Validate());
        }

        if (string.IsNullOrWhiteSpace(ServerId) || ServerId.Length > 64)
        {
            errors.Add("ServerId: 1-64 characters (epp:sIDType)");
        }

        if (MaxFrameBytes < 1024 || MaxFrameBytes > EppFraming.DefaultMaxFrameBytes * 16)
        {
            errors.Add("MaxFrameBytes: must be 1 KiB - 16 MiB");
        }

        if (IdleTimeout <= TimeSpan.Zero)
        {
            errors.Add("IdleTimeout: must be positive");
        }

        if (HandshakeTimeout <= TimeSpan.Zero)
        {
            errors.Add("HandshakeTimeout: must be positive");
        }

        if (MaxLoginFailures < 1)
        {
            errors.Add("MaxLoginFailures: must be at least 1");
        }

        if (MaxSessionsPerRegistrar < 1)
        {
            errors.Add("MaxSessionsPerRegistrar: must be at least 1");
        }

        if (MaxConnections < 1)
        {
            errors.Add("MaxConnections: must be at least 1");
        }

        return errors;
    }
}

/// <summary>Options that fail validation; the message lists every problem.</summary>
public sealed class SandboxOptionsException(IReadOnlyList<string> errors)
    : Exception("Invalid sandbox options: " + string.Join("; ", errors))
{
    /// <summary>Each problem.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
