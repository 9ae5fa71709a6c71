namespace Rrp2Epp.Epp;

/// <summary>
/// The <c>domain:ns</c> element: either host objects (<c>hostObj</c>, names of host objects that
/// exist at the registry) or host attributes (<c>hostAttr</c>), never both (RFC 5731 §1.1). Which
/// form a registry takes is a registry-profile decision.
/// </summary>
public sealed record DomainNameServers
{
    private DomainNameServers(IReadOnlyList<string> hostObjects, IReadOnlyList<DomainHostAttribute> hostAttributes)
    {
        HostObjects = hostObjects;
        HostAttributes = hostAttributes;
    }

    /// <summary>The host object names (empty when <see cref="UsesHostAttributes"/>).</summary>
    public IReadOnlyList<string> HostObjects { get; }

    /// <summary>The host attributes (empty unless <see cref="UsesHostAttributes"/>).</summary>
    public IReadOnlyList<DomainHostAttribute> HostAttributes { get; }

    /// <summary>True for the <c>hostAttr</c> form.</summary>
    public bool UsesHostAttributes => HostAttributes.Count > 0;

    /// <summary>The names of the name servers in either form.</summary>
    public IEnumerable<string> Names => UsesHostAttributes ? HostAttributes.Select(a => a.HostName) : HostObjects;

    /// <summary>Name servers as host objects.</summary>
    public static DomainNameServers FromHostObjects(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new DomainNameServers(names.ToArray(), []);
    }

    /// <summary>Name servers as host objects.</summary>
    public static DomainNameServers FromHostObjects(params string[] names) => FromHostObjects((IEnumerable<string>)names);

    /// <summary>Name servers as host attributes.</summary>
    public static DomainNameServers FromHostAttributes(IEnumerable<DomainHostAttribute> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return new DomainNameServers([], attributes.ToArray());
    }

    /// <summary>Name servers as host attributes.</summary>
    public static DomainNameServers FromHostAttributes(params DomainHostAttribute[] attributes) =>
        FromHostAttributes((IEnumerable<DomainHostAttribute>)attributes);

    /// <summary>The number of name servers.</summary>
    public int Count => UsesHostAttributes ? HostAttributes.Count : HostObjects.Count;
}
