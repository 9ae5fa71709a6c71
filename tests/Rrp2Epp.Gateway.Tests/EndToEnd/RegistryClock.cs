using Microsoft.Extensions.Time.Testing;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>
/// The gateway's clock in tests: the sandbox's fake time for "now" (so the gateway and the registry agree on dates, as
/// they do in production where both read real time: the maximum-term rule, registry dates, time stamps) with the real
/// timers of <see cref="TimeProvider.System"/> (so connect timeouts, reconnect back-off and the idle timeout still run).
/// </summary>
public sealed class RegistryClock(FakeTimeProvider registry) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => registry.GetUtcNow();
}
