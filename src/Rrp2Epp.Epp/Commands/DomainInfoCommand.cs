using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>Which host data a <c>domain:info</c> returns (<c>name@hosts</c>, RFC 5731 §3.1.2).</summary>
public enum DomainInfoHosts
{
    /// <summary><c>all</c>: delegated and subordinate hosts (the default).</summary>
    All,

    /// <summary><c>del</c>: delegated hosts only.</summary>
    Delegated,

    /// <summary><c>sub</c>: subordinate hosts only.</summary>
    Subordinate,

    /// <summary><c>none</c>: no host data.</summary>
    None,
}

/// <summary><c>domain:info</c> (RFC 5731 §3.1.2).</summary>
/// <param name="Name">The domain name.</param>
public sealed record DomainInfoCommand(string Name) : EppCommand
{
    /// <summary>Which host information to return.</summary>
    public DomainInfoHosts Hosts { get; init; } = DomainInfoHosts.All;

    /// <summary>An authInfo that lets a non-sponsor see the full data.</summary>
    public EppSecret? AuthInfo { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.DomainInfo;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override IEnumerable<EppSecret> Secrets => AuthInfo is null ? [] : [AuthInfo];

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        if (!Enum.IsDefined(Hosts))
        {
            errors.Add($"{nameof(Hosts)} is not a defined value");
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string ns = EppNamespaces.Domain;
        writer.OpenObjectCommand("info", "domain", ns);
        writer.WriteStartElement("domain", "name", ns);
        writer.WriteAttributeString("hosts", Hosts switch
        {
            DomainInfoHosts.Delegated => "del",
            DomainInfoHosts.Subordinate => "sub",
            DomainInfoHosts.None => "none",
            _ => "all",
        });
        writer.WriteString(Name);
        writer.WriteEndElement();
        if (AuthInfo is not null)
        {
            writer.AuthInfo("domain", ns, AuthInfo);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
