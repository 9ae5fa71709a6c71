namespace Rrp2Epp.Rrp;

/// <summary><c>del</c> / <c>EntityName:Domain</c>: delete a domain.</summary>
/// <param name="DomainName">The second-level name, lower case.</param>
public sealed record DelDomainRequest(string DomainName) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Del;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
