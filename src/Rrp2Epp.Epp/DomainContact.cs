namespace Rrp2Epp.Epp;

/// <summary>The role of a domain contact (<c>domain:contact@type</c>, RFC 5731 §2.2).</summary>
public enum DomainContactType
{
    /// <summary><c>admin</c>.</summary>
    Admin,

    /// <summary><c>billing</c>.</summary>
    Billing,

    /// <summary><c>tech</c>.</summary>
    Tech,
}

/// <summary>A contact handle attached to a domain in one role.</summary>
/// <param name="Id">The contact identifier (3-16 characters).</param>
/// <param name="Type">The role.</param>
public sealed record DomainContact(string Id, DomainContactType Type)
{
    /// <summary>The wire token of <see cref="Type"/>.</summary>
    public string TypeToken => Type switch
    {
        DomainContactType.Admin => "admin",
        DomainContactType.Billing => "billing",
        _ => "tech",
    };
}
