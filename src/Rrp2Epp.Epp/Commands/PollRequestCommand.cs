using System.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>&lt;poll op="req"/&gt;</c> (RFC 5730 §2.9.2.3): 1300 when the queue is empty, 1301 with the head message.</summary>
public sealed record PollRequestCommand : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.PollRequest;

    /// <inheritdoc />
    public override string? ObjectName => null;

    internal override void Validate(List<string> errors)
    {
    }

    internal override void WriteBody(XmlWriter writer)
    {
        writer.WriteStartElement("poll", EppNamespaces.Epp);
        writer.WriteAttributeString("op", "req");
        writer.WriteEndElement();
    }
}
