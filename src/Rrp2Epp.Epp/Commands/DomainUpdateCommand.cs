using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>domain:update</c> (RFC 5731 §3.2.5): add/remove name servers, contacts and statuses; change registrant or authInfo.</summary>
/// <param name="Name">The domain name.</param>
public sealed record DomainUpdateCommand(string Name) : EppCommand
{
    /// <summary>What to add.</summary>
    public DomainUpdateSet? Add { get; init; }

    /// <summary>What to remove.</summary>
    public DomainUpdateSet? Remove { get; init; }

    /// <summary>What to change.</summary>
    public DomainChange? Change { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.DomainUpdate;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override IEnumerable<EppSecret> Secrets => Change?.AuthInfo is { } secret ? [secret] : [];

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        if (Add is null && Remove is null && Change is null)
        {
            errors.Add($"at least one of {nameof(Add)}, {nameof(Remove)} or {nameof(Change)} is required");
        }

        ValidateSet(errors, nameof(Add), Add);
        ValidateSet(errors, nameof(Remove), Remove);
        if (Change is not null)
        {
            if (Change.AuthInfo is not null && Change.RemoveAuthInfo)
            {
                errors.Add($"{nameof(Change)}.{nameof(DomainChange.AuthInfo)} and {nameof(DomainChange.RemoveAuthInfo)} exclude each other");
            }

            if (Change.Registrant is { Length: > 16 })
            {
                errors.Add($"{nameof(Change)}.{nameof(DomainChange.Registrant)} is longer than 16 characters");
            }
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        writer.OpenObjectCommand("update", "domain", EppNamespaces.Domain);
        writer.Element("domain", "name", EppNamespaces.Domain, Name);
        WriteSet(writer, "add", Add);
        WriteSet(writer, "rem", Remove);
        if (Change is not null)
        {
            WriteChange(writer, Change);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    internal static void WriteChange(XmlWriter writer, DomainChange change)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        writer.WriteStartElement(p, "chg", ns);
        if (change.Registrant is not null)
        {
            writer.Element(p, "registrant", ns, change.Registrant);
        }

        if (change.AuthInfo is not null)
        {
            writer.AuthInfo(p, ns, change.AuthInfo);
        }
        else if (change.RemoveAuthInfo)
        {
            writer.WriteStartElement(p, "authInfo", ns);
            writer.Empty(p, "null", ns);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void ValidateSet(List<string> errors, string field, DomainUpdateSet? set)
    {
        if (set is null)
        {
            return;
        }

        CommandChecks.NameServers(errors, field + "." + nameof(DomainUpdateSet.NameServers), set.NameServers);
        CommandChecks.Contacts(errors, field + "." + nameof(DomainUpdateSet.Contacts), set.Contacts);
        CommandChecks.Statuses(errors, field + "." + nameof(DomainUpdateSet.Statuses), set.Statuses);
        if (set.Statuses is { Count: > 11 })
        {
            errors.Add($"{field}.{nameof(DomainUpdateSet.Statuses)} holds more than the 11 statuses the schema allows");
        }
    }

    private static void WriteSet(XmlWriter writer, string localName, DomainUpdateSet? set)
    {
        if (set is null)
        {
            return;
        }

        writer.WriteStartElement("domain", localName, EppNamespaces.Domain);
        if (set.NameServers is not null)
        {
            writer.NameServers(set.NameServers);
        }

        foreach (var contact in set.Contacts)
        {
            writer.Contact(contact);
        }

        foreach (var status in set.Statuses)
        {
            writer.Status("domain", EppNamespaces.Domain, status);
        }

        writer.WriteEndElement();
    }
}
