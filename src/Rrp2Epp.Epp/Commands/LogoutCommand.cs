using System.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>&lt;logout&gt;</c> (RFC 5730 §2.9.1.2): answered with 1500, after which the server closes.</summary>
public sealed record LogoutCommand : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.Logout;

    /// <inheritdoc />
    public override string? ObjectName => null;

    internal override void Validate(List<string> errors)
    {
    }

    internal override void WriteBody(XmlWriter writer)
    {
        writer.WriteStartElement("logout", EppNamespaces.Epp);
        writer.WriteEndElement();
    }
}
