namespace Rrp2Epp.Rrp;

/// <summary><c>check</c> / <c>EntityName:Domain</c>: availability a domain.</summary>
/// <param name="DomainName">The second-level name, lower case.</param>
public sealed record CheckDomainRequest(string DomainName) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Check;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
