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
/// The poll drainer resolves it when the registry's pending-action notice (<c>panData</c>) arrives: an alert when the
/// registry denied it.
/// </summary>
/// <param name="ObjectName">The domain or host name, lower case.</param>
/// <param name="Command">The RRP command, e.g. <c>add</c>.</param>
/// <param name="Registrar">The registrar whose command it was.</param>
/// <param name="Since">When it was recorded.</param>
public sealed record PendingAction(string ObjectName, string Command, string Registrar, DateTimeOffset Since)
{
    /// <summary>The clTRID of the command, matched against the notice's <c>paTRID</c>; null when unknown.</summary>
    public string? ClientTransactionId { get; init; }
}

/// <summary>
/// A name server the gateway keeps for a registry with host attributes: RRP's host objects live here, and the domains
/// delegating to it carry its name and addresses as <c>domain:hostAttr</c>.
/// </summary>
/// <param name="Registry">The registry whose domains use it.</param>
/// <param name="Name">The host name, lower case.</param>
/// <param name="Addresses">Its addresses in canonical text form (none for a host outside the registry's zones).</param>
/// <param name="Sponsor">The EPP clID of the registrar that added it (its sponsor, as a host object's clID).</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record NameServerRecord(string Registry, string Name, IReadOnlyList<string> Addresses, string Sponsor, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Compares the addresses by value, in order.</summary>
    public bool Equals(NameServerRecord? other) =>
        other is not null && Registry == other.Registry && Name == other.Name && Addresses.SequenceEqual(other.Addresses)
        && Sponsor == other.Sponsor && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Registry, Name, Sponsor, CreatedAt);
}

/// <summary>
/// One message from a registrar's EPP poll queue as the gateway keeps it (kept before it is acknowledged at the
/// registry, so nothing is lost).
/// </summary>
/// <param name="Registry">The registry it came from.</param>
/// <param name="Registrar">The RRP registrar whose queue it was in.</param>
/// <param name="MessageId">The registry's message id (<c>msgQ id</c>); unique per registry and registrar.</param>
/// <param name="QueuedAt">When the registry queued it (<c>qDate</c>), when given.</param>
/// <param name="ReceivedAt">When the gateway took it.</param>
/// <param name="Kind">What it says, one of <see cref="PollMessageKinds"/>.</param>
/// <param name="ObjectName">The domain (or host) it is about, lower case, when it names one.</param>
/// <param name="Text">The registry's <c>msg</c> text.</param>
/// <param name="Detail">The structured part in short (transfer parties and dates, the pending action's result and ids).</param>
public sealed record PollMessageRecord(
    string Registry,
    string Registrar,
    string MessageId,
    DateTimeOffset? QueuedAt,
    DateTimeOffset ReceivedAt,
    string Kind,
    string? ObjectName,
    string Text,
    string? Detail);

/// <summary>The kinds of kept poll messages.</summary>
public static class PollMessageKinds
{
    /// <summary>A transfer was requested (to the sponsor: asked to approve; to the requester: acknowledged).</summary>
    public const string TransferRequested = "transfer-requested";

    /// <summary>The sponsor approved a transfer.</summary>
    public const string TransferApproved = "transfer-approved";

    /// <summary>The registry approved a transfer the sponsor left alone.</summary>
    public const string TransferAutoApproved = "transfer-auto-approved";

    /// <summary>The sponsor rejected a transfer.</summary>
    public const string TransferRejected = "transfer-rejected";

    /// <summary>The requester (or the registry) cancelled a transfer.</summary>
    public const string TransferCancelled = "transfer-cancelled";

    /// <summary>An action answered 1001 was completed.</summary>
    public const string PendingActionApproved = "pending-action-approved";

    /// <summary>An action answered 1001 was denied (the RRP client was told 200: an alert).</summary>
    public const string PendingActionDenied = "pending-action-denied";

    /// <summary>A deleted domain was purged (its pending delete completed and the name is gone).</summary>
    public const string DomainPurged = "domain-purged";

    /// <summary>Anything else (low balance, registry notices ...).</summary>
    public const string Other = "other";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } =
        [TransferRequested, TransferApproved, TransferAutoApproved, TransferRejected, TransferCancelled, PendingActionApproved, PendingActionDenied, DomainPurged, Other];
}

/// <summary>Which kept poll messages to list (every filter optional).</summary>
public sealed record PollMessageQuery
{
    /// <summary>Only this RRP registrar's.</summary>
    public string? Registrar { get; init; }

