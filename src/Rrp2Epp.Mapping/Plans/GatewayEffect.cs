namespace Rrp2Epp.Mapping.Plans;

/// <summary>
/// A side effect a finished translation asks the gateway to apply after it has answered (store
/// writes, alerts). Effects never change the RRP answer: a failed store write after a registry
/// change is logged as an alert (result-mapping.md §4 G13).
/// </summary>
public abstract record GatewayEffect
{
    private protected GatewayEffect()
    {
    }
}

/// <summary>Keep <paramref name="AuthInfo"/> as the authInfo of <paramref name="DomainName"/> (after a create or a rotation).</summary>
public sealed record StoreAuthInfoEffect(string DomainName, string AuthInfo) : GatewayEffect
{
    /// <inheritdoc />
    public override string ToString() => $"StoreAuthInfo {{ DomainName = {DomainName}, AuthInfo = *** }}";
}

/// <summary>Forget the stored authInfo of a domain that no longer exists (purged at delete).</summary>
public sealed record ForgetAuthInfoEffect(string DomainName) : GatewayEffect;

/// <summary>
/// A transfer of <paramref name="DomainName"/> to <paramref name="GainingRegistrar"/> completed:
/// the gateway must give the domain a new authInfo on behalf of the new sponsor.
/// </summary>
public sealed record RotateAuthInfoEffect(string DomainName, string GainingRegistrar) : GatewayEffect;

/// <summary>
/// The outcome of a transform on <paramref name="ObjectName"/> could not be settled: the next
/// command touching it must reconcile first (result-mapping.md §4 G7).
/// </summary>
/// <param name="ObjectName">The domain or host name.</param>
/// <param name="Command">The RRP command word, e.g. <c>mod</c>.</param>
/// <param name="ClientTransactionId">
/// The clTRID of the lost command. A translation does not know it (the executor assigns clTRIDs), so it leaves it
/// empty and the executor fills in the clTRID of the last command it sent.
/// </param>
public sealed record MarkUnresolvedEffect(string ObjectName, string Command, string ClientTransactionId = "") : GatewayEffect;

/// <summary>Something an operator must look at (e.g. a domain left without its update lock, §5.4).</summary>
public sealed record AlertEffect(string Message) : GatewayEffect;

/// <summary>
/// The registry accepted <paramref name="Command"/> on <paramref name="ObjectName"/> as a pending action (1001) and
/// RRP was told it succeeded: watch the poll queue and raise an alert if the action is later denied (paResult 0;
/// result-mapping.md §6 point 11).
/// </summary>
/// <param name="ObjectName">The domain or host name.</param>
/// <param name="Command">The RRP command word, e.g. <c>add</c>.</param>
/// <param name="ClientTransactionId">
/// The clTRID of the command the registry answered 1001, which its notice (<c>paTRID</c>) echoes; left empty by the
/// translation and filled in by the executor, as for <see cref="MarkUnresolvedEffect"/>.
/// </param>
public sealed record WatchPendingActionEffect(string ObjectName, string Command, string ClientTransactionId = "") : GatewayEffect;
