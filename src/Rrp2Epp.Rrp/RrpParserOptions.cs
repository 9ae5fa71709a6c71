namespace Rrp2Epp.Rrp;

/// <summary>What a listener accepts beyond the framing caps (<see cref="RrpLimits"/>): its version and the opt-in extensions.</summary>
public sealed record RrpParserOptions
{
    /// <summary>2.0.0 with no extension but RESTORE.</summary>
    public static RrpParserOptions Default { get; } = new();

    /// <summary>A 1.1.0 listener: IPv4 only, no 510 ACE check.</summary>
    public static RrpParserOptions V1_1_0 { get; } = new() { Version = RrpVersion.V1_1_0 };

    /// <summary>The protocol version: decides IPv6 (2.0.0 only) and the ACE check with 510 (2.0.0 only).</summary>
    public RrpVersion Version { get; init; } = RrpVersion.V2_0_0;

    /// <summary>
    /// Accept the gateway's <c>AuthInfo:</c> attribute on TRANSFER (6-64 printable non-space characters). Off by
    /// default: the attribute is then unknown (503), as on any RFC server.
    /// </summary>
    public bool AcceptAuthInfo { get; init; }

    /// <summary>Accept VeriSign's RESTORE command. When off, <c>restore</c> is an unknown command (500).</summary>
    public bool AcceptRestore { get; init; } = true;
}
