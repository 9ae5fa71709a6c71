using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>Logs what the gateway serves at start, with a warning for every legacy TLS listener.</summary>
internal sealed class StartupReport(IOptions<GatewayOptions> options, RegistryRoutes routes, IGatewayStore store, ILogger<StartupReport> logger) : IHostedService
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

        foreach (var route in routes.All)
        {
            logger.LogInformation("EPP registry {Registry:l} on {Host:l}:{Port} for {Zones:l}: {Contacts} contacts, host {Hosts}, credentials {Credentials}, RRP time zone {Zone:l}{Default:l}{Login:l}",
                route.Name, route.Options.Host, route.Options.Port, string.Join(", ", route.Zones), route.Profile.Contacts, route.Profile.Hosts, route.Options.Credentials,
                route.Profile.TimeZone.Id, route.IsDefault ? "; default route" : string.Empty, route == routes.Login ? "; RRP logins verified here" : string.Empty);
        }

        logger.LogInformation("EPP sessions {Mode} (pool size {PoolSize}); store {Store:l}", o.EppSessions.Mode, o.EppSessions.PoolSize, store);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
