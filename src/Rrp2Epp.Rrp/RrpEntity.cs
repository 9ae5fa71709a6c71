namespace Rrp2Epp.Rrp;

/// <summary>The object an entity block names with <c>EntityName:</c>.</summary>
public enum RrpEntity
{
    /// <summary><c>EntityName:Domain</c>.</summary>
    Domain,

    /// <summary><c>EntityName:NameServer</c>.</summary>
    NameServer,
}
