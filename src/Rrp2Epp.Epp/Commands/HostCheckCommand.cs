using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>host:check</c> (RFC 5732 §3.1.1).</summary>
/// <param name="Names">The host names to check (at least one).</param>
public sealed record HostCheckCommand(IReadOnlyList<string> Names) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.HostCheck;

    /// <inheritdoc />
    public override string? ObjectName => Names is { Count: > 0 } ? Names[0] : null;

    internal override void Validate(List<string> errors) => CommandChecks.Labels(errors, nameof(Names), Names);

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("check", "host", EppNamespaces.Host);
        foreach (var name in Names)
        {
            writer.Element("host", "name", EppNamespaces.Host, name);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