    /// <summary>Only those the gateway took at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only this kind.</summary>
    public string? Kind { get; init; }

    /// <summary>At most this many, oldest first.</summary>
    public int Limit { get; init; } = 1000;
}

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

    /// <summary>Marks the pending rotation of a domain for a gainer ready (the transfer completed); false when there is none.</summary>
    Task<bool> MarkPendingRotationReadyAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default);

    /// <summary>The rotations waiting for a registrar, oldest first.</summary>
    Task<IReadOnlyList<PendingRotation>> GetPendingRotationsAsync(string gainingRegistrar, CancellationToken cancellationToken = default);

    /// <summary>Drops a pending rotation; true when there was one.</summary>
    Task<bool> RemovePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a pending rotation for one settler until <paramref name="until"/>: true for exactly one caller, however many
    /// gateway instances or sessions try at once (a conditional update whose row count says who won). False when there is
    /// no such record or another claim still holds at <paramref name="now"/>; a claim that has lapsed (its holder stopped)
    /// can be taken over. The winner removes the record or gives it back with <see cref="ReleasePendingRotationAsync"/>.
    /// </summary>
    Task<bool> TryClaimPendingRotationAsync(string domainName, string gainingRegistrar, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Ends the claim on a pending rotation that is still waiting (the record stays for a later check).</summary>
    Task ReleasePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default);

    /// <summary>Records a pending action (replacing an earlier record for the same object, command and registrar).</summary>
    Task AddPendingActionAsync(PendingAction action, CancellationToken cancellationToken = default);

    /// <summary>The pending actions of a registrar, oldest first.</summary>
    Task<IReadOnlyList<PendingAction>> GetPendingActionsAsync(string registrar, CancellationToken cancellationToken = default);

    /// <summary>Drops a pending action (resolved); true when there was one.</summary>
    Task<bool> RemovePendingActionAsync(string objectName, string command, string registrar, CancellationToken cancellationToken = default);

    /// <summary>A kept name server of a host-attribute registry, or null.</summary>
    Task<NameServerRecord?> GetNameServerAsync(string registry, string name, CancellationToken cancellationToken = default);

    /// <summary>Keeps a new name server; false when the registry already has one of that name.</summary>
    Task<bool> AddNameServerAsync(NameServerRecord nameServer, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the name server <paramref name="name"/> with <paramref name="nameServer"/> (new addresses, maybe a new
    /// name; delegations follow a rename); false when it is missing or the new name is taken.
    /// </summary>
    Task<bool> ReplaceNameServerAsync(string name, NameServerRecord nameServer, CancellationToken cancellationToken = default);

    /// <summary>Forgets a name server and the delegations to it; true when there was one.</summary>
    Task<bool> RemoveNameServerAsync(string registry, string name, CancellationToken cancellationToken = default);

    /// <summary>The kept name servers of a registry below <paramref name="domainName"/> (its child hosts), in name order.</summary>
    Task<IReadOnlyList<string>> GetSubordinateNameServersAsync(string registry, string domainName, CancellationToken cancellationToken = default);

    /// <summary>The name server of the registry that holds <paramref name="address"/> (canonical text), or null.</summary>
    Task<string?> FindNameServerByAddressAsync(string registry, string address, CancellationToken cancellationToken = default);

    /// <summary>Records the name servers a domain delegates to (replacing the earlier set; none forgets the domain).</summary>
    Task SetDelegationsAsync(string registry, string domainName, IReadOnlyList<string> nameServers, CancellationToken cancellationToken = default);

    /// <summary>The name servers a domain is recorded as delegating to, in name order.</summary>
    Task<IReadOnlyList<string>> GetDelegationsAsync(string registry, string domainName, CancellationToken cancellationToken = default);

    /// <summary>The domains recorded as delegating to a name server, in name order.</summary>
    Task<IReadOnlyList<string>> GetDelegatingDomainsAsync(string registry, string nameServer, CancellationToken cancellationToken = default);

    /// <summary>Keeps a poll message; false when one with the same registry, registrar and message id is already kept (a redelivery).</summary>
    Task<bool> AddPollMessageAsync(PollMessageRecord message, CancellationToken cancellationToken = default);

    /// <summary>The kept poll messages that pass the query's filters, oldest first.</summary>
    Task<IReadOnlyList<PollMessageRecord>> GetPollMessagesAsync(PollMessageQuery query, CancellationToken cancellationToken = default);
}
