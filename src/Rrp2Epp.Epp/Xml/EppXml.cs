using System.Text;
using System.Xml;

namespace Rrp2Epp.Epp.Xml;

/// <summary>
/// The XML settings every frame is written and read with, created once: UTF-8 without a BOM, no
/// indentation, no DTDs, no resolver.
/// </summary>
internal static class EppXml
{
    /// <summary>UTF-8 without a byte-order mark (RFC 5734 §4: senders should not send one).</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writer settings shared by every builder: fragment level, because one writer writes many frames
    /// (<see cref="EppWriterContext"/>), each with the declaration written before it.
    /// </summary>
    public static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = Utf8,
        ConformanceLevel = ConformanceLevel.Fragment,
        Indent = false,
        OmitXmlDeclaration = true,
        CloseOutput = false,
        CheckCharacters = true,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>Writer settings for redacted renderings (to a string; no declaration).</summary>
    public static readonly XmlWriterSettings TextWriterSettings = new()
    {
        Indent = false,
        OmitXmlDeclaration = true,
        CloseOutput = false,
        CheckCharacters = false,
        NewLineHandling = NewLineHandling.Entitize,
    };
}
