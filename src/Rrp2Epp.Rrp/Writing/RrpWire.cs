using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Low-level writing of RRP text into an <see cref="IBufferWriter{T}"/>: ASCII straight into the output, CRLF line
/// ends, and a guard that no value can smuggle in a line break (which would forge a <c>.</c> or a second command).
/// </summary>
internal static class RrpWire
{
    public static ReadOnlySpan<byte> CrLf => "\r\n"u8;

    public static ReadOnlySpan<byte> EndLine => ".\r\n"u8;

    public static void Raw(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    /// <summary>Writes printable ASCII text; anything else is a caller's bug.</summary>
    public static void Text(IBufferWriter<byte> output, ReadOnlySpan<char> text, string what)
    {
        Check(text, what);
        var span = output.GetSpan(text.Length);
        Ascii.FromUtf16(text, span, out _);
        output.Advance(text.Length);
    }

    /// <summary><c>prefix</c> (a literal such as <c>DomainName:</c>), the value, CRLF, with one buffer request.</summary>
    public static void Line(IBufferWriter<byte> output, ReadOnlySpan<byte> prefix, ReadOnlySpan<char> value, string what)
    {
        Check(value, what);
        var length = prefix.Length + value.Length + 2;
        var span = output.GetSpan(length);
        prefix.CopyTo(span);
        Ascii.FromUtf16(value, span[prefix.Length..], out _);
        span[length - 2] = (byte)'\r';
        span[length - 1] = (byte)'\n';
        output.Advance(length);
    }

    /// <summary><c>name:value</c> CRLF for a response attribute; the name may hold spaces but no colon.</summary>
    public static void Attribute(IBufferWriter<byte> output, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Check(name, "attribute name");
        if (name.Length == 0 || name.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("an attribute name must be non-empty and hold no ':'", nameof(name));
        }

        Check(value, "attribute value");
        var length = name.Length + value.Length + 3;
        var span = output.GetSpan(length);
        Ascii.FromUtf16(name, span, out _);
        span[name.Length] = (byte)':';
        Ascii.FromUtf16(value, span[(name.Length + 1)..], out _);
        span[length - 2] = (byte)'\r';
        span[length - 1] = (byte)'\n';
        output.Advance(length);
    }

    public static void Number(IBufferWriter<byte> output, int value)
    {
        var span = output.GetSpan(11);
        value.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>
    /// An address in a form RFC 3632's grammar accepts: dotted quad, or hex groups with the longest zero run as
    /// <c>::</c> (never the embedded-IPv4 form .NET prints for mapped addresses, never a zone).
    /// </summary>
    public static void Address(IBufferWriter<byte> output, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var span = output.GetSpan(40);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            address.TryFormat(span, out var written);
            output.Advance(written);
            return;
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        Span<int> groups = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            groups[i] = (bytes[2 * i] << 8) | bytes[(2 * i) + 1];
        }

        var (gapStart, gapLength) = LongestZeroRun(groups);
        var at = 0;
        for (var i = 0; i < 8; i++)
        {
            if (i == gapStart)
            {
                span[at++] = (byte)':';
                span[at++] = (byte)':';
                i += gapLength - 1;
                continue;
            }

            if (at > 0 && span[at - 1] != ':')
            {
                span[at++] = (byte)':';
            }

            groups[i].TryFormat(span[at..], out var written, "x", System.Globalization.CultureInfo.InvariantCulture);
            at += written;
        }

        output.Advance(at);
    }

    private static (int Start, int Length) LongestZeroRun(ReadOnlySpan<int> groups)
    {
        int bestStart = -1, bestLength = 1;
        for (var i = 0; i < groups.Length;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            var j = i;
            while (j < groups.Length && groups[j] == 0)
            {
                j++;
            }

            if (j - i > bestLength)
            {
                (bestStart, bestLength) = (i, j - i);
            }

            i = j;
        }

        return (bestStart, bestLength);
    }

    private static void Check(ReadOnlySpan<char> text, string what)
    {
        if (!RrpText.IsPrintable(text))
        {
            throw new ArgumentException($"{what} must be printable 7-bit ASCII without line breaks", what);
        }
    }
}
