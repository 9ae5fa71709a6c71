namespace Rrp2Epp.Rrp;

/// <summary><c>add</c> / <c>EntityName:Domain</c>: register a second-level domain with 0-13 name servers.</summary>
/// <param name="DomainName">The second-level name, lower case.</param>
/// <param name="Period">Years (1-99 by syntax), or null for the registry's default.</param>
/// <param name="NameServers">The delegation, 0-13 host names, lower case.</param>
public sealed record AddDomainRequest(string DomainName, int? Period, IReadOnlyList<string> NameServers) : RrpRequest
{
    /// <summary>The delegation, 0-13 host names, lower case.</summary>
    public IReadOnlyList<string> NameServers { get; init => field = RrpList<string>.From(value); } = RrpList<string>.From(NameServers);

    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Add;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
