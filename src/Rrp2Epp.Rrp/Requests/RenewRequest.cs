namespace Rrp2Epp.Rrp;

/// <summary>
/// <c>renew</c> / <c>EntityName:Domain</c>. <see cref="Period"/> and <see cref="CurrentExpirationYear"/> are both set
/// (idempotent renewal) or both null (the registry's default period; not idempotent).
/// </summary>
/// <param name="DomainName">The second-level name, lower case.</param>
/// <param name="Period">Years to add (1-99 by syntax).</param>
/// <param name="CurrentExpirationYear">The domain's current expiration year (four digits).</param>
public sealed record RenewRequest(string DomainName, int? Period, int? CurrentExpirationYear) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Renew;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.Domain;
}
