using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// Builds RRP response attributes from registry data: time stamps in the profile's zone, addresses in RRP's forms
/// (IPv6 only for 2.0.0 listeners), and nothing a legacy client could not read (a value that is not printable ASCII
/// is left out and noted, since it could break the line format).
/// </summary>
internal sealed class RrpAttributes(TimeZoneInfo zone, RrpVersion version, Action<string> note)
{
    private readonly List<RrpAttribute> _attributes = [];

    public IReadOnlyList<RrpAttribute> List => _attributes;

    public RrpAttributes Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        if (value.Length == 0 || value.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            note($"attribute '{name}' left out: not printable ASCII");
            return this;
        }

        _attributes.Add(new RrpAttribute(name, value));
        return this;
    }

    public RrpAttributes Date(string name, DateTimeOffset? value) => value is { } v ? Add(name, RrpTimestamp.Format(v, zone)) : this;

    /// <summary>One line per address the listener can read; IPv6 on 1.1.0 listeners is left out and noted.</summary>
    public RrpAttributes Addresses(string name, IEnumerable<HostAddress> addresses)
    {
        foreach (var address in addresses)
        {
            if (!IPAddress.TryParse(address.Address, out var ip))
            {
                note($"address '{address.Address}' left out: not an IP address");
                continue;
            }

            if (ip.AddressFamily == AddressFamily.InterNetworkV6 && version == RrpVersion.V1_1_0)
            {
                note($"IPv6 address {Format(ip)} left out: RRP 1.1.0 has no IPv6 (RFC 3632 §2.3)");
                continue;
            }

            Add(name, Format(ip));
        }

        return this;
    }

    public RrpResponse Response(RrpResponseCode code) => new(code, _attributes);

    /// <summary>
    /// IPv4 dotted quad; IPv6 as RFC 3632 writes it: lower-case hex groups with the longest run of two or more zero
    /// groups as <c>::</c>, never the embedded-IPv4 form .NET prints for mapped addresses.
    /// </summary>
    public static string Format(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Span<int> groups = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            groups[i] = (bytes[2 * i] << 8) | bytes[(2 * i) + 1];
        }

        var (start, length) = (-1, 0);
        for (var i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            var j = i;
            while (j < 8 && groups[j] == 0)
            {
                j++;
            }

            if (j - i > length && j - i >= 2)
            {
                (start, length) = (i, j - i);
            }

            i = j;
        }

        var text = new StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            if (i == start)
            {
                text.Append("::");
                i += length - 1;
                continue;
            }

            if (text.Length > 0 && text[^1] != ':')
            {
                text.Append(':');
            }

            text.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
