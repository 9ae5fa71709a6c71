using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;

namespace Rrp2Epp.TestKit.Epp;

/// <summary>What a <see cref="ScriptedEppPeer"/> does with one request.</summary>
public sealed class EppPeerReply
{
    private static readonly XNamespace Epp = "urn:ietf:params:xml:ns:epp-1.0";

    private EppPeerReply()
    {
    }

    internal Func<EppPeerRequest, byte[]>? Bytes { get; private init; }

    internal bool CloseAfter { get; private init; }

    internal bool StallForever { get; private init; }

    /// <summary>Answers with an example frame (see <see cref="EppExamples"/>), its clTRID replaced by the request's.</summary>
    public static EppPeerReply Example(string name, bool closeAfter = false) => Response(EppExamples.Read(name), closeAfter);

    /// <summary>Answers with this XML, its <c>trID/clTRID</c> replaced by the request's (removed when the request had none).</summary>
    public static EppPeerReply Response(string xml, bool closeAfter = false) =>
        new() { Bytes = request => Frame(EchoClientTransactionId(xml, request.ClientTransactionId)), CloseAfter = closeAfter };

    /// <summary>Answers with this XML exactly as given.</summary>
    public static EppPeerReply Verbatim(string xml, bool closeAfter = false) =>
        new() { Bytes = _ => Frame(Encoding.UTF8.GetBytes(xml)), CloseAfter = closeAfter };

    /// <summary>Writes these octets as they are (header included or not: for broken framing).</summary>
    public static EppPeerReply Raw(byte[] octets, bool closeAfter = false) => new() { Bytes = _ => octets, CloseAfter = closeAfter };

    /// <summary>Never answers, keeping the connection open until the peer is disposed.</summary>
    public static EppPeerReply Stall { get; } = new() { StallForever = true };

    /// <summary>Closes the connection without answering.</summary>
    public static EppPeerReply Close { get; } = new() { CloseAfter = true };

    /// <summary>The RFC 5734 data unit for a payload.</summary>
    public static byte[] Frame(byte[] payload)
    {
        var frame = new byte[payload.Length + 4];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)frame.Length);
        payload.CopyTo(frame, 4);
        return frame;
    }

    /// <summary>The XML with its clTRID set to <paramref name="clientTransactionId"/>, as UTF-8.</summary>
    public static byte[] EchoClientTransactionId(string xml, string? clientTransactionId)
    {
        var doc = EppXmlAssert.Parse(xml, "reply");
        var trId = doc.Root?.Element(Epp + "response")?.Element(Epp + "trID");
        var clTrid = trId?.Element(Epp + "clTRID");
        if (trId is not null)
        {
            if (clientTransactionId is null)
            {
                clTrid?.Remove();
            }
            else if (clTrid is null)
            {
                trId.AddFirst(new XElement(Epp + "clTRID", clientTransactionId));
            }
            else
            {
                clTrid.Value = clientTransactionId;
            }
        }

        return Encoding.UTF8.GetBytes(doc.Declaration + doc.ToString(SaveOptions.DisableFormatting));
    }
}
