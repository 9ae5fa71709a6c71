using System.Net;
using System.Net.Sockets;

namespace Rrp2Epp.Mapping;

/// <summary>
/// The IANA special-purpose address blocks that are not globally reachable (the IPv4 and IPv6 Special-Purpose
/// Address Registries, RFC 6890 and updates), plus multicast. A name server there cannot serve the public DNS,
/// which is what RRP's 535 "Restricted IP address" refuses (RFC 2832 §11).
/// </summary>
internal static class SpecialPurposeAddresses
{
    private enum Block
    {
        Restricted,
        Documentation,

        // Globally reachable blocks inside a larger restricted one; they come first and win.
        Reachable,
    }

    private static readonly (IPNetwork Network, Block Kind)[] Blocks =
    [
        (IPNetwork.Parse("192.0.0.9/32"), Block.Reachable),
        (IPNetwork.Parse("192.0.0.10/32"), Block.Reachable),
        (IPNetwork.Parse("2001:1::1/128"), Block.Reachable),
        (IPNetwork.Parse("2001:1::2/128"), Block.Reachable),
        (IPNetwork.Parse("2001:1::3/128"), Block.Reachable),
        (IPNetwork.Parse("2001:3::/32"), Block.Reachable),
        (IPNetwork.Parse("2001:4:112::/48"), Block.Reachable),
        (IPNetwork.Parse("2001:20::/28"), Block.Reachable),
        (IPNetwork.Parse("2001:30::/28"), Block.Reachable),
        (IPNetwork.Parse("0.0.0.0/8"), Block.Restricted),
        (IPNetwork.Parse("10.0.0.0/8"), Block.Restricted),
        (IPNetwork.Parse("100.64.0.0/10"), Block.Restricted),
        (IPNetwork.Parse("127.0.0.0/8"), Block.Restricted),
        (IPNetwork.Parse("169.254.0.0/16"), Block.Restricted),
        (IPNetwork.Parse("172.16.0.0/12"), Block.Restricted),
        (IPNetwork.Parse("192.0.0.0/24"), Block.Restricted),
        (IPNetwork.Parse("192.0.2.0/24"), Block.Documentation),
        (IPNetwork.Parse("192.88.99.0/24"), Block.Restricted),
        (IPNetwork.Parse("192.168.0.0/16"), Block.Restricted),
        (IPNetwork.Parse("198.18.0.0/15"), Block.Restricted),
        (IPNetwork.Parse("198.51.100.0/24"), Block.Documentation),
        (IPNetwork.Parse("203.0.113.0/24"), Block.Documentation),
        (IPNetwork.Parse("224.0.0.0/4"), Block.Restricted),
        (IPNetwork.Parse("240.0.0.0/4"), Block.Restricted),
        (IPNetwork.Parse("::/128"), Block.Restricted),
        (IPNetwork.Parse("::1/128"), Block.Restricted),
        (IPNetwork.Parse("::ffff:0:0/96"), Block.Restricted),
        (IPNetwork.Parse("64:ff9b:1::/48"), Block.Restricted),
        (IPNetwork.Parse("100::/64"), Block.Restricted),
        (IPNetwork.Parse("2001::/23"), Block.Restricted),
        (IPNetwork.Parse("2001:db8::/32"), Block.Documentation),
        (IPNetwork.Parse("3fff::/20"), Block.Documentation),
        (IPNetwork.Parse("5f00::/16"), Block.Restricted),
        (IPNetwork.Parse("fc00::/7"), Block.Restricted),
        (IPNetwork.Parse("fe80::/10"), Block.Restricted),
        (IPNetwork.Parse("ff00::/8"), Block.Restricted),
    ];

    /// <summary>Whether <paramref name="address"/> is restricted; documentation blocks count unless <paramref name="allowDocumentation"/>.</summary>
    public static bool IsRestricted(IPAddress address, bool allowDocumentation)
    {
        foreach (var (network, kind) in Blocks)
        {
            if (network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address))
            {
                return kind == Block.Restricted || (kind == Block.Documentation && !allowDocumentation);
            }
        }

        return false;
    }

    /// <summary>Whether a registry's address text is restricted (full list, documentation blocks included); false for unreadable text.</summary>
    public static bool IsRestricted(string? text) =>
        IPAddress.TryParse(text, out var address) && address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6
        && IsRestricted(address, allowDocumentation: false);
}
