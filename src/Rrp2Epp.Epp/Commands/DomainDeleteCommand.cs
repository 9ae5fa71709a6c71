using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>domain:delete</c> (RFC 5731 §3.2.2). With RGP the answer is usually 1001 and the domain enters redemption.</summary>
/// <param name="Name">The domain name.</param>
public sealed record DomainDeleteCommand(string Name) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.DomainDelete;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override void Validate(List<string> errors) => CommandChecks.Label(errors, nameof(Name), Name);

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("delete", "domain", EppNamespaces.Domain);
        writer.Element("domain", "name", EppNamespaces.Domain, Name);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
