namespace Rrp2Epp.Rrp;

/// <summary>The RRP protocol version a listener speaks: 1.1.0 (RFC 2832) or 2.0.0 (RFC 3632).</summary>
public enum RrpVersion
{
    /// <summary>RRP 1.1.0, RFC 2832: IPv4 only, no 510/557, no transfer cancel.</summary>
    V1_1_0,

    /// <summary>RRP 2.0.0, RFC 3632: adds IPv6 addresses, 510 (ACE check), 557 and transfer cancel.</summary>
    V2_0_0,
}
