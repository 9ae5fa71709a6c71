using System.Globalization;

namespace Rrp2Epp.Rrp;

/// <summary>
/// The greeting a server sends on connect (RFC 2832 §3): <c>&lt;registry&gt; RRP Server version &lt;x.y.z&gt;</c>,
/// a build date line in Unix <c>date</c> layout, then <c>.</c>. No response code.
/// </summary>
/// <param name="RegistryName">The registry's name, e.g. <c>NSI</c>.</param>
/// <param name="VersionText">The version as written, e.g. <c>1.1.0</c>.</param>
/// <param name="DateLine">The second line, e.g. <c>Mon Oct 25 20:20:34 EDT 1999</c>.</param>
public sealed record RrpBanner(string RegistryName, string VersionText, string DateLine)
{
    /// <summary>The text between the registry name and the version on line one.</summary>
    public const string Marker = " RRP Server version ";

    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The version when it is one this codec knows.</summary>
    public RrpVersion? Version => RrpVersions.TryParse(VersionText, out var version) ? version : null;

    /// <summary>The banner for a listener of <paramref name="version"/>, dated <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static RrpBanner Create(string registryName, RrpVersion version, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(registryName);
        return new RrpBanner(registryName, version.ToText(), FormatDateLine(now, zone));
    }

    /// <summary>
    /// Unix <c>date</c>'s default layout (<c>%a %b %e %H:%M:%S %Z %Y</c>, day space-padded): <c>Mon Oct 25 20:20:34 EDT 1999</c>.
    /// The zone abbreviation is the zone's standard or daylight name when that is a short token (EST/EDT on Linux),
    /// else <c>UTC</c> or a numeric offset such as <c>+0530</c>.
    /// </summary>
    public static string FormatDateLine(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var invariant = CultureInfo.InvariantCulture;
        return string.Create(invariant, $"{Days[(int)local.DayOfWeek]} {Months[local.Month - 1]} {local.Day,2} {local.Hour:D2}:{local.Minute:D2}:{local.Second:D2} {ZoneAbbreviation(zone, local)} {local.Year:D4}");
    }

    /// <summary>The two lines as written (without the final <c>.</c>).</summary>
    public override string ToString() => $"{RegistryName}{Marker}{VersionText} / {DateLine}";

    private static string ZoneAbbreviation(TimeZoneInfo zone, DateTimeOffset local)
    {
        var name = zone.IsDaylightSavingTime(local) ? zone.DaylightName : zone.StandardName;
        if (name.Length is > 0 and <= 8 && !name.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            return name;
        }

        var offset = local.Offset;
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{offset.Hours:D2}{offset.Minutes:D2}");
    }
}
