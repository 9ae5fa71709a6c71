using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>What became of one pending rotation.</summary>
public enum RotationOutcome
{
    /// <summary>The new sponsor's update succeeded and the store holds the new authInfo.</summary>
    Rotated,

    /// <summary>The transfer is still pending (or the registry could not be asked): try again later.</summary>
    Waiting,

    /// <summary>The transfer did not complete for this registrar (rejected, cancelled, or the domain is gone): the record is dropped.</summary>
    Dropped,
}

/// <summary>
/// Replaces a domain's authInfo after a transfer completes (DESIGN §3): the old value was known to the losing side, so
/// the new sponsor gets a fresh one. Only the sponsor may change it, so the rotation runs on the <em>gaining</em>
/// registrar's EPP session: at once when the gainer's own command completed the transfer, before the gainer's next
/// command when the loser approved it through the gateway (a ready record), otherwise the next time the gainer logs in
/// (or, within a session, at most every <see cref="CheckInterval"/>). A transfer the gainer requested
/// through the gateway is watched the same way, so an approval by the loser outside the gateway, or the registry's
/// auto-approval, is caught too; so is the registry's transfer notice in the gainer's poll queue, which makes the
/// record ready. Each pending record is settled by the registry's state, at the registry the domain routes to:
/// sponsor = gainer → rotate; still pending for the gainer → wait; otherwise → drop. A record is settled only under a
/// claim in the store (<see cref="IGatewayStore.TryClaimPendingRotationAsync"/>): when several gateway instances, or
/// several sessions of the gainer, see the same ready record, one rotates it and the others skip it, so the registry and
/// the store never end up holding the values of two different rotations.
/// </summary>
public sealed class AuthInfoRotator(IGatewayStore store, AuthInfoGenerator generator, PlanExecutor executor, RegistryRoutes routes, TimeProvider time, ILogger<AuthInfoRotator> logger)
{
    /// <summary>
    /// How long a claim holds: far longer than one settle (an info, a transfer query and an update), so a claim lapses
    /// only when its holder stopped midway, and another instance may then take the record over.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>How often a session re-checks its pending rotations between commands.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Settles the pending rotations of the paths' registrar (only the ready ones when <paramref name="readyOnly"/>), each
    /// on a session at its domain's registry; returns the outcomes by domain.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, RotationOutcome>> ProcessPendingAsync(IEppPaths paths, CancellationToken cancellationToken, bool readyOnly = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var outcomes = new Dictionary<string, RotationOutcome>(StringComparer.Ordinal);
        foreach (var pending in await store.GetPendingRotationsAsync(paths.RegistrarId, cancellationToken).ConfigureAwait(false))
        {
            if (readyOnly && !pending.Ready)
            {
                continue;
            }

            if (!await ClaimAsync(pending.DomainName, paths.RegistrarId, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            RotationOutcome outcome;
            if (routes.ForDomain(pending.DomainName) is not { } route)
            {
                outcome = RotationOutcome.Dropped;
            }
            else if (await paths.LeaseAsync(route, cancellationToken).ConfigureAwait(false) is EppLeased { Session: var session })
            {
                await using (session.ConfigureAwait(false))
                {
                    outcome = await SettleOneAsync(session, pending.DomainName, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                outcome = RotationOutcome.Waiting;
            }

            outcomes[pending.DomainName] = outcome;
            await FinishAsync(pending.DomainName, pending.GainingRegistrar, outcome, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>Settles the pending rotation of one domain on the session of the command that completed its transfer.</summary>
    public async Task<RotationOutcome> SettleAsync(IEppSession session, string domainName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await ClaimAsync(domainName, session.RegistrarId, cancellationToken).ConfigureAwait(false))
        {
            return RotationOutcome.Waiting;
        }

        var outcome = await SettleOneAsync(session, domainName, cancellationToken).ConfigureAwait(false);
        await FinishAsync(domainName, session.RegistrarId, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Claims a record for this settler; false when another holds it (or it is already gone).</summary>
    private async Task<bool> ClaimAsync(string domain, string gainer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await store.TryClaimPendingRotationAsync(domain, gainer, now, now + ClaimLease, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        logger.LogDebug("authInfo rotation of {Domain:l} for {Registrar:l} is being settled elsewhere (or is done)", domain, gainer);
        return false;
    }

    /// <summary>A settled record goes; a waiting one is given back for a later check.</summary>
    private async Task FinishAsync(string domain, string gainer, RotationOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome == RotationOutcome.Waiting)
        {
            await store.ReleasePendingRotationAsync(domain, gainer, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.RemovePendingRotationAsync(domain, gainer, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RotationOutcome> SettleOneAsync(IEppSession session, string domain, CancellationToken cancellationToken)
    {
        // A second read only when the transfer query says the gainer won after the info said otherwise: the approval
        // landed between the two, and a fresh info shows the new sponsor (or that the domain has moved on since).
        for (var read = 1; ; read++)
        {
            var info = await executor.SendAsync(session, new DomainInfoCommand(domain) { Hosts = DomainInfoHosts.None }, cancellationToken).ConfigureAwait(false);
            if (info is not EppAnswered { Response: var infoResponse })
            {
                return RotationOutcome.Waiting;
            }

            if (infoResponse.Code == EppResultCode.ObjectDoesNotExist)
            {
                return RotationOutcome.Dropped;
            }

            var data = infoResponse.GetData<DomainInfoData>();
            if (infoResponse.Code != EppResultCode.Success || data is null)
            {
                return RotationOutcome.Waiting;
            }

            if (string.Equals(data.ClientId, session.ClientId, StringComparison.Ordinal))
            {
                break;
            }

            var stored = await store.GetAuthInfoAsync(domain, cancellationToken).ConfigureAwait(false);
            var query = await executor.SendAsync(session, DomainTransferCommand.Query(domain, stored is null ? null : new EppSecret(stored)), cancellationToken).ConfigureAwait(false);
            var transfer = query is EppAnswered { Response: { Code: EppResultCode.Success } q } ? q.GetData<DomainTransferData>() : null;
            var forGainer = transfer is not null && string.Equals(transfer.RequestingClientId, session.ClientId, StringComparison.Ordinal);
            if (forGainer && transfer!.Status == EppTransferStatus.Pending)
            {
                return RotationOutcome.Waiting;
            }

            if (!forGainer || transfer!.Status is not (EppTransferStatus.ClientApproved or EppTransferStatus.ServerApproved) || read == 2)
            {
                return query is EppAnswered ? RotationOutcome.Dropped : RotationOutcome.Waiting;
            }
        }

        var fresh = generator.Next();
        var update = new DomainUpdateCommand(domain) { Change = new DomainChange { AuthInfo = new EppSecret(fresh) } };
        var result = await executor.SendAsync(session, update, cancellationToken).ConfigureAwait(false);
        if (result is EppAnswered { Response.Code: EppResultCode.Success })
        {
            await store.SetAuthInfoAsync(domain, fresh, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("authInfo of {Domain:l} rotated for its new sponsor {Registrar:l}", domain, session.RegistrarId);
            return RotationOutcome.Rotated;
        }

        // An unknown outcome leaves the registry holding either value; keep the record and retry (the next update wins).
        logger.LogWarning("authInfo rotation of {Domain:l} for {Registrar:l} not done yet: {Result:l}", domain, session.RegistrarId, Describe(result));
        return RotationOutcome.Waiting;
    }

    private static string Describe(EppStepResult result) => result switch
    {
        EppAnswered a => $"{(int)a.Response.Code} {a.Response.Message}",
        _ => result.GetType().Name,
    };
}
