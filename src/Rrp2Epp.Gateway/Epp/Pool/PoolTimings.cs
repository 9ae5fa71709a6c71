namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>The waits a pool keeps (from <see cref="Options.EppSessionOptions"/>).</summary>
/// <param name="AcquireTimeout">How long a command waits for a member (then 421).</param>
/// <param name="KeepAliveInterval">An idle member quiet this long sends a hello.</param>
/// <param name="PollInterval">The poll queue is drained at least this often, and no sooner after a drain that stopped early.</param>
internal sealed record PoolTimings(TimeSpan AcquireTimeout, TimeSpan KeepAliveInterval, TimeSpan PollInterval);

/// <summary>Drains a registrar's poll queue on a pool member (the poll drainer behind it).</summary>
internal interface IPoolDrain
{
    /// <summary>Drains what it can; false when it stopped early and left messages queued (a store failure).</summary>
    Task<bool> DrainAsync(IEppSession session, Routing.RegistryRoute route, CancellationToken cancellationToken);
}
