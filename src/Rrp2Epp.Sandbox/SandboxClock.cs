using System.Diagnostics;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// A clock that starts at a chosen instant (the seed's <c>clock</c> or <c>--clock</c>) and then
/// runs forward with real time: what <c>rrp2epp sandbox</c> uses. Tests use a fake provider instead.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    /// <summary>Starts the clock at <paramref name="start"/> (converted to UTC).</summary>
    public SandboxClock(DateTimeOffset start) => _start = start.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_startTimestamp);
}
