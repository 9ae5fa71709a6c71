using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>contact:check</c> (RFC 5733 §3.1.1).</summary>
/// <param name="Ids">The contact identifiers to check (at least one).</param>
public sealed record ContactCheckCommand(IReadOnlyList<string> Ids) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.ContactCheck;

    /// <inheritdoc />
    public override string? ObjectName => Ids is { Count: > 0 } ? Ids[0] : null;

    internal override void Validate(List<string> errors)
    {
        if (Ids is null || Ids.Count == 0)
        {
            errors.Add($"{nameof(Ids)} needs at least one entry");
            return;
        }

        for (var i = 0; i < Ids.Count; i++)
        {
            CommandChecks.ClientId(errors, $"{nameof(Ids)}[{i}]", Ids[i]);
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("check", "contact", EppNamespaces.Contact);
        foreach (var id in Ids)
        {
            writer.Element("contact", "id", EppNamespaces.Contact, id);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
