using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// RESTORE (VeriSign's, result-mapping.md §3.12): 500 when the EPP session lacks rgp-1.0 (the command does not exist
/// here); <c>domain:info</c> (531, 545, 552 unless the RGP status is redemptionPeriod); the RGP restore request; and,
/// when the profile says so, the restore report from the operator's text. A report that fails after the request
/// succeeded still answers 200, with an alert: the request stands and the report can be sent again.
/// </summary>
public sealed class RestoreTranslation : Translation
{
    private readonly RestoreRequest _request;
    private DateTimeOffset? _deletedAt;

    /// <summary>Creates the translation.</summary>
    public RestoreTranslation(RestoreRequest request, TranslationContext context)
        : base(request, context) => _request = request;

    /// <inheritdoc />
    protected override string ObjectName => _request.DomainName;

    private protected override EppCommand? QueryFor(FactKind fact) =>
        fact == FactKind.ObjectInfo ? new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None } : null;

    private protected override IEnumerable<PlanStep> Run()
    {
        if (!Context.Services.HasExtension(EppNamespaces.Rgp))
        {
            yield return Fail(GatewayFailureKind.ServiceMissing, "rgp-1.0 not negotiated");
            yield break;
        }

        var report = Profile.Restore == RestoreMode.RequestAndReport;
        if (report && (Profile.RestoreReport is null || Context.Inputs.Now is null))
        {
            yield return Fail(GatewayFailureKind.GatewayFault, "a restore report needs the profile's text and the gateway's clock (TranslationInputs.Now)");
            yield break;
        }

        var facts = NewFacts();
        var outcome = new StepOutcome();
        foreach (var step in Gate(TableStep.DomainInfo, new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, facts, outcome,
                     (r, _) => _deletedAt = r.GetData<DomainInfoData>()?.UpdatedAt))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.RestoreRequest, new RgpRestoreRequestCommand(_request.DomainName), facts, outcome))
        {
            yield return step;
        }

        if (outcome.Stop is { } requestStop)
        {
            yield return requestStop;
            yield break;
        }

        if (outcome.LostAt is not null)
        {
            var read = new StepOutcome();
            foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, read))
            {
                yield return step;
            }
            var rgp = read.Response?.Code == EppResultCode.Success ? read.Response.RgpStatuses.Select(s => s.Value).ToHashSet(StringComparer.Ordinal) : null;
            var verdict = rgp is null ? "unknown"
                : rgp.Contains(RgpStatuses.PendingRestore) ? "applied"
                : rgp.Contains(RgpStatuses.RedemptionPeriod) ? "not-applied"
                : "unknown";
            outcome = new StepOutcome();
            foreach (var step in Verdict(verdict, facts, outcome))
            {
                yield return step;
            }

            if (outcome.Row is not { } verdictRow)
            {
                yield return outcome.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no reconcile row decides");
                yield break;
            }

            if (verdictRow.Code is not { } verdictCode || !verdictCode.IsSuccess() || !report)
            {
                yield return AnswerRow(verdictRow);
                yield break;
            }
        }
        else if (outcome.Row is not { Code: { } code } || !code.IsSuccess() || !report)
        {
            yield return AnswerRow(outcome.Row!);
            yield break;
        }

        foreach (var step in Report(facts))
        {
            yield return step;
        }
    }

    private IEnumerable<PlanStep> Report(DecisionFacts facts)
    {
        var template = Profile.RestoreReport!;
        var now = Context.Inputs.Now!.Value;
        string Fill(string text) => text.Replace("{domain}", _request.DomainName, StringComparison.Ordinal);
        var content = new RgpRestoreReport(Fill(template.PreData), Fill(template.PostData), _deletedAt ?? now, now, Fill(template.Reason), Fill(template.Statement1), Fill(template.Statement2))
        {
            Other = template.Other is null ? null : Fill(template.Other),
            Language = template.Language,
        };
        var outcome = new StepOutcome();
        foreach (var step in Step(TableStep.RestoreReport, new RgpRestoreReportCommand(_request.DomainName, content), facts, outcome))
        {
            yield return step;
        }

        if (outcome.Row is { } row)
        {
            yield return AnswerRow(row);
            yield break;
        }

        // The request stands whatever became of the report: answer as the report row for a failure does.
        Note("the restore report did not go through; the restore request stands (PENDINGRESTORE)");
        Effect(new AlertEffect($"restore {_request.DomainName}: the restore report was not delivered; send it again"));
        yield return Finish(RrpResponse.Of(RrpResponseCode.Success));
    }
}
