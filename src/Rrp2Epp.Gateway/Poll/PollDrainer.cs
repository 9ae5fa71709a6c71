using System.Globalization;
using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Epp.Pool;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Poll;

/// <summary>
/// Drains a registrar's EPP poll queue (RFC 5730 §2.9.2.3): each message is kept in the store first and acknowledged
/// only once kept, so a store failure leaves it queued at the registry for the next drain and nothing is lost. A newly
/// kept message is then acted on: a pending-action notice resolves the recorded 1001 (a denial raises an alert), a
/// transfer approved for this registrar makes its watched authInfo rotation ready, and a purged domain's authInfo (and, at a
/// host-attribute registry, its delegations) is forgotten. Pooled sessions drain when idle and whenever a response shows
/// <c>msgQ count</c> &gt; 0; dedicated ones after the command whose response showed it.
/// </summary>
public sealed class PollDrainer(IGatewayStore store, TimeProvider time, ILogger<PollDrainer> logger) : IPoolDrain
{
    /// <summary>Most messages one drain takes (the rest wait for the next).</summary>
    public const int MaxMessagesPerDrain = 100;

    /// <summary>Drains what it can; false when the store failed and messages stay queued.</summary>
    public async Task<bool> DrainAsync(IEppSession session, RegistryRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(route);
        try
        {
            for (var taken = 0; taken < MaxMessagesPerDrain; taken++)
            {
                var response = await session.SendAsync(new PollRequestCommand(), cancellationToken).ConfigureAwait(false);
                if (response.Code != EppResultCode.SuccessAckToDequeue || response.MessageQueue is not { } queued)
                {
                    if (response.Code != EppResultCode.SuccessNoMessages)
                    {
                        logger.LogWarning("Poll request of {Registrar:l} at {Registry:l} answered {Code}", session.RegistrarId, route.Name, (int)response.Code);
                    }

                    return true;
                }

                var message = await ClassifyAsync(session, route, response, queued, cancellationToken).ConfigureAwait(false);
                bool fresh;
                try
                {
                    fresh = await store.AddPollMessageAsync(message, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Not kept, so not acknowledged: the registry keeps it for the next drain.
                    logger.LogError(e, "ALERT: poll message {MessageId:l} of {Registrar:l} at {Registry:l} could not be stored; left in the registry's queue", queued.Id, session.RegistrarId, route.Name);
                    return false;
                }

                if (fresh)
                {
                    logger.LogInformation("Poll message {MessageId:l} of {Registrar:l} at {Registry:l} kept: {Kind:l} {Object:l}", queued.Id, session.RegistrarId, route.Name, message.Kind, message.ObjectName);
                    await ActAsync(session, route, message, response, cancellationToken).ConfigureAwait(false);
                }

                var ack = await session.SendAsync(new PollAckCommand(queued.Id), cancellationToken).ConfigureAwait(false);
                if (ack.Code != EppResultCode.Success)
                {
                    logger.LogWarning("Poll ack {MessageId:l} of {Registrar:l} at {Registry:l} answered {Code}", queued.Id, session.RegistrarId, route.Name, (int)ack.Code);
                    return true;
                }
            }

            return true;
        }
        catch (EppTransportException e)
        {
            // The member is broken (its lease drops it); the messages not acknowledged wait at the registry.
            logger.LogWarning("Poll drain of {Registrar:l} at {Registry:l} interrupted: {Failure:l}", session.RegistrarId, route.Name, e.Message);
            return true;
        }
    }

    private async Task<PollMessageRecord> ClassifyAsync(IEppSession session, RegistryRoute route, EppResponse response, EppMessageQueue queued, CancellationToken cancellationToken)
    {
        string kind = PollMessageKinds.Other;
        string? name = null;
        string? detail = null;
        if (response.GetData<DomainTransferData>() is { } transfer)
        {
            name = transfer.Name;
            kind = transfer.Status switch
            {
                EppTransferStatus.Pending => PollMessageKinds.TransferRequested,
                EppTransferStatus.ClientApproved => PollMessageKinds.TransferApproved,
                EppTransferStatus.ServerApproved => PollMessageKinds.TransferAutoApproved,
                EppTransferStatus.ClientRejected => PollMessageKinds.TransferRejected,
                EppTransferStatus.ClientCancelled or EppTransferStatus.ServerCancelled => PollMessageKinds.TransferCancelled,
                _ => PollMessageKinds.Other,
            };
            detail = string.Create(CultureInfo.InvariantCulture,
                $"trStatus={transfer.Status} reID={transfer.RequestingClientId} reDate={transfer.RequestedAt:O} acID={transfer.ActingClientId} acDate={transfer.ActionDate:O}");
        }
        else if (response.GetData<PendingActionData>() is { } pending)
        {
            name = pending.Name;
            detail = $"paResult={(pending.Succeeded ? 1 : 0)} paTRID={pending.ClientTransactionId}/{pending.ServerTransactionId} paDate={pending.At?.ToString("O", CultureInfo.InvariantCulture)}";
            kind = !pending.Succeeded
                ? PollMessageKinds.PendingActionDenied
                : await IsPurgeAsync(session, pending, cancellationToken).ConfigureAwait(false) ? PollMessageKinds.DomainPurged : PollMessageKinds.PendingActionApproved;
        }
        else if (response.Data.Count > 0)
        {
            detail = string.Join(", ", response.Data.Select(d => d is UnknownResponseData u ? $"{u.NamespaceUri} {u.LocalName}" : d.GetType().Name));
        }

        return new PollMessageRecord(route.Name, session.RegistrarId, queued.Id, queued.QueuedAt, time.GetUtcNow(), kind, name?.ToLowerInvariant(), queued.Message ?? string.Empty, detail);
    }

    /// <summary>
    /// A completed pending action on a domain the gateway did not record as pending (so not an ADD answered 1001) that
    /// the registry no longer knows: the pending delete completed, the name was purged.
    /// </summary>
    private async Task<bool> IsPurgeAsync(IEppSession session, PendingActionData pending, CancellationToken cancellationToken)
    {
        if (pending.ObjectNamespace != EppNamespaces.Domain)
        {
            return false;
        }

        var recorded = await store.GetPendingActionsAsync(session.RegistrarId, cancellationToken).ConfigureAwait(false);
        if (recorded.Any(a => string.Equals(a.ObjectName, pending.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var info = await session.SendAsync(new DomainInfoCommand(pending.Name) { Hosts = DomainInfoHosts.None }, cancellationToken).ConfigureAwait(false);
        return info.Code == EppResultCode.ObjectDoesNotExist;
    }

    private async Task ActAsync(IEppSession session, RegistryRoute route, PollMessageRecord message, EppResponse response, CancellationToken cancellationToken)
    {
        try
        {
            switch (message.Kind)
            {
                case PollMessageKinds.PendingActionApproved or PollMessageKinds.PendingActionDenied:
                    await ResolvePendingAsync(session, message, response.GetData<PendingActionData>()!, cancellationToken).ConfigureAwait(false);
                    break;
                case PollMessageKinds.TransferApproved or PollMessageKinds.TransferAutoApproved
                    when response.GetData<DomainTransferData>() is { } transfer && string.Equals(transfer.RequestingClientId, session.ClientId, StringComparison.Ordinal):
                    // This registrar gained a domain the gateway watches for it: its next command (any of its sessions) rotates
                    // the authInfo the loser knew. A rotation already done (no record left) is not done twice.
                    if (await store.MarkPendingRotationReadyAsync(message.ObjectName!, session.RegistrarId, cancellationToken).ConfigureAwait(false))
                    {
                        logger.LogInformation("Transfer of {Domain:l} to {Registrar:l} completed ({Kind:l}): authInfo rotation ready", message.ObjectName, session.RegistrarId, message.Kind);
                    }

                    break;
                case PollMessageKinds.DomainPurged:
                    await store.RemoveAuthInfoAsync(message.ObjectName!, cancellationToken).ConfigureAwait(false);
                    if (route.Profile.Hosts == Mapping.Profiles.HostModel.Attributes)
                    {
                        await store.SetDelegationsAsync(route.Name, message.ObjectName!, [], cancellationToken).ConfigureAwait(false);
                    }

                    logger.LogInformation("{Domain:l} was purged at {Registry:l}: its authInfo is forgotten", message.ObjectName, route.Name);
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not EppTransportException)
        {
            // The message is kept; an operator can act on it from `rrp2epp messages`.
            logger.LogError(e, "ALERT: acting on poll message {MessageId:l} ({Kind:l} {Object:l}) failed", message.MessageId, message.Kind, message.ObjectName);
        }
    }

    private async Task ResolvePendingAsync(IEppSession session, PollMessageRecord message, PendingActionData pending, CancellationToken cancellationToken)
    {
        var recorded = await store.GetPendingActionsAsync(session.RegistrarId, cancellationToken).ConfigureAwait(false);
        var action = recorded.FirstOrDefault(a => a.ClientTransactionId is not null && a.ClientTransactionId == pending.ClientTransactionId)
                     ?? recorded.FirstOrDefault(a => string.Equals(a.ObjectName, pending.Name, StringComparison.OrdinalIgnoreCase));
        if (action is null)
        {
            logger.LogInformation("Pending-action notice for {Object:l} ({Kind:l}) matches no recorded action", pending.Name, message.Kind);
            return;
        }

        await store.RemovePendingActionAsync(action.ObjectName, action.Command, action.Registrar, cancellationToken).ConfigureAwait(false);
        if (pending.Succeeded)
        {
            logger.LogInformation("The pending {Command:l} of {Object:l} by {Registrar:l} was completed by the registry", action.Command, action.ObjectName, action.Registrar);
        }
        else
        {
            logger.LogError("ALERT: the registry denied the pending {Command:l} of {Object:l} by {Registrar:l}, which RRP was told had succeeded (200)", action.Command, action.ObjectName, action.Registrar);
        }
    }
}
