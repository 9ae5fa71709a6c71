using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>domain:check</c> (RFC 5731 §3.1.1): availability of one or more names.</summary>
/// <param name="Names">The names to check (at least one).</param>
public sealed record DomainCheckCommand(IReadOnlyList<string> Names) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.DomainCheck;

    /// <inheritdoc />
    public override string? ObjectName => Names is { Count: > 0 } ? Names[0] : null;

    internal override void Validate(List<string> errors) => CommandChecks.Labels(errors, nameof(Names), Names);

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("check", "domain", EppNamespaces.Domain);
        foreach (var name in Names)
        {
            writer.Element("domain", "name", EppNamespaces.Domain, name);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
