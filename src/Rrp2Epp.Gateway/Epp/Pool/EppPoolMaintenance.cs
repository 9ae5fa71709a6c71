using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>
/// Walks every pool once per <see cref="EppSessionOptions.MaintenanceInterval"/> (on the injected clock): idle members
/// quiet for the keep-alive interval send a hello, dead ones are dropped, and poll queues are drained when due. Each
/// decision reads the clock, so a test calls <see cref="EppSessionPools.MaintainAsync"/> after moving a fake clock.
/// When the host stops (after the RRP listeners have closed their sessions) every pool logs its members out.
/// </summary>
internal sealed class EppPoolMaintenance(EppSessionPools pools, IOptions<GatewayOptions> options, TimeProvider time, ILogger<EppPoolMaintenance> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EppSessions.MaintenanceInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await pools.MaintainAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Pool maintenance stopped");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await pools.DisposeAsync().ConfigureAwait(false);
    }
}
