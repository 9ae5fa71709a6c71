namespace Rrp2Epp.Rrp;

/// <summary>
/// RRP's time-stamp (RFC 2832 §7): <c>YYYY-MM-DD HH:MM:SS.S</c> in the registry's local time, with no zone on the wire
/// (§9). Written with <c>.0</c> always, as Net::DRI parses <c>%S.0</c> literally.
/// </summary>
public static class RrpTimestamp
{
    /// <summary>The length of a time stamp: 21 characters.</summary>
    public const int Length = 21;

    /// <summary>Formats an instant as local time in <paramref name="zone"/>, e.g. <c>2009-09-22 10:27:00.0</c>.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteTo(instant, zone, bytes);
        return System.Text.Encoding.ASCII.GetString(bytes);
    }

    /// <summary>Writes the 21 ASCII bytes of <see cref="Format"/> into <paramref name="destination"/>.</summary>
    public static bool TryFormat(DateTimeOffset instant, TimeZoneInfo zone, Span<byte> destination, out int written)
    {
        if (destination.Length < Length)
        {
            written = 0;
            return false;
        }

        WriteTo(instant, zone, destination);
        written = Length;
        return true;
    }

    /// <summary>
    /// Reads a time stamp as local time in <paramref name="zone"/> (client side). False for another layout or for a
    /// local time the zone skips (spring forward); an ambiguous time (fall back) takes the zone's standard offset.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        instant = default;
        if (text.Length != Length || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':' || text[19] != '.')
        {
            return false;
        }

        if (!Number(text, 0, 4, out var year) || !Number(text, 5, 2, out var month) || !Number(text, 8, 2, out var day)
            || !Number(text, 11, 2, out var hour) || !Number(text, 14, 2, out var minute) || !Number(text, 17, 2, out var second)
            || !Number(text, 20, 1, out var tenth))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, tenth * 100, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }

    private static void WriteTo(DateTimeOffset instant, TimeZoneInfo zone, Span<byte> d)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        Digits(d, 0, 4, local.Year);
        d[4] = (byte)'-';
        Digits(d, 5, 2, local.Month);
        d[7] = (byte)'-';
        Digits(d, 8, 2, local.Day);
        d[10] = (byte)' ';
        Digits(d, 11, 2, local.Hour);
        d[13] = (byte)':';
        Digits(d, 14, 2, local.Minute);
        d[16] = (byte)':';
        Digits(d, 17, 2, local.Second);
        d[19] = (byte)'.';
        d[20] = (byte)'0';
    }

    private static void Digits(Span<byte> destination, int at, int count, int value)
    {
        for (var i = at + count - 1; i >= at; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool Number(ReadOnlySpan<char> text, int at, int count, out int value)
    {
        value = 0;
        foreach (var c in text.Slice(at, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
