using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// An RGP restore request (RFC 3915 §4.2.5): a <c>domain:update</c> with an empty
/// <c>&lt;domain:chg/&gt;</c> and <c>&lt;rgp:restore op="request"/&gt;</c>. Success is 1000 with
/// <c>rgp:upData</c> showing <c>pendingRestore</c>.
/// </summary>
/// <param name="DomainName">The domain in redemptionPeriod.</param>
public sealed record RgpRestoreRequestCommand(string DomainName) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.RgpRestoreRequest;

    /// <inheritdoc />
    public override string? ObjectName => DomainName;

    internal override void Validate(List<string> errors) => CommandChecks.Label(errors, nameof(DomainName), DomainName);

    internal override void WriteBody(XmlWriter writer)
    {
        WriteEmptyUpdate(writer, DomainName);
        writer.WriteStartElement("extension", EppNamespaces.Epp);
        writer.WriteStartElement("rgp", "update", EppNamespaces.Rgp);
        writer.WriteStartElement("rgp", "restore", EppNamespaces.Rgp);
        writer.WriteAttributeString("op", "request");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The domain part of a restore: the name and an empty change (RFC 3915 allows no real change).</summary>
    internal static void WriteEmptyUpdate(XmlWriter writer, string domainName)
    {
        writer.OpenObjectCommand("update", "domain", EppNamespaces.Domain);
        writer.Element("domain", "name", EppNamespaces.Domain, domainName);
        writer.Empty("domain", "chg", EppNamespaces.Domain);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
