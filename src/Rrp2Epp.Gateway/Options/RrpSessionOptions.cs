namespace Rrp2Epp.Gateway.Options;

/// <summary>Rules for RRP sessions.</summary>
public sealed record RrpSessionOptions
{
    /// <summary>A session waiting this long for a request is ended with 520 and the reason (RFC 2832 §4 suggests 10 minutes).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Open RRP sessions per registrar; one more SESSION answers 521 and closes.</summary>
    public int MaxSessionsPerRegistrar { get; init; } = 10;

    /// <summary>When the gateway stops, how long an idle session may still send one request (answered 420) before it is closed with 520.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Most EPP exchanges one RRP command may need; a translation asking for more is a bug (549).</summary>
    public int MaxStepsPerCommand { get; init; } = 64;
}
