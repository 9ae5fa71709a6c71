using System.Xml.Linq;

namespace Rrp2Epp.TestKit.Epp;

/// <summary>One frame a <see cref="ScriptedEppPeer"/> received, parsed for the script.</summary>
public sealed class EppPeerRequest
{
    private static readonly XNamespace Epp = "urn:ietf:params:xml:ns:epp-1.0";

    internal EppPeerRequest(int connection, int sequence, byte[] payload)
    {
        Connection = connection;
        Sequence = sequence;
        Payload = payload;
        Xml = System.Text.Encoding.UTF8.GetString(payload);
        try
        {
            Document = EppXmlAssert.Parse(Xml, "request");
        }
        catch (Xunit.Sdk.XunitException)
        {
            Document = null;
        }

        var root = Document?.Root;
        var command = root?.Element(Epp + "command");
        if (root?.Element(Epp + "hello") is not null)
        {
            Verb = "hello";
        }
        else if (command is not null)
        {
            var verb = command.Elements().FirstOrDefault();
            Verb = verb?.Name.LocalName ?? string.Empty;
            Operation = (string?)verb?.Attribute("op");
            ObjectElement = verb?.Elements().FirstOrDefault()?.Name;
            ClientTransactionId = (string?)command.Element(Epp + "clTRID");
        }
        else
        {
            Verb = string.Empty;
        }
    }

    /// <summary>Which accepted connection it came on (0 for the first).</summary>
    public int Connection { get; }

    /// <summary>Its position among all requests the peer received (0 for the first).</summary>
    public int Sequence { get; }

    /// <summary>The raw payload.</summary>
    public byte[] Payload { get; }

    /// <summary>The payload as text.</summary>
    public string Xml { get; }

    /// <summary>The parsed document (null when not well formed).</summary>
    public XDocument? Document { get; }

    /// <summary>The command element's local name (<c>login</c>, <c>check</c>, <c>transfer</c>…), or <c>hello</c>.</summary>
    public string Verb { get; }

    /// <summary>The <c>op</c> attribute of the command element (poll, transfer), if any.</summary>
    public string? Operation { get; }

    /// <summary>The object element under the command (e.g. {domain-1.0}check), if any.</summary>
    public XName? ObjectElement { get; }

    /// <summary>The clTRID, if any.</summary>
    public string? ClientTransactionId { get; }

    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Verb} {ObjectElement?.LocalName} {ClientTransactionId}";
}
