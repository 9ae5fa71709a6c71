using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>contact:info</c> (RFC 5733 §3.1.2).</summary>
/// <param name="Id">The contact identifier.</param>
public sealed record ContactInfoCommand(string Id) : EppCommand
{
    /// <summary>The contact's authInfo, for a client that does not sponsor it.</summary>
    public EppSecret? AuthInfo { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.ContactInfo;

    /// <inheritdoc />
    public override string? ObjectName => Id;

    internal override IEnumerable<EppSecret> Secrets => AuthInfo is null ? [] : [AuthInfo];

    internal override void Validate(List<string> errors) => CommandChecks.ClientId(errors, nameof(Id), Id);

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("info", "contact", EppNamespaces.Contact);
        writer.Element("contact", "id", EppNamespaces.Contact, Id);
        if (AuthInfo is not null)
        {
            writer.AuthInfo("contact", EppNamespaces.Contact, AuthInfo);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
