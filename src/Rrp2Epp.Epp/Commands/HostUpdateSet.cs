namespace Rrp2Epp.Epp.Commands;

/// <summary>What a <c>host:update</c> adds (<c>host:add</c>) or removes (<c>host:rem</c>).</summary>
public sealed record HostUpdateSet
{
    /// <summary>Addresses to add or remove.</summary>
    public IReadOnlyList<HostAddress> Addresses { get; init; } = [];

    /// <summary>Statuses to add or remove.</summary>
    public IReadOnlyList<EppStatus> Statuses { get; init; } = [];
}
