using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>Logs what the gateway serves at start, with a warning for every legacy TLS listener.</summary>
internal sealed class StartupReport(IOptions<GatewayOptions> options, IGatewayStore store, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        foreach (var listener in o.EffectiveListeners)
        {
            logger.LogInformation("RRP {Version:l} listener {Name:l} on {Address:l}:{Port}, client certificates {ClientCertificates}",
                listener.Version, listener.Name, listener.Address, listener.Port, listener.ClientCertificates);
            if (listener.LegacyTls)
            {
                logger.LogWarning("RRP listener {Name:l} accepts TLS 1.0/1.1 and CBC suites for legacy clients (LegacyTls): use it only for clients that cannot do better", listener.Name);
            }
        }

        logger.LogInformation("EPP registry {Host:l}:{Port}; store {Store:l}; RRP time zone {Zone:l}", o.Registry.Host, o.Registry.Port, store, o.TimeZone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
