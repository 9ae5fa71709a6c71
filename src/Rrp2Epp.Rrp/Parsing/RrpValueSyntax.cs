using System.Globalization;
using System.Net;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>How a value failed, in the categories of reference §5.3: token shape (505) or acceptability (541, 510).</summary>
internal enum ValueCheck : byte
{
    Ok,

    /// <summary>Does not match its token's shape: empty, over 128 characters, non-digits, not an IP address (505).</summary>
    Syntax,

    /// <summary>Well-formed but unacceptable: a bad host or domain name, an octet over 255, a period outside 1-99 (541).</summary>
    Invalid,
}

/// <summary>The value tokens of RFC 2832 §7 and RFC 3632 §2.3 over ASCII bytes, allocating only the results.</summary>
internal static class RrpValueSyntax
{
    /// <summary>attribute-value = 1*128printable-char.</summary>
    public const int MaxValueLength = 128;

    /// <summary>label = id-prefix [*61dns-char id-prefix]: 1-63 letters, digits and hyphens, no hyphen at either end.</summary>
    public const int MaxLabelLength = 63;

    /// <summary>
    /// A domain name (<paramref name="secondLevelOnly"/>: sldn, exactly two labels) or a server name (two or more).
    /// Empty or over 128 characters is a token-shape failure; anything else wrong is an invalid name (541), as
    /// RFC 2832 §5.1's text of 541 names "an invalid domain name, an invalid server name".
    /// </summary>
    public static ValueCheck CheckName(ReadOnlySpan<byte> value, bool secondLevelOnly)
    {
        if (value.IsEmpty || value.Length > MaxValueLength)
        {
            return ValueCheck.Syntax;
        }

        var labels = 0;
        var rest = value;
        while (true)
        {
            var dot = rest.IndexOf((byte)'.');
            var label = dot < 0 ? rest : rest[..dot];
            if (!IsLabel(label))
            {
                return ValueCheck.Invalid;
            }

            labels++;
            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        return labels < 2 || (secondLevelOnly && labels != 2) ? ValueCheck.Invalid : ValueCheck.Ok;
    }

    /// <summary>
    /// RFC 3632 §2.1's ACE check: every <c>xn--</c> label must decode to a non-empty, non-ASCII label that encodes back to
    /// itself. IdnMapping decodes <c>xn--a</c> to an invisible control character without complaint, hence the
    /// character check on top of the round trip.
    /// </summary>
    public static bool IsValidAce(ReadOnlySpan<byte> name)
    {
        foreach (var range in name.Split((byte)'.'))
        {
            var label = name[range];
            if (label.Length < 4 || !Ascii.EqualsIgnoreCase(label[..4], "xn--"u8))
            {
                continue;
            }

            var ace = Encoding.ASCII.GetString(label);
            try
            {
                var idn = new IdnMapping();
                var unicode = idn.GetUnicode(ace);
                if (unicode.Length == 0 || Ascii.IsValid(unicode) || !IsIdnLabelText(unicode)
                    || !string.Equals(idn.GetAscii(unicode), ace, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            catch (ArgumentException)
            {
                // IdnMapping reports undecodable punycode by throwing; for RRP that is simply a bad ACE (510).
                return false;
            }
        }

        return true;
    }

    // IdnMapping happily decodes "xn--a" to U+0080 (a C1 control) and round-trips it; IDNA2008 allows only letters,
    // marks, digits and the hyphen in a label, which this approximates by Unicode category.
    private static bool IsIdnLabelText(string unicode)
    {
        foreach (var rune in unicode.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var allowed = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
                || rune.Value == '-';
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// ip-address: a dotted quad, or on 2.0.0 an IPv6 address in RFC 3632's full or <c>::</c> form (no embedded IPv4,
    /// no zone). Octets over 255 and octets with a leading zero (octal in some parsers) are invalid values (541).
    /// </summary>
    public static ValueCheck ParseIpAddress(ReadOnlySpan<byte> value, RrpVersion version, out IPAddress? address)
    {
        address = null;
        if (value.Contains((byte)':'))
        {
            return version == RrpVersion.V2_0_0 ? ParseIPv6(value, out address) : ValueCheck.Syntax;
        }

        Span<byte> octets = stackalloc byte[4];
        var count = 0;
        var invalid = false;
        foreach (var range in value.Split((byte)'.'))
        {
            var part = value[range];
            if (count == 4 || part.Length is 0 or > 3 || !IsAllDigits(part))
            {
                return ValueCheck.Syntax;
            }

            var number = ParseDigits(part);
            invalid |= number > 255 || (part.Length > 1 && part[0] == '0');
            octets[count++] = (byte)number;
        }

        if (count != 4)
        {
            return ValueCheck.Syntax;
        }

        if (invalid)
        {
            return ValueCheck.Invalid;
        }

        address = new IPAddress(octets);
        return ValueCheck.Ok;
    }

    /// <summary>period = "1"-"9" / "10"-"99". Non-digits are a syntax failure (505), other numbers invalid (541).</summary>
    public static ValueCheck ParsePeriod(ReadOnlySpan<byte> value, out int period)
    {
        period = 0;
        if (value.IsEmpty || !IsAllDigits(value))
        {
            return ValueCheck.Syntax;
        }

        if (value.Length > 2 || value[0] == '0')
        {
            return ValueCheck.Invalid;
        }

        period = ParseDigits(value);
        return ValueCheck.Ok;
    }

    /// <summary>year = 4digit.</summary>
    public static ValueCheck ParseYear(ReadOnlySpan<byte> value, out int year)
    {
        year = 0;
        if (value.Length != 4 || !IsAllDigits(value))
        {
            return ValueCheck.Syntax;
        }

        year = ParseDigits(value);
        return ValueCheck.Ok;
    }

    /// <summary>password = 4*16printable-char (the line is already known to be printable).</summary>
    public static bool IsPassword(ReadOnlySpan<byte> value) => value.Length is >= 4 and <= 16;

    /// <summary>option-value = 1*128id-word, read as 1-128 characters (reference §4.8).</summary>
    public static bool IsRegistrarId(ReadOnlySpan<byte> value) => value.Length <= MaxValueLength && RrpText.IsIdWords(value);

    /// <summary>The AuthInfo extension: 6-64 printable characters without spaces, so it survives as an EPP token.</summary>
    public static bool IsAuthInfo(ReadOnlySpan<byte> value) => value.Length is >= 6 and <= 64 && !value.Contains(RrpText.Space);

    /// <summary>A lower-case string of ASCII bytes: names are case-insensitive and Net::DRI sends them upper-cased.</summary>
    public static string ToLowerString(ReadOnlySpan<byte> ascii) =>
        string.Create(ascii.Length, ascii, static (chars, bytes) => Ascii.ToLower(bytes, chars, out _));

    /// <summary>A string of ASCII bytes, case kept (IDs, passwords).</summary>
    public static string ToAsciiString(ReadOnlySpan<byte> ascii) => Encoding.ASCII.GetString(ascii);

    private static bool IsLabel(ReadOnlySpan<byte> label)
    {
        if (label.Length is 0 or > MaxLabelLength || !RrpText.IsLetterOrDigit(label[0]) || !RrpText.IsLetterOrDigit(label[^1]))
        {
            return false;
        }

        foreach (var b in label)
        {
            if (!RrpText.IsLetterOrDigit(b) && b != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static ValueCheck ParseIPv6(ReadOnlySpan<byte> value, out IPAddress? address)
    {
        address = null;
        Span<ushort> head = stackalloc ushort[8];
        Span<ushort> tail = stackalloc ushort[8];
        int headCount, tailCount = 0;
        var gap = value.IndexOf("::"u8);
        if (gap < 0)
        {
            if (!ParseGroups(value, head, out headCount) || headCount != 8)
            {
                return ValueCheck.Syntax;
            }
        }
        else
        {
            var after = value[(gap + 2)..];
            if (after.IndexOf("::"u8) >= 0
                || !ParseGroups(value[..gap], head, out headCount)
                || !ParseGroups(after, tail, out tailCount)
                || headCount + tailCount > 7)
            {
                return ValueCheck.Syntax;
            }
        }

        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        for (var i = 0; i < headCount; i++)
        {
            bytes[2 * i] = (byte)(head[i] >> 8);
            bytes[(2 * i) + 1] = (byte)head[i];
        }

        for (var i = 0; i < tailCount; i++)
        {
            var at = 8 - tailCount + i;
            bytes[2 * at] = (byte)(tail[i] >> 8);
            bytes[(2 * at) + 1] = (byte)tail[i];
        }

        address = new IPAddress(bytes);
        return ValueCheck.Ok;
    }

    // doubleoctet = 1*4hexdigit, separated by single colons; an empty text is zero groups (one side of "::").
    private static bool ParseGroups(ReadOnlySpan<byte> text, Span<ushort> groups, out int count)
    {
        count = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        foreach (var range in text.Split((byte)':'))
        {
            var part = text[range];
            if (count == groups.Length || part.Length is 0 or > 4)
            {
                return false;
            }

            var number = 0;
            foreach (var b in part)
            {
                if (!RrpText.IsHexDigit(b))
                {
                    return false;
                }

                number = (number << 4) | (RrpText.IsDigit(b) ? b - '0' : (b | 0x20) - 'a' + 10);
            }

            groups[count++] = (ushort)number;
        }

        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<byte> text) => !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    // Callers bound the length (at most 4 digits), so this cannot overflow.
    private static int ParseDigits(ReadOnlySpan<byte> digits)
    {
        var number = 0;
        foreach (var b in digits)
        {
            number = (number * 10) + (b - '0');
        }

        return number;
    }
}
