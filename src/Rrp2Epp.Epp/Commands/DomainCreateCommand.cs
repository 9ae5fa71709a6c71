using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>domain:create</c> (RFC 5731 §3.2.1). The authInfo is required by the schema.</summary>
/// <param name="Name">The domain name.</param>
/// <param name="AuthInfo">The new domain's authInfo password.</param>
public sealed record DomainCreateCommand(string Name, EppSecret AuthInfo) : EppCommand
{
    /// <summary>The registration period; the registry's default when null.</summary>
    public EppPeriod? Period { get; init; }

    /// <summary>Name servers, as host objects or host attributes.</summary>
    public DomainNameServers? NameServers { get; init; }

    /// <summary>The registrant contact id (thick registries).</summary>
    public string? Registrant { get; init; }

    /// <summary>Admin/billing/tech contacts (thick registries).</summary>
    public IReadOnlyList<DomainContact> Contacts { get; init; } = [];

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.DomainCreate;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override IEnumerable<EppSecret> Secrets => AuthInfo is null ? [] : [AuthInfo];

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        CommandChecks.Secret(errors, nameof(AuthInfo), AuthInfo, required: true);
        CommandChecks.Period(errors, nameof(Period), Period);
        CommandChecks.NameServers(errors, nameof(NameServers), NameServers);
        if (Registrant is not null)
        {
            CommandChecks.ClientId(errors, nameof(Registrant), Registrant);
        }

        CommandChecks.Contacts(errors, nameof(Contacts), Contacts);
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        writer.OpenObjectCommand("create", p, ns);
        writer.Element(p, "name", ns, Name);
        if (Period is { } period)
        {
            writer.Period(p, ns, period);
        }

        if (NameServers is not null)
        {
            writer.NameServers(NameServers);
        }

        if (Registrant is not null)
        {
            writer.Element(p, "registrant", ns, Registrant);
        }

        foreach (var contact in Contacts)
        {
            writer.Contact(contact);
        }

        writer.AuthInfo(p, ns, AuthInfo);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
