namespace Rrp2Epp.Gateway.Epp;

/// <summary>
/// How long to wait before the next attempt to reach a registry after <c>n</c> consecutive failures: exponential
/// (<see cref="Initial"/> · 2<sup>n-1</sup>) up to <see cref="Maximum"/>, with "equal jitter" (half of it fixed, half
/// drawn at random) so that the pools of many registrars, or many gateway instances, do not reconnect in step after a
/// registry restart. The random source is injected so the decisions can be tested.
/// </summary>
/// <param name="Initial">The wait after the first failure.</param>
/// <param name="Maximum">The longest wait.</param>
/// <param name="Random">A uniform draw in [0, 1).</param>
public sealed record ReconnectBackoff(TimeSpan Initial, TimeSpan Maximum, Func<double> Random)
{
    /// <summary>The wait before the next attempt after <paramref name="failures"/> consecutive failures (zero for none).</summary>
    public TimeSpan Delay(int failures)
    {
        if (failures <= 0 || Initial <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        // 2^(n-1) overflows nothing here: past 30 doublings any initial wait is beyond the maximum anyway.
        var full = Initial.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        var capped = Math.Min(full, Math.Max(Maximum.Ticks, Initial.Ticks));
        var draw = Math.Clamp(Random(), 0, 1);
        return TimeSpan.FromTicks((long)((capped / 2) + (capped / 2 * draw)));
    }
}

/// <summary>
/// The back-off state of one path to a registry (a pool, or a dedicated session): after a failed attempt the next one
/// waits <see cref="ReconnectBackoff.Delay"/>; a success clears it. Thread-safe; time comes from the injected clock.
/// </summary>
internal sealed class ReconnectGate(ReconnectBackoff backoff, TimeProvider time)
{
    private readonly Lock _lock = new();
    private int _failures;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;

    /// <summary>Consecutive failures so far.</summary>
    public int Failures
    {
        get
        {
            lock (_lock)
            {
                return _failures;
            }
        }
    }

    /// <summary>How long the next attempt must still wait (zero: go).</summary>
    public TimeSpan Wait
    {
        get
        {
            lock (_lock)
            {
                var wait = _retryAt - time.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }
    }

    /// <summary>An attempt failed: the next one waits longer.</summary>
    public void Failed()
    {
        lock (_lock)
        {
            _failures++;
            _retryAt = time.GetUtcNow() + backoff.Delay(_failures);
        }
    }

    /// <summary>An attempt succeeded: no wait.</summary>
    public void Succeeded()
    {
        lock (_lock)
        {
            _failures = 0;
            _retryAt = DateTimeOffset.MinValue;
        }
    }
}
