using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// TRANSFER (result-mapping.md §3.11). Who is acting decides the operation: <c>domain:info</c> names the sponsor; with
/// <c>-Approve</c> the transfer query names the requester and the state, and results.csv picks approve, reject, cancel
/// (2.0.0 requesters only), 534 or 531 before anything is sent. A request carries the registrar's <c>AuthInfo:</c>
/// or the stored authInfo (531 when there is neither). A completed transfer rotates the authInfo for the gainer.
/// </summary>
public sealed class TransferTranslation : Translation
{
    private static readonly Dictionary<RowAction, (TableStep Step, EppTransferOperation Operation, EppTransferStatus Done)> Operations = new()
    {
        [RowAction.Approve] = (TableStep.TransferApprove, EppTransferOperation.Approve, EppTransferStatus.ClientApproved),
        [RowAction.Reject] = (TableStep.TransferReject, EppTransferOperation.Reject, EppTransferStatus.ClientRejected),
        [RowAction.Cancel] = (TableStep.TransferCancel, EppTransferOperation.Cancel, EppTransferStatus.ClientCancelled),
    };

    private readonly TransferRequest _request;
    private bool _sponsor;
    private string? _requester;

    /// <summary>Creates the translation.</summary>
    public TransferTranslation(TransferRequest request, TranslationContext context)
        : base(request, context) => _request = request;

    /// <inheritdoc />
    protected override string ObjectName => _request.DomainName;

    private string? AuthInfo => _request.AuthInfo ?? Context.Inputs.StoredAuthInfo;

    private protected override EppCommand? QueryFor(FactKind fact) =>
        fact == FactKind.ObjectInfo ? Info() : null;

    private protected override IEnumerable<PlanStep> Run()
    {
        var facts = NewFacts();
        facts.Approve = _request.Approve switch { true => "yes", false => "no", null => "absent" };
        facts.AuthInfoMissing = _request.Approve is null && AuthInfo is null;
        if (_request.Approve is not null && _request.AuthInfo is not null)
        {
            Note("AuthInfo: ignored with -Approve");
        }

        var outcome = new StepOutcome();
        foreach (var step in Step(TableStep.DomainInfo, Info(), facts, outcome, (_, f) => _sponsor = f.Info!.IsSponsoredBy(Context.RegistrarId)))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        switch (outcome.Row!.Action)
        {
            case RowAction.Request:
                var request = DomainTransferCommand.Request(_request.DomainName, new EppSecret(AuthInfo!));
                Note($"transfer request with the {(_request.AuthInfo is null ? "stored" : "registrar-supplied")} authInfo");
                foreach (var step in Operate(TableStep.TransferRequest, request, EppTransferStatus.Pending, facts))
                {
                    yield return step;
                }

                yield break;
            case RowAction.Proceed:
                break;
            default:
                yield return AnswerRow(outcome.Row);
                yield break;
        }

        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.TransferQuery, DomainTransferCommand.Query(_request.DomainName), facts, outcome, WhoActs))
        {
            yield return step;
        }

        if (outcome.Stop is { } queryStop)
        {
            yield return queryStop;
            yield break;
        }

        if (!Operations.TryGetValue(outcome.Row!.Action, out var operation))
        {
            yield return AnswerRow(outcome.Row);
            yield break;
        }

        foreach (var step in Operate(operation.Step, new DomainTransferCommand(_request.DomainName, operation.Operation), operation.Done, facts))
        {
            yield return step;
        }
    }

    // The actor of §3.11: the sponsor (from the info), the latest requester (reID), or anyone else; and the state.
    private void WhoActs(EppResponse response, DecisionFacts facts)
    {
        var data = response.GetData<DomainTransferData>();
        _requester = data?.RequestingClientId;
        facts.Transfer = response.Code == EppResultCode.ObjectNotPendingTransfer || data is null ? "none"
            : data.Status == EppTransferStatus.Pending ? "pending"
            : "final";
        facts.Actor = _sponsor ? "sponsor"
            : string.Equals(_requester, Context.RegistrarId, StringComparison.OrdinalIgnoreCase) ? "requester"
            : "other";
        Note($"transfer state {facts.Transfer}, acting as {facts.Actor}");
    }

    private IEnumerable<PlanStep> Operate(TableStep step, DomainTransferCommand command, EppTransferStatus done, DecisionFacts facts)
    {
        var outcome = new StepOutcome();
        foreach (var next in Step(step, command, facts, outcome))
        {
            yield return next;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        ResultRow row;
        if (outcome.LostAt is { } sentAt)
        {
            var verdict = new StepOutcome();
            foreach (var next in Reconcile(command, done, sentAt, facts, verdict))
            {
                yield return next;
            }

            if (verdict.Row is null)
            {
                yield return verdict.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no reconcile row decides");
                yield break;
            }

            row = verdict.Row;
        }
        else
        {
            row = outcome.Row!;
            var status = outcome.Response!.GetData<DomainTransferData>()?.Status;
            if (row.Code is { } code && code.IsSuccess() && command.Operation == EppTransferOperation.Request
                && status is EppTransferStatus.ClientApproved or EppTransferStatus.ServerApproved)
            {
                Note("the registry completed the transfer at once");
                Effect(new RotateAuthInfoEffect(_request.DomainName, Context.RegistrarId));
            }
        }

        if (row.Code is { } success && success.IsSuccess() && command.Operation == EppTransferOperation.Approve)
        {
            Effect(new RotateAuthInfoEffect(_request.DomainName, _requester ?? Context.RegistrarId));
        }

        yield return AnswerRow(row);
    }

    // §4: a request applied shows pending with reID = self since the send (or the domain is ours already); an
    // approve, reject or cancel applied shows its final trStatus since the send.
    private IEnumerable<PlanStep> Reconcile(DomainTransferCommand command, EppTransferStatus done, DateTimeOffset sentAt, DecisionFacts facts, StepOutcome outcome)
    {
        var read = new StepOutcome();
        foreach (var step in Read(DomainTransferCommand.Query(_request.DomainName), read))
        {
            yield return step;
        }
        var data = read.Response?.GetData<DomainTransferData>();
        var self = string.Equals(data?.RequestingClientId, Context.RegistrarId, StringComparison.OrdinalIgnoreCase);
        string verdict;
        if (command.Operation == EppTransferOperation.Request)
        {
            if (data is { Status: EppTransferStatus.Pending } && self && AtOrAfter(data.RequestedAt, sentAt))
            {
                verdict = "applied";
            }
            else
            {
                var info = new StepOutcome();
                foreach (var step in Read(Info(), info))
                {
                    yield return step;
                }

                verdict = info.Response is { Code: EppResultCode.Success } answered
                    ? InfoFact.From(answered).IsSponsoredBy(Context.RegistrarId) ? "applied" : "not-applied"
                    : "unknown";
                if (verdict == "applied" && data is not { Status: EppTransferStatus.Pending })
                {
                    Effect(new RotateAuthInfoEffect(_request.DomainName, Context.RegistrarId));
                }
            }
        }
        else
        {
            verdict = data?.Status == done && AtOrAfter(data.ActionDate, sentAt) ? "applied"
                : data?.Status == EppTransferStatus.Pending ? "not-applied"
                : "unknown";
        }

        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }
    }

    private DomainInfoCommand Info() => new(_request.DomainName) { Hosts = DomainInfoHosts.None };
}
