namespace Rrp2Epp.Rrp;

/// <summary>RFC 2832's character classes (§7): printable-char, id-char, dns-char.</summary>
internal static class RrpText
{
    public const byte Space = (byte)' ';

    /// <summary>printable-char = %x20-7E: 7-bit, no control characters, no TAB.</summary>
    public static bool IsPrintable(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange(' ', '~');

    /// <summary>printable-char = %x20-7E over bytes.</summary>
    public static bool IsPrintable(ReadOnlySpan<byte> text) => !text.ContainsAnyExceptInRange((byte)' ', (byte)'~');

    public static bool IsLetterOrDigit(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9;

    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    public static bool IsHexDigit(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>id-word run: starts with a letter or digit, then letters, digits, '_' or '-'.</summary>
    public static bool IsIdWords(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || !IsLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var b in text)
        {
            if (!IsLetterOrDigit(b) && b is not (byte)'_' and not (byte)'-')
            {
                return false;
            }
        }

        return true;
    }
}
