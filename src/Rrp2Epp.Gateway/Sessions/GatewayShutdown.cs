using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>
/// Shutdown as the sessions see it (result-mapping.md §4 G15): once the host stops, the command in flight finishes,
/// the next request is answered 420 without being run, and an idle session is closed (520) after a short grace.
/// </summary>
public sealed class GatewayShutdown : IDisposable
{
    private readonly CancellationTokenSource _grace;
    private readonly CancellationTokenRegistration _registration;

    /// <summary>Watches the host's stopping token.</summary>
    public GatewayShutdown(IHostApplicationLifetime lifetime, IOptions<GatewayOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        _grace = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        var grace = options.Value.Sessions.ShutdownGrace;
        _registration = lifetime.ApplicationStopping.Register(() =>
        {
            IsStopping = true;
            _grace.CancelAfter(grace);
        });
    }

    /// <summary>True once the host is stopping.</summary>
    public bool IsStopping { get; private set; }

    /// <summary>Cancels when idle sessions must go.</summary>
    public CancellationToken GraceOver => _grace.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        _registration.Dispose();
        _grace.Dispose();
    }
}
