using System.Buffers.Binary;
using System.Text;
using System.Xml;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// Writes greetings and responses with <see cref="XmlWriter"/> straight into one reusable buffer
/// per session, with the RFC 5734 length header in front, so a frame goes out in a single write.
/// </summary>
internal sealed class SandboxResponseWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        CloseOutput = false,
        OmitXmlDeclaration = false,
        CheckCharacters = true,
    };

    private readonly MemoryStream _buffer = new(4096);

    /// <summary>The greeting (RFC 5730 §2.4): services as announced, svDate now.</summary>
    public ReadOnlyMemory<byte> Greeting(string serverId, DateTimeOffset now, IReadOnlyList<string> objectUris, IReadOnlyList<string> extensionUris)
    {
        using (var w = Begin())
        {
            w.WriteStartElement("greeting", EppNamespaces.Epp);
            w.WriteElementString("svID", EppNamespaces.Epp, serverId);
            w.WriteElementString("svDate", EppNamespaces.Epp, EppDates.Format(now));
            w.WriteStartElement("svcMenu", EppNamespaces.Epp);
            w.WriteElementString("version", EppNamespaces.Epp, "1.0");
            w.WriteElementString("lang", EppNamespaces.Epp, "en");
            foreach (var uri in objectUris)
            {
                w.WriteElementString("objURI", EppNamespaces.Epp, uri);
            }

            if (extensionUris.Count > 0)
            {
                w.WriteStartElement("svcExtension", EppNamespaces.Epp);
                foreach (var uri in extensionUris)
                {
                    w.WriteElementString("extURI", EppNamespaces.Epp, uri);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteStartElement("dcp", EppNamespaces.Epp);
            w.WriteStartElement("access", EppNamespaces.Epp);
            w.WriteElementString("all", EppNamespaces.Epp, null);
            w.WriteEndElement();
            w.WriteStartElement("statement", EppNamespaces.Epp);
            w.WriteStartElement("purpose", EppNamespaces.Epp);
            w.WriteElementString("admin", EppNamespaces.Epp, null);
            w.WriteElementString("prov", EppNamespaces.Epp, null);
            w.WriteEndElement();
            w.WriteStartElement("recipient", EppNamespaces.Epp);
            w.WriteElementString("ours", EppNamespaces.Epp, null);
            w.WriteElementString("public", EppNamespaces.Epp, null);
            w.WriteEndElement();
            w.WriteStartElement("retention", EppNamespaces.Epp);
            w.WriteElementString("stated", EppNamespaces.Epp, null);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return End();
    }

    /// <summary>A response (RFC 5730 §2.6): result, msgQ, resData, extension, trID, in schema order.</summary>
    public ReadOnlyMemory<byte> Response(SandboxResult result, string? clTrid, string svTrid, int queueCount, long? queueHead)
    {
        using (var w = Begin())
        {
            w.WriteStartElement("response", EppNamespaces.Epp);
            w.WriteStartElement("result", EppNamespaces.Epp);
            w.WriteAttributeString("code", ((int)result.Code).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteElementString("msg", EppNamespaces.Epp, result.Code.StandardMessage());
            foreach (var error in result.Errors)
            {
                error.Write(w);
            }

            w.WriteEndElement();
            if (result.PollMessage is { } message)
            {
                w.WriteStartElement("msgQ", EppNamespaces.Epp);
                WriteQueueAttributes(w, queueCount, message.Id);
                w.WriteElementString("qDate", EppNamespaces.Epp, EppDates.Format(message.QueuedAt));
                w.WriteElementString("msg", EppNamespaces.Epp, message.Text);
                w.WriteEndElement();
            }
            else if (queueCount > 0 && queueHead is { } head)
            {
                w.WriteStartElement("msgQ", EppNamespaces.Epp);
                WriteQueueAttributes(w, queueCount, head);
                w.WriteEndElement();
            }

            if (result.ResData is { } data)
            {
                w.WriteStartElement("resData", EppNamespaces.Epp);
                data.Write(w);
                w.WriteEndElement();
            }

            if (result.Extension is { } extension)
            {
                w.WriteStartElement("extension", EppNamespaces.Epp);
                extension.Write(w);
                w.WriteEndElement();
            }

            w.WriteStartElement("trID", EppNamespaces.Epp);
            if (clTrid is not null)
            {
                w.WriteElementString("clTRID", EppNamespaces.Epp, clTrid);
            }

            w.WriteElementString("svTRID", EppNamespaces.Epp, svTrid);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return End();
    }

    private static void WriteQueueAttributes(XmlWriter w, int count, long id)
    {
        w.WriteAttributeString("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private XmlWriter Begin()
    {
        _buffer.SetLength(EppFraming.HeaderLength);
        _buffer.Position = EppFraming.HeaderLength;
        var w = XmlWriter.Create(_buffer, Settings);
        w.WriteStartDocument(false);
        w.WriteStartElement("epp", EppNamespaces.Epp);
        return w;
    }

    /// <summary>The whole data unit (header included); valid until the next write.</summary>
    private ReadOnlyMemory<byte> End()
    {
        var length = (int)_buffer.Length;
        var bytes = _buffer.GetBuffer();
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)length);
        return new ReadOnlyMemory<byte>(bytes, 0, length);
    }
}
