using Microsoft.Extensions.Logging;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// Applies a finished translation's effects after its answer was written. A failure never changes the answer: it is
/// logged as an alert (result-mapping.md §4 G13) and the next effect still runs.
/// </summary>
public sealed class EffectApplier(IGatewayStore store, AuthInfoRotator rotator, TimeProvider time, ILogger<EffectApplier> logger)
{
    /// <summary>
    /// Applies <paramref name="effects"/> in order for the session of <paramref name="registrarId"/> (RRP id); the
    /// command's <paramref name="session"/> at <paramref name="route"/> takes an immediate rotation.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<GatewayEffect> effects, string registrarId, IEppSession? session, RegistryRoute? route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effects);
        foreach (var effect in effects)
        {
            try
            {
                await ApplyAsync(effect, registrarId, session, route, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "ALERT: effect {Effect:l} failed after the answer was sent; repair it by hand", effect.ToString());
            }
        }
    }

    private async Task ApplyAsync(GatewayEffect effect, string registrarId, IEppSession? session, RegistryRoute? route, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case StoreAuthInfoEffect store_:
                await store.SetAuthInfoAsync(store_.DomainName, store_.AuthInfo, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("authInfo of {Domain:l} stored", store_.DomainName);
                break;
            case ForgetAuthInfoEffect forget:
                await store.RemoveAuthInfoAsync(forget.DomainName, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("authInfo of {Domain:l} forgotten", forget.DomainName);
                break;
            case RotateAuthInfoEffect rotate:
                // The translation names the gainer by its clID at the registry; the gateway keeps its records by RRP id.
                var gainer = route?.RrpIdOf(rotate.GainingRegistrar) ?? rotate.GainingRegistrar;
                await store.AddPendingRotationAsync(new PendingRotation(rotate.DomainName.ToLowerInvariant(), gainer, time.GetUtcNow(), Ready: true), cancellationToken).ConfigureAwait(false);
                logger.LogInformation("authInfo of {Domain:l} to be rotated for {Gainer:l}", rotate.DomainName, gainer);
                if (session is not null && string.Equals(gainer, registrarId, StringComparison.Ordinal))
                {
                    await rotator.SettleAsync(session, rotate.DomainName.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
                }

                break;
            case WatchPendingActionEffect watch:
                // RRP was told 200; the registry may still deny the action: the poll drainer resolves the record from its notice.
                var action = new PendingAction(watch.ObjectName.ToLowerInvariant(), watch.Command, registrarId, time.GetUtcNow())
                {
                    ClientTransactionId = string.IsNullOrEmpty(watch.ClientTransactionId) ? null : watch.ClientTransactionId,
                };
                await store.AddPendingActionAsync(action, cancellationToken).ConfigureAwait(false);
                logger.LogWarning("{Command:l} of {Object:l} is pending at the registry (EPP 1001) and was answered 200: recorded for follow-up", watch.Command, watch.ObjectName);
                break;
            case MarkUnresolvedEffect mark:
                await store.MarkUnresolvedAsync(new UnresolvedObject(mark.ObjectName.ToLowerInvariant(), mark.Command, mark.ClientTransactionId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                logger.LogWarning("ALERT: {Object:l} marked unresolved after {Command:l} (clTRID {ClTrid:l})", mark.ObjectName, mark.Command, mark.ClientTransactionId);
                break;
            case AlertEffect alert:
                logger.LogError("ALERT: {Alert:l}", alert.Message);
                break;
            default:
                logger.LogError("ALERT: unknown effect {Effect:l} ignored", effect.ToString());
                break;
        }
    }
}
