using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>host:create</c> (RFC 5732 §3.2.1). Addresses are needed for in-zone (glue) hosts only.</summary>
/// <param name="Name">The host name.</param>
public sealed record HostCreateCommand(string Name) : EppCommand
{
    /// <summary>The host's addresses.</summary>
    public IReadOnlyList<HostAddress> Addresses { get; init; } = [];

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.HostCreate;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        CommandChecks.Addresses(errors, nameof(Addresses), Addresses);
    }

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("create", "host", EppNamespaces.Host);
        writer.Element("host", "name", EppNamespaces.Host, Name);
        foreach (var address in Addresses)
        {
            writer.HostAddress("host", "addr", EppNamespaces.Host, address);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
