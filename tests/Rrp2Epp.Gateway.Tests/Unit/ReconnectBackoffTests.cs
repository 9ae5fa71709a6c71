using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Gateway.Epp;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>The reconnect decisions of a pool or dedicated session, on a fake clock and a fake random source: no real waits.</summary>
public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Maximum = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 400)]
    [InlineData(4, 1600)]
    [InlineData(8, 25600)]
    [InlineData(9, 30000)]
    [InlineData(40, 30000)]
    public void The_wait_doubles_per_failure_up_to_the_maximum_and_the_jitter_keeps_it_between_half_and_all_of_that(int failures, int fullMilliseconds)
    {
        var full = TimeSpan.FromMilliseconds(fullMilliseconds);
        Assert.Equal(full / 2, new ReconnectBackoff(Initial, Maximum, () => 0).Delay(failures));
        Assert.Equal(full * 0.75, new ReconnectBackoff(Initial, Maximum, () => 0.5).Delay(failures));
        Assert.Equal(full, new ReconnectBackoff(Initial, Maximum, () => 1).Delay(failures));
    }

    [Fact]
    public void No_failure_no_wait_and_a_random_source_out_of_range_is_clamped()
    {
        Assert.Equal(TimeSpan.Zero, new ReconnectBackoff(Initial, Maximum, () => 0.3).Delay(0));
        Assert.Equal(Initial, new ReconnectBackoff(Initial, Maximum, () => 7).Delay(1));
        Assert.Equal(Initial / 2, new ReconnectBackoff(Initial, Maximum, () => -7).Delay(1));
    }

    [Fact]
    public void The_gate_makes_the_next_attempt_wait_after_each_failure_and_opens_on_the_clock_or_a_success()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
        var gate = new ReconnectGate(new ReconnectBackoff(Initial, Maximum, () => 1), clock);
        Assert.Equal(TimeSpan.Zero, gate.Wait);

        gate.Failed();
        gate.Failed();
        gate.Failed();
        Assert.Equal((3, TimeSpan.FromMilliseconds(800)), (gate.Failures, gate.Wait));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(TimeSpan.FromMilliseconds(300), gate.Wait);
        clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(TimeSpan.Zero, gate.Wait);

        gate.Failed();
        Assert.Equal(TimeSpan.FromMilliseconds(1600), gate.Wait);
        gate.Succeeded();
        Assert.Equal((0, TimeSpan.Zero), (gate.Failures, gate.Wait));
    }
}
