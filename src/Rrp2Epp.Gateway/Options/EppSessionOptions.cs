namespace Rrp2Epp.Gateway.Options;

/// <summary>How RRP sessions reach the registries.</summary>
public enum EppSessionMode
{
    /// <summary>Per registrar and registry, a bounded pool of logged-in EPP sessions shared by that registrar's RRP sessions (DESIGN §4).</summary>
    Pooled,

    /// <summary>One EPP session per RRP session and registry: SESSION logs in, QUIT logs out.</summary>
    Dedicated,
}

/// <summary>The EPP sessions behind the RRP sessions (section <c>Gateway:EppSessions</c>).</summary>
public sealed record EppSessionOptions
{
    /// <summary>Pooled (the default) or dedicated.</summary>
    public EppSessionMode Mode { get; init; } = EppSessionMode.Pooled;

    /// <summary>Logged-in EPP sessions per registrar and registry, at most (a registry's own session limit should be higher).</summary>
    public int PoolSize { get; init; } = 4;

    /// <summary>How long a command waits for a free pooled session before it is answered 421.</summary>
    public TimeSpan AcquireTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An idle pooled session sends <c>&lt;hello&gt;</c> once it has been quiet this long: keep it under the registry's idle timeout.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>An idle pooled session drains the registrar's poll queue at least this often (and at once when a response shows messages).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the pools look at their idle sessions (keep-alive, poll drain, dead connections).</summary>
    public TimeSpan MaintenanceInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a password the registry accepted serves later SESSIONs from the pool without a registry login. After it,
    /// the next SESSION logs in again, so a password changed outside the gateway (another instance, the registry's own
    /// tools) stops working here too.
    /// </summary>
    public TimeSpan LoginVerificationLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The longest wait between attempts to rebuild a registry connection.</summary>
    public TimeSpan MaxReconnectBackoff { get; init; } = TimeSpan.FromSeconds(30);
}
