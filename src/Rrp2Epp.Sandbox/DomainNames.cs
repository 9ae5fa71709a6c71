using System.Net;
using System.Net.Sockets;

namespace Rrp2Epp.Sandbox;

/// <summary>Name and address syntax rules (RFC 952/1123 host names, as RFC 5731/5732 require).</summary>
internal static class DomainNames
{
    /// <summary>Lower-cases (ASCII) a name and drops one trailing dot; names are case-insensitive keys.</summary>
    public static string Normalize(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith('.'))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>LDH labels of 1-63 characters, no leading or trailing hyphen, at most 253 characters in all.</summary>
    public static bool IsValidHostName(string name, int minLabels = 2)
    {
        if (name.Length is 0 or > 253)
        {
            return false;
        }

        var labels = 0;
        foreach (var range in name.AsSpan().Split('.'))
        {
            var label = name.AsSpan(range);
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }

            labels++;
        }

        return labels >= minLabels;
    }

    /// <summary>The served zone a name lies in, or null when it is outside every zone (an external name).</summary>
    public static string? ZoneOf(string name, IReadOnlyList<string> zones)
    {
        string? best = null;
        foreach (var zone in zones)
        {
            if (name.Length > zone.Length + 1 && name.EndsWith(zone, StringComparison.Ordinal) && name[name.Length - zone.Length - 1] == '.'
                && (best is null || zone.Length > best.Length))
            {
                best = zone;
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="name"/> is a proper subdomain of <paramref name="domain"/>.</summary>
    public static bool IsSubordinate(string name, string domain) =>
        name.Length > domain.Length + 1 && name.EndsWith(domain, StringComparison.Ordinal) && name[name.Length - domain.Length - 1] == '.';

    /// <summary>The registrable domain of a name in a zone: the zone plus one label (example.com for ns1.a.example.com).</summary>
    public static string? RegistrableParent(string name, string zone)
    {
        var rest = name[..(name.Length - zone.Length - 1)];
        var dot = rest.LastIndexOf('.');
        return rest.Length == 0 ? null : rest[(dot + 1)..] + "." + zone;
    }

    /// <summary>
    /// Parses an address in the family the <c>ip</c> attribute names ("v4" or "v6"). Returns the
    /// canonical text, or null when it is not a valid address of that family.
    /// </summary>
    public static string? CanonicalAddress(string text, string family)
    {
        if (!IPAddress.TryParse(text.Trim(), out var address))
        {
            return null;
        }

        var expected = family == "v6" ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
        if (address.AddressFamily != expected || (family == "v4" && text.Trim().Count(c => c == '.') != 3))
        {
            return null;
        }

        return address.ToString();
    }

    /// <summary>The family ("v4" or "v6") of a canonical address.</summary>
    public static string FamilyOf(string canonical) => canonical.Contains(':', StringComparison.Ordinal) ? "v6" : "v4";
}
