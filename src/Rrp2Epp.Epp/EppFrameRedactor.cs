using System.Globalization;
using System.Text;
using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp;

/// <summary>
/// Renders a frame for debug logs with every secret replaced by <c>***</c>: the text of login
/// <c>pw</c>/<c>newPW</c> and of anything inside an <c>authInfo</c> element, in any object namespace.
/// The frame is re-written through an XML reader and writer (never searched as text), so prefixes,
/// CDATA or entities cannot smuggle a secret past it. A frame that is not well formed is not shown
/// at all, since there is no safe way to tell where its secrets are.
/// </summary>
public static class EppFrameRedactor
{
    /// <summary>The redacted XML (without declaration or insignificant white space).</summary>
    public static string Redact(ReadOnlyMemory<byte> payload)
    {
        try
        {
            var builder = new StringBuilder(payload.Length + 16);
            using var input = new MemoryReadStream(payload);
            using (var reader = XmlReader.Create(input, EppSchemas.SecureReaderSettings))
            using (var writer = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), EppXml.TextWriterSettings))
            {
                Copy(reader, writer);
            }

            return builder.ToString();
        }
        catch (Exception e) when (e is XmlException or ArgumentException or InvalidOperationException or DecoderFallbackException)
        {
            return string.Create(CultureInfo.InvariantCulture, $"[not well-formed XML, {payload.Length} octets withheld]");
        }
    }

    /// <summary>The redacted XML of a frame given as text.</summary>
    public static string Redact(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Redact(EppXml.Utf8.GetBytes(xml));
    }

    private static void Copy(XmlReader reader, XmlWriter writer)
    {
        var secretDepth = -1;
        while (reader.Read())
        {
            var inSecret = secretDepth >= 0 && reader.Depth > secretDepth;
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    writer.WriteAttributes(reader, defattr: false);
                    var empty = reader.IsEmptyElement;
                    if (!empty && secretDepth < 0 && SecretElements.IsSecret(reader.NamespaceURI, reader.LocalName))
                    {
                        secretDepth = reader.Depth;
                    }

                    if (empty)
                    {
                        writer.WriteEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == secretDepth)
                    {
                        secretDepth = -1;
                    }

                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    writer.WriteString(inSecret ? EppSecret.Mask : reader.Value);
                    break;
                default:
                    break;
            }
        }
    }
}
