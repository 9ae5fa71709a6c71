using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>host:info</c> (RFC 5732 §3.1.2).</summary>
/// <param name="Name">The host name.</param>
public sealed record HostInfoCommand(string Name) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.HostInfo;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override void Validate(List<string> errors) => CommandChecks.Label(errors, nameof(Name), Name);

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("info", "host", EppNamespaces.Host);
        writer.Element("host", "name", EppNamespaces.Host, Name);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
