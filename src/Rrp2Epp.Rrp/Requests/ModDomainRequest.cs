namespace Rrp2Epp.Rrp;

/// <summary><c>mod</c> / <c>EntityName:Domain</c>: add, remove or replace name servers and statuses.</summary>
/// <param name="DomainName">The second-level name, lower case.</param>
/// <param name="NameServers">Delegation edits in request order, names lower case.</param>
/// <param name="Statuses">Status edits in request order.</param>
public sealed record ModDomainRequest(string DomainName, IReadOnlyList<RrpEdit<string>> NameServers, IReadOnlyList<RrpEdit<RrpStatus>> Statuses) : RrpRequest
{
    /// <summary>Delegation edits in request order, names lower case.</summary>
    public IReadOnlyList<RrpEdit<string>> NameServers { get; init => field = RrpList<RrpEdit<string>>.From(value); } = RrpList<RrpEdit<string>>.From(NameServers);

    /// <summary>Status edits in request order.</summary>
    public IReadOnlyList<RrpEdit<RrpStatus>> Statuses { get; init => field = RrpList<RrpEdit<RrpStatus>>.From(value); } = RrpList<RrpEdit<RrpStatus>>.From(Statuses);

    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Mod;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
