using System.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>&lt;poll op="ack" msgID="…"/&gt;</c>: removes the message from the queue.</summary>
/// <param name="MessageId">The <c>msgQ@id</c> of the message (an opaque token).</param>
public sealed record PollAckCommand(string MessageId) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.PollAck;

    /// <inheritdoc />
    public override string? ObjectName => MessageId;

    internal override void Validate(List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(MessageId))
        {
            errors.Add($"{nameof(MessageId)} is required");
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        writer.WriteStartElement("poll", EppNamespaces.Epp);
        writer.WriteAttributeString("op", "ack");
        writer.WriteAttributeString("msgID", MessageId);
        writer.WriteEndElement();
    }
}
