using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// Domain transfers (RFC 5731 §3.1.3, §3.2.4): request by a non-sponsor with the authInfo,
// approve/reject by the sponsor, cancel by the requester, query by either (or with the authInfo),
// auto-approval at acDate. Both registrars get a poll message at the request and at the end.
public sealed partial class SandboxRegistry
{
    private SandboxResult DomainTransfer(DomainTransferRequest c, Registrar registrar, DateTimeOffset now)
    {
        if (!_domains.TryGetValue(DomainNames.Normalize(c.Name), out var d))
        {
            return DomainMissing(c.Name);
        }

        return c.Op switch
        {
            "request" => TransferRequest(c, d, registrar, now),
            "query" => TransferQuery(c, d, registrar.Id),
            "approve" => TransferAct(d, registrar.Id, now, "clientApproved"),
            "reject" => TransferAct(d, registrar.Id, now, "clientRejected"),
            _ => TransferAct(d, registrar.Id, now, "clientCancelled"),
        };
    }

    private SandboxResult TransferRequest(DomainTransferRequest c, DomainObject d, Registrar registrar, DateTimeOffset now)
    {
        if (d.Sponsor == registrar.Id)
        {
            return SandboxResult.Fail(EppResultCode.CommandUseError, ErrorValue.Domain("name", d.Name, "The registrar already sponsors this domain"));
        }

        if (c.AuthInfo is null || !AuthInfoMatches(d, c.AuthInfo))
        {
            return SandboxResult.Fail(EppResultCode.InvalidAuthorizationInformation,
                ErrorValue.Domain("name", d.Name, c.AuthInfo is null ? "A transfer request needs the domain's authInfo" : "The authInfo does not match"));
        }

        if (d.PendingTransfer)
        {
            return SandboxResult.Fail(EppResultCode.ObjectPendingTransfer, ErrorValue.Domain("name", d.Name, "A transfer is already pending"));
        }

        if (d.PendingState is not null || (d.Statuses & ObjectStatuses.TransferProhibited) != 0)
        {
            return StatusProhibits(d, d.PendingState ?? "a *TransferProhibited status");
        }

        var lockStart = d.TrDate is { } tr && tr > d.CrDate ? tr : d.CrDate;
        if (_policies.TransferLockPeriod > TimeSpan.Zero && now < lockStart + _policies.TransferLockPeriod)
        {
            return SandboxResult.Fail(EppResultCode.NotEligibleForTransfer,
                ErrorValue.Domain("name", d.Name, $"No transfer within {_policies.TransferLockPeriod.TotalDays:0} days of the creation or last transfer"));
        }

        if (PeriodMonths(c.Period, out var months) is { } periodError)
        {
            return periodError;
        }

        var years = (months + 11) / 12;
        var exDate = d.ExDate.AddMonths(months);
        if (exDate > now.AddYears(_policies.MaxRegistrationYears))
        {
            return PeriodTooLong(c.Period ?? new Period(1, "y"));
        }

        if (!TryCharge(registrar, years))
        {
            return Billing(registrar, d.Name);
        }

        d.Transfer = new TransferRecord
        {
            Status = "pending",
            RequestedBy = registrar.Id,
            RequestedAt = now,
            ActingId = d.Sponsor,
            ActingAt = now + _policies.TransferAutoApprovePeriod,
            Years = years,
            ExDate = exDate,
        };
        var data = TransferData(d);
        Enqueue(d.Sponsor, now, "Transfer requested.", data);
        Enqueue(registrar.Id, now, "Transfer requested.", data);
        Schedule(d);
        return new SandboxResult(EppResultCode.SuccessPending, data);
    }

