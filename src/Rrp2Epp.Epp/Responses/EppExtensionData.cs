namespace Rrp2Epp.Epp.Responses;

/// <summary>A child of a response's <c>&lt;extension&gt;</c>. Unknown extensions are tolerated and kept by name.</summary>
public abstract record EppExtensionData
{
    private protected EppExtensionData()
    {
    }
}

/// <summary>An extension element this library does not read.</summary>
/// <param name="NamespaceUri">Its namespace URI.</param>
/// <param name="LocalName">Its local name.</param>
public sealed record UnknownExtensionData(string NamespaceUri, string LocalName) : EppExtensionData;

/// <summary><c>rgp:infData</c> (RFC 3915 §4.1.2): the grace-period statuses of a domain info.</summary>
/// <param name="Statuses">The rgpStatus values.</param>
public sealed record RgpInfoData(IReadOnlyList<EppStatus> Statuses) : EppExtensionData
{
    /// <summary>True when the domain has the RGP status <paramref name="value"/>.</summary>
    public bool Has(string value) => Statuses.Any(s => string.Equals(s.Value, value, StringComparison.Ordinal));
}

/// <summary><c>rgp:upData</c> (RFC 3915 §4.2.5): the RGP status after a restore request (<c>pendingRestore</c>).</summary>
/// <param name="Statuses">The rgpStatus values.</param>
public sealed record RgpUpdateData(IReadOnlyList<EppStatus> Statuses) : EppExtensionData
{
    /// <summary>True when the domain has the RGP status <paramref name="value"/>.</summary>
    public bool Has(string value) => Statuses.Any(s => string.Equals(s.Value, value, StringComparison.Ordinal));
}
