namespace Rrp2Epp.Rrp;

/// <summary><c>status</c> / <c>EntityName:Domain</c>: read a domain.</summary>
/// <param name="DomainName">The second-level name, lower case.</param>
public sealed record StatusDomainRequest(string DomainName) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Status;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