    private SandboxResult TransferQuery(DomainTransferRequest c, DomainObject d, string clientId)
    {
        if (c.AuthInfo is { } auth && !AuthInfoMatches(d, auth))
        {
            return SandboxResult.Fail(EppResultCode.InvalidAuthorizationInformation, ErrorValue.Domain("name", d.Name, "The authInfo does not match"));
        }

        var t = d.Transfer;
        var involved = clientId == d.Sponsor || (t is not null && (clientId == t.RequestedBy || clientId == t.ActingId)) || c.AuthInfo is not null;
        if (!involved)
        {
            return SandboxResult.Fail(EppResultCode.AuthorizationError,
                ErrorValue.Domain("name", d.Name, "Only the sponsor, the requester or a client with the authInfo may query the transfer"));
        }

        return t is null
            ? SandboxResult.Fail(EppResultCode.ObjectNotPendingTransfer, ErrorValue.Domain("name", d.Name, "The domain has never been transferred"))
            : new SandboxResult(EppResultCode.Success, TransferData(d));
    }

    private SandboxResult TransferAct(DomainObject d, string clientId, DateTimeOffset now, string outcome)
    {
        var t = d.Transfer;
        var cancel = outcome == "clientCancelled";
        if (cancel && t is not { Pending: true })
        {
            // Without a pending transfer there is no requester to compare with.
            return SandboxResult.Fail(EppResultCode.ObjectNotPendingTransfer, ErrorValue.Domain("name", d.Name, "No transfer is pending"));
        }

        var allowed = cancel ? t!.RequestedBy == clientId : d.Sponsor == clientId;
        if (!allowed)
        {
            return SandboxResult.Fail(EppResultCode.AuthorizationError, ErrorValue.Domain("name", d.Name,
                cancel ? "Only the requesting registrar may cancel a transfer" : "Only the sponsoring registrar may approve or reject a transfer"));
        }

        if (t is not { Pending: true })
        {
            return SandboxResult.Fail(EppResultCode.ObjectNotPendingTransfer, ErrorValue.Domain("name", d.Name, "No transfer is pending"));
        }

        CompleteTransfer(d, outcome, clientId, now);
        return new SandboxResult(EppResultCode.Success, TransferData(d));
    }

    /// <summary>Ends a pending transfer; an approval moves sponsorship, subordinate hosts and the expiry.</summary>
    private void CompleteTransfer(DomainObject d, string outcome, string actingId, DateTimeOffset at)
    {
        var t = d.Transfer!;
        var losing = d.Sponsor;
        t.Status = outcome;
        t.ActingId = actingId;
        t.ActingAt = at;
        if (outcome is "clientApproved" or "serverApproved")
        {
            d.ExDate = TransferExpiry(d, t.Years, at);
            t.ExDate = d.ExDate;
            d.Sponsor = t.RequestedBy;
            d.TrDate = at;
            foreach (var host in d.Subordinates)
            {
                host.Sponsor = t.RequestedBy;
                host.TrDate = at;
            }

            d.Grace.Clear(); // The losing registrar's grace periods (refund rights) end with its sponsorship.
            d.Grace.Add(new GracePeriod("transferPeriod", at + _policies.TransferGracePeriod, t.Years));
        }
        else
        {
            t.ExDate = d.ExDate;
            Refund(t.RequestedBy, t.Years);
        }

        var text = outcome switch
        {
            "clientApproved" => "Transfer approved.",
            "serverApproved" => "Transfer approved by the registry.",
            "clientRejected" => "Transfer rejected.",
            _ => "Transfer cancelled.",
        };
        var data = TransferData(d);
        Enqueue(losing, at, text, data);
        Enqueue(t.RequestedBy, at, text, data);
    }

    /// <summary>The expiry after a transfer of <paramref name="years"/>, kept within the maximum term.</summary>
    private DateTimeOffset TransferExpiry(DomainObject d, int years, DateTimeOffset at)
    {
        var extended = d.ExDate.AddYears(years);
        var cap = at.AddYears(_policies.MaxRegistrationYears);
        return extended > cap ? (d.ExDate > cap ? d.ExDate : cap) : extended;
    }

    private static DomainTransferSnapshot TransferData(DomainObject d)
    {
        var t = d.Transfer!;
        return new DomainTransferSnapshot(d.Name, t.Status, t.RequestedBy, t.RequestedAt, t.ActingId, t.ActingAt, t.ExDate);
    }
}
