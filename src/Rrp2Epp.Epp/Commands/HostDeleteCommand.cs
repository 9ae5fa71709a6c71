using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>host:delete</c> (RFC 5732 §3.2.2). Refused with 2305 while the host is linked.</summary>
/// <param name="Name">The host name.</param>
public sealed record HostDeleteCommand(string Name) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.HostDelete;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override void Validate(List<string> errors) => CommandChecks.Label(errors, nameof(Name), Name);

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("delete", "host", EppNamespaces.Host);
        writer.Element("host", "name", EppNamespaces.Host, Name);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
