using System.Buffers;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Writes responses and the banner as RRP text: exact RFC code texts, CRLF line ends, the closing <c>.\r\n</c> that
/// clients search for (<c>\r\n.\r\n</c>). Writes straight into the output; no intermediate strings.
/// </summary>
public static class RrpResponseWriter
{
    /// <summary>Writes <c>code text[; reason]</c>, the attribute lines in order, and <c>.</c>.</summary>
    /// <exception cref="ArgumentException">An attribute or the reason is not printable 7-bit ASCII on one line.</exception>
    public static void Write(RrpResponse response, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(output);
        var codeLine = RrpResponseCodes.CodeLine(response.Code);
        if (response.Reason is null)
        {
            RrpWire.Raw(output, codeLine);
        }
        else
        {
            RrpWire.Raw(output, codeLine[..^2]);
            RrpWire.Raw(output, "; "u8);
            RrpWire.Line(output, default, response.Reason, "reason");
        }

        foreach (var attribute in ((RrpList<RrpAttribute>)response.Attributes).AsSpan())
        {
            RrpWire.Attribute(output, attribute.Name, attribute.Value);
        }

        RrpWire.Raw(output, RrpWire.EndLine);
    }

    /// <summary>Writes the banner's two lines and <c>.</c> (no response code: RFC 2832 §3).</summary>
    public static void Write(RrpBanner banner, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(banner);
        ArgumentNullException.ThrowIfNull(output);
        RrpWire.Text(output, banner.RegistryName, "registry name");
        RrpWire.Raw(output, Encoding.ASCII.GetBytes(RrpBanner.Marker));
        RrpWire.Line(output, default, banner.VersionText, "version");
        RrpWire.Line(output, default, banner.DateLine, "date line");
        RrpWire.Raw(output, RrpWire.EndLine);
    }

    /// <summary>The response as wire text (tests, tools).</summary>
    public static string WriteToString(RrpResponse response) => Encoding.ASCII.GetString(ToBytes(response));

    /// <summary>The banner as wire text (tests, tools).</summary>
    public static string WriteToString(RrpBanner banner)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        Write(banner, buffer);
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }

    /// <summary>The response as wire bytes.</summary>
    public static byte[] ToBytes(RrpResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(response, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
