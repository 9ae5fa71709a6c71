using System.Net;
using System.Net.Sockets;

namespace Rrp2Epp.Epp;

/// <summary>The IP version of a host address (<c>ip="v4|v6"</c>, RFC 5732 §2.5).</summary>
public enum EppIpVersion
{
    /// <summary>IPv4 (the default when the attribute is absent).</summary>
    V4,

    /// <summary>IPv6.</summary>
    V6,
}

/// <summary>
/// One IP address of a host object (<c>host:addr</c>) or host attribute (<c>domain:hostAddr</c>).
/// The text is kept as given, so an address a registry returns in an unusual form survives.
/// </summary>
/// <param name="Address">The address text, e.g. <c>192.0.2.10</c> or <c>2001:db8::10</c>.</param>
/// <param name="Version">The <c>ip</c> attribute.</param>
public sealed record HostAddress(string Address, EppIpVersion Version)
{
    /// <summary>An IPv4 address.</summary>
    public static HostAddress V4(string address) => new(address, EppIpVersion.V4);

    /// <summary>An IPv6 address.</summary>
    public static HostAddress V6(string address) => new(address, EppIpVersion.V6);

    /// <summary>The address with its version taken from the address family.</summary>
    public static HostAddress From(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new HostAddress(address.ToString(), address.AddressFamily == AddressFamily.InterNetworkV6 ? EppIpVersion.V6 : EppIpVersion.V4);
    }

    /// <summary>Parses an address and takes its version from it.</summary>
    /// <exception cref="FormatException">The text is not an IP address.</exception>
    public static HostAddress Parse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return IPAddress.TryParse(address, out var ip)
            ? new HostAddress(address, ip.AddressFamily == AddressFamily.InterNetworkV6 ? EppIpVersion.V6 : EppIpVersion.V4)
            : throw new FormatException("not an IPv4 or IPv6 address");
    }

    /// <summary>The wire token of <see cref="Version"/>: <c>v4</c> or <c>v6</c>.</summary>
    public string VersionToken => Version == EppIpVersion.V6 ? "v6" : "v4";
}
