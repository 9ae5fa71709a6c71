namespace Rrp2Epp.Mapping;

/// <summary>Name facts the translations decide on: syntax, the in-zone parent of a host, ACE labels.</summary>
internal static class DomainNameFacts
{
    /// <summary>LDH labels of 1-63 characters, no leading or trailing hyphen, at most 253 characters.</summary>
    public static bool IsHostName(string? name, int minLabels = 2)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 253)
        {
            return false;
        }

        var labels = 0;
        foreach (var range in name.AsSpan().Split('.'))
        {
            var label = name.AsSpan(range);
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || label.ContainsAnyExcept(LdhCharacters))
            {
                return false;
            }

            labels++;
        }

        return labels >= minLabels;
    }

    /// <summary>Whether <paramref name="domainName"/> lies under one of <paramref name="zones"/> (a registry serves it).</summary>
    public static bool IsServed(string domainName, IReadOnlyList<string> zones) =>
        zones.Any(zone => domainName.Length > zone.Length + 1
                          && domainName.EndsWith(zone, StringComparison.OrdinalIgnoreCase)
                          && domainName[domainName.Length - zone.Length - 1] == '.');

    /// <summary>
    /// The second-level domain a host lies under when that domain is in one of <paramref name="zones"/>
    /// (<c>ns1.sub.example.com</c> → <c>example.com</c> for zone <c>com</c>); null for an external host.
    /// A multi-label zone (<c>co.uk</c>) takes the label before it.
    /// </summary>
    public static string? InZoneParent(string hostName, IReadOnlyList<string> zones)
    {
        string? best = null;
        foreach (var zone in zones)
        {
            if (hostName.Length > zone.Length + 1
                && hostName.EndsWith(zone, StringComparison.OrdinalIgnoreCase)
                && hostName[hostName.Length - zone.Length - 1] == '.'
                && (best is null || zone.Length > best.Length))
            {
                best = zone;
            }
        }

        if (best is null)
        {
            return null;
        }

        var rest = hostName.AsSpan(0, hostName.Length - best.Length - 1);
        var dot = rest.LastIndexOf('.');
        if (dot < 0)
        {
            // The host is itself a second-level name: it has no parent in the zone.
            return null;
        }

        return string.Concat(rest[(dot + 1)..], ".", best).ToLowerInvariant();
    }

    /// <summary>Whether any label is an ACE (<c>xn--</c>) label.</summary>
    public static bool HasAceLabel(string? name) =>
        name is not null && (name.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) || name.Contains(".xn--", StringComparison.OrdinalIgnoreCase));

    private static readonly System.Buffers.SearchValues<char> LdhCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
}
