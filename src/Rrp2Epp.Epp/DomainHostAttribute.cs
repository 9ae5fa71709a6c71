namespace Rrp2Epp.Epp;

/// <summary>A name server given as a host attribute (<c>domain:hostAttr</c>, RFC 5731 §1.1): a name and optional glue addresses.</summary>
/// <param name="HostName">The name server's name.</param>
/// <param name="Addresses">Its addresses (glue), empty for an external name server.</param>
public sealed record DomainHostAttribute(string HostName, IReadOnlyList<HostAddress> Addresses)
{
    /// <summary>A host attribute without addresses.</summary>
    public DomainHostAttribute(string hostName)
        : this(hostName, [])
    {
    }
}
