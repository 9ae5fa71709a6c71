namespace Rrp2Epp.Gateway.Store;

/// <summary>An object whose last transform had an unknown outcome (result-mapping.md §4 G7): the next command touching it reconciles first.</summary>
/// <param name="ObjectName">The domain or host name, lower case.</param>
/// <param name="Command">The RRP command whose outcome is unknown.</param>
/// <param name="ClientTransactionId">The clTRID that was sent (to match registry records).</param>
/// <param name="MarkedAt">When it was marked.</param>
public sealed record UnresolvedObject(string ObjectName, string Command, string ClientTransactionId, DateTimeOffset MarkedAt);

/// <summary>
/// A domain whose authInfo must be replaced on behalf of <paramref name="GainingRegistrar"/> once the registry shows that
/// registrar as the sponsor: a transfer it requested (or that was approved for it) through the gateway.
/// </summary>
/// <param name="DomainName">The domain, lower case.</param>
/// <param name="GainingRegistrar">The registrar that gains (or gained) the domain.</param>
/// <param name="Since">When the watch was recorded.</param>
/// <param name="Ready">
/// True when the gateway saw the transfer complete (an approval through it): the gainer's session rotates before its
/// next command. False for a watch on a transfer still pending, checked at login and at most once a check interval.
/// </param>
public sealed record PendingRotation(string DomainName, string GainingRegistrar, DateTimeOffset Since, bool Ready = false);

/// <summary>
/// A command the registry accepted as pending (EPP 1001) while RRP was told it succeeded (result-mapping §6 point 11).
/// Recorded so an operator can follow it up; resolving it from the poll queue (an alert when the registry later denies
/// it) arrives with the poll drainer of issue 5.
/// </summary>
/// <param name="ObjectName">The domain or host name, lower case.</param>
/// <param name="Command">The RRP command, e.g. <c>add</c>.</param>
/// <param name="Registrar">The registrar whose command it was.</param>
/// <param name="Since">When it was recorded.</param>
public sealed record PendingAction(string ObjectName, string Command, string Registrar, DateTimeOffset Since);

/// <summary>
/// The gateway's durable state. Keys are lower-case names. Implementations are thread-safe and share one contract,
/// tested by <c>GatewayStoreContract</c> against each of them (<see cref="SqliteGatewayStore"/>, <see cref="PostgreSqlGatewayStore"/>):
/// a new member gets its contract test there, a table in both stores' next schema version.
/// </summary>
public interface IGatewayStore
{
    /// <summary>Creates or upgrades the schema; idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The authInfo the gateway holds for a domain, or null.</summary>
    Task<string?> GetAuthInfoAsync(string domainName, CancellationToken cancellationToken = default);

    /// <summary>Keeps (inserts or replaces) a domain's authInfo.</summary>
    Task SetAuthInfoAsync(string domainName, string authInfo, CancellationToken cancellationToken = default);

    /// <summary>Forgets a domain's authInfo; true when there was one.</summary>
    Task<bool> RemoveAuthInfoAsync(string domainName, CancellationToken cancellationToken = default);

    /// <summary>Marks an object unresolved (replacing an earlier mark).</summary>
    Task MarkUnresolvedAsync(UnresolvedObject unresolved, CancellationToken cancellationToken = default);

    /// <summary>The unresolved mark of an object, or null.</summary>
    Task<UnresolvedObject?> GetUnresolvedAsync(string objectName, CancellationToken cancellationToken = default);

    /// <summary>Clears an unresolved mark; true when there was one.</summary>
    Task<bool> ClearUnresolvedAsync(string objectName, CancellationToken cancellationToken = default);

    /// <summary>Records that a domain's authInfo must be rotated for a gaining registrar (replacing an earlier record for the same pair; a ready record stays ready).</summary>
    Task AddPendingRotationAsync(PendingRotation rotation, CancellationToken cancellationToken = default);

    /// <summary>The rotations waiting for a registrar, oldest first.</summary>
    Task<IReadOnlyList<PendingRotation>> GetPendingRotationsAsync(string gainingRegistrar, CancellationToken cancellationToken = default);

    /// <summary>Drops a pending rotation; true when there was one.</summary>
    Task<bool> RemovePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default);

    /// <summary>Records a pending action (replacing an earlier record for the same object, command and registrar).</summary>
    Task AddPendingActionAsync(PendingAction action, CancellationToken cancellationToken = default);

    /// <summary>The pending actions of a registrar, oldest first.</summary>
    Task<IReadOnlyList<PendingAction>> GetPendingActionsAsync(string registrar, CancellationToken cancellationToken = default);
}
