using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>contact:create</c> (RFC 5733 §3.2.1), for thick registries.</summary>
/// <param name="Id">The new contact's identifier (3-16 characters).</param>
/// <param name="PostalInfo">One or two postal-info forms (int and/or loc).</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="AuthInfo">The contact's authInfo password (required).</param>
public sealed record ContactCreateCommand(string Id, IReadOnlyList<ContactPostalInfo> PostalInfo, string Email, EppSecret AuthInfo) : EppCommand
{
    /// <summary>The voice number.</summary>
    public ContactPhone? Voice { get; init; }

    /// <summary>The fax number.</summary>
    public ContactPhone? Fax { get; init; }

    /// <summary>A disclosure preference.</summary>
    public ContactDisclose? Disclose { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.ContactCreate;

    /// <inheritdoc />
    public override string? ObjectName => Id;

    internal override IEnumerable<EppSecret> Secrets => AuthInfo is null ? [] : [AuthInfo];

    internal override void Validate(List<string> errors)
    {
        CommandChecks.ClientId(errors, nameof(Id), Id);
        CommandChecks.Secret(errors, nameof(AuthInfo), AuthInfo, required: true);
        if (string.IsNullOrWhiteSpace(Email))
        {
            errors.Add($"{nameof(Email)} is required");
        }

        if (PostalInfo is null || PostalInfo.Count is < 1 or > 2)
        {
            errors.Add($"{nameof(PostalInfo)} needs one or two entries");
            return;
        }

        for (var i = 0; i < PostalInfo.Count; i++)
        {
            var info = PostalInfo[i];
            if (info is null || string.IsNullOrWhiteSpace(info.Name))
            {
                errors.Add($"{nameof(PostalInfo)}[{i}].{nameof(ContactPostalInfo.Name)} is required");
                continue;
            }

            if (info.Address is null || string.IsNullOrWhiteSpace(info.Address.City) || info.Address.CountryCode?.Length != 2)
            {
                errors.Add($"{nameof(PostalInfo)}[{i}].{nameof(ContactPostalInfo.Address)} needs a city and a two-letter country code");
            }
            else if (info.Address.Street is null || info.Address.Street.Count > 3)
            {
                errors.Add($"{nameof(PostalInfo)}[{i}].{nameof(ContactPostalInfo.Address)} allows up to three street lines");
            }
        }

        if (PostalInfo.Count == 2 && PostalInfo[0]?.Type == PostalInfo[1]?.Type)
        {
            errors.Add($"{nameof(PostalInfo)} may hold each form (int, loc) once");
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string p = "contact";
        const string ns = EppNamespaces.Contact;
        writer.OpenObjectCommand("create", p, ns);
        writer.Element(p, "id", ns, Id);
        foreach (var info in PostalInfo)
        {
            writer.WriteStartElement(p, "postalInfo", ns);
            writer.WriteAttributeString("type", info.TypeToken);
            writer.Element(p, "name", ns, info.Name);
            if (info.Organization is not null)
            {
                writer.Element(p, "org", ns, info.Organization);
            }

            writer.WriteStartElement(p, "addr", ns);
            foreach (var street in info.Address.Street)
            {
                writer.Element(p, "street", ns, street);
            }

            writer.Element(p, "city", ns, info.Address.City);
            if (info.Address.StateOrProvince is not null)
            {
                writer.Element(p, "sp", ns, info.Address.StateOrProvince);
            }

            if (info.Address.PostalCode is not null)
            {
                writer.Element(p, "pc", ns, info.Address.PostalCode);
            }

            writer.Element(p, "cc", ns, info.Address.CountryCode);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        WritePhone(writer, "voice", Voice);
        WritePhone(writer, "fax", Fax);
        writer.Element(p, "email", ns, Email);
        writer.AuthInfo(p, ns, AuthInfo);
        if (Disclose is not null)
        {
            WriteDisclose(writer, Disclose);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WritePhone(XmlWriter writer, string localName, ContactPhone? phone)
    {
        if (phone is null)
        {
            return;
        }

        writer.WriteStartElement("contact", localName, EppNamespaces.Contact);
        if (phone.Extension is not null)
        {
            writer.WriteAttributeString("x", phone.Extension);
        }

        writer.WriteString(phone.Number);
        writer.WriteEndElement();
    }

    private static void WriteDisclose(XmlWriter writer, ContactDisclose disclose)
    {
        const string p = "contact";
        const string ns = EppNamespaces.Contact;
        writer.WriteStartElement(p, "disclose", ns);
        writer.WriteAttributeString("flag", disclose.Flag ? "1" : "0");
        foreach (var (localName, types) in new[] { ("name", disclose.Name), ("org", disclose.Organization), ("addr", disclose.Address) })
        {
            foreach (var type in types)
            {
                writer.WriteStartElement(p, localName, ns);
                writer.WriteAttributeString("type", type == ContactPostalInfoType.Localized ? "loc" : "int");
                writer.WriteEndElement();
            }
        }

        if (disclose.Voice)
        {
            writer.Empty(p, "voice", ns);
        }

        if (disclose.Fax)
        {
            writer.Empty(p, "fax", ns);
        }

        if (disclose.Email)
        {
            writer.Empty(p, "email", ns);
        }

        writer.WriteEndElement();
    }
}
