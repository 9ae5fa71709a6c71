namespace Rrp2Epp.Rrp;

/// <summary><c>restore</c> / <c>EntityName:Domain</c>: VeriSign's redemption restore (reference §4.11; not in the RFCs).</summary>
/// <param name="DomainName">The second-level name, lower case.</param>
public sealed record RestoreRequest(string DomainName) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Restore;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
