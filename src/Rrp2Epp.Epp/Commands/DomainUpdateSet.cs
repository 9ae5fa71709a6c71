namespace Rrp2Epp.Epp.Commands;

/// <summary>What a <c>domain:update</c> adds (<c>domain:add</c>) or removes (<c>domain:rem</c>).</summary>
public sealed record DomainUpdateSet
{
    /// <summary>Name servers to add or remove (host objects or host attributes).</summary>
    public DomainNameServers? NameServers { get; init; }

    /// <summary>Contacts to add or remove.</summary>
    public IReadOnlyList<DomainContact> Contacts { get; init; } = [];

    /// <summary>Statuses to add or remove (clients may set only <c>client*</c> values; on removal only the value matters).</summary>
    public IReadOnlyList<EppStatus> Statuses { get; init; } = [];

    /// <summary>True when nothing is listed (it is then written as an empty element).</summary>
    public bool IsEmpty => NameServers is null && Contacts.Count == 0 && Statuses.Count == 0;
}
