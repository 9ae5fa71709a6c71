namespace Rrp2Epp.Epp.Commands;

/// <summary>What a <c>domain:update</c> changes (<c>domain:chg</c>).</summary>
public sealed record DomainChange
{
    /// <summary>The new registrant id; the empty string removes the registrant (the schema allows it).</summary>
    public string? Registrant { get; init; }

    /// <summary>The new authInfo password.</summary>
    public EppSecret? AuthInfo { get; init; }

    /// <summary>Removes the authInfo (<c>&lt;domain:null/&gt;</c>); cannot be combined with <see cref="AuthInfo"/>.</summary>
    public bool RemoveAuthInfo { get; init; }

    /// <summary>True when nothing changes (written as <c>&lt;domain:chg/&gt;</c>).</summary>
    public bool IsEmpty => Registrant is null && AuthInfo is null && !RemoveAuthInfo;
}
