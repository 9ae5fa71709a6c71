using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// RENEW (result-mapping.md §3.9): RRP gives only the expiry year, EPP needs the date, so <c>domain:info</c> first.
/// Then the local checks: 531, 545; a year that is not the expiry year is 555 when year + period is the expiry year
/// (this renewal already happened, §6 point 9) and 541 otherwise; 556 past now + the profile's maximum term; the
/// statuses that block a renewal. <c>domain:renew</c> then carries the info's curExpDate and the period (the
/// profile's default without options).
/// </summary>
public sealed class RenewTranslation : Translation
{
    private readonly RenewRequest _request;
    private readonly int _period;
    private DateTimeOffset? _expiry;

    /// <summary>Creates the translation.</summary>
    public RenewTranslation(RenewRequest request, TranslationContext context)
        : base(request, context)
    {
        _request = request;
        _period = request.Period ?? context.Profile.DefaultRenewPeriod;
    }

    /// <inheritdoc />
    protected override string ObjectName => _request.DomainName;

    private protected override EppCommand? QueryFor(FactKind fact) =>
        fact == FactKind.ObjectInfo ? new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None } : null;

    private protected override IEnumerable<PlanStep> Run()
    {
        if (Context.Inputs.Now is not { } now)
        {
            yield return Fail(GatewayFailureKind.GatewayFault, "RENEW needs the gateway's clock (TranslationInputs.Now) for the maximum term");
            yield break;
        }

        var facts = NewFacts();
        var outcome = new StepOutcome();
        foreach (var step in Gate(TableStep.DomainInfo, new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, facts, outcome, (r, f) => Judge(r, f, now)))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        if (_expiry is not { } expiry)
        {
            yield return Fail(GatewayFailureKind.GatewayFault, "the registry's info carries no exDate: curExpDate cannot be built");
            yield break;
        }

        var renew = new DomainRenewCommand(_request.DomainName, DateOnly.FromDateTime(expiry.UtcDateTime)) { Period = EppPeriod.Years(_period) };
        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.DomainRenew, renew, facts, outcome))
        {
            yield return step;
        }

        if (outcome.Stop is { } renewStop)
        {
            yield return renewStop;
            yield break;
        }

        if (outcome.LostAt is not null)
        {
            foreach (var step in Reconcile(expiry, facts))
            {
                yield return step;
            }

            yield break;
        }

        var row = outcome.Row!;
        if (row.Code is not { } code || !code.IsSuccess())
        {
            yield return AnswerRow(row);
            yield break;
        }

        DateTimeOffset? renewed = outcome.Response!.Code == EppResultCode.SuccessPending
            ? expiry.AddYears(_period)
            : outcome.Response.GetData<DomainRenewData>()?.ExpiresAt;
        if (renewed is null)
        {
            Note("renData has no exDate: reading it from an info");
            var read = new StepOutcome();
            foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, read))
            {
                yield return step;
            }

            renewed = read.Response?.GetData<DomainInfoData>()?.ExpiresAt ?? expiry.AddYears(_period);
        }

        yield return AnswerRow(row, _ => Success(renewed));
    }

    // The year rule (§6 point 9) and the maximum term, taken from the info in the profile's zone.
    private void Judge(EppResponse response, DecisionFacts facts, DateTimeOffset now)
    {
        _expiry = response.GetData<DomainInfoData>()?.ExpiresAt;
        if (_expiry is not { } expiry)
        {
            return;
        }

        var year = TimeZoneInfo.ConvertTime(expiry, Profile.TimeZone).Year;
        if (_request.CurrentExpirationYear is { } given && given != year)
        {
            facts.Year = given + _period == year ? "renewed" : "mismatch";
            Note($"-CurrentExpirationYear {given} + {_period} against the expiry year {year}: {facts.Year}");
        }

        facts.MaxTerm = expiry.AddYears(_period) > now.AddYears(Profile.MaximumTerm);
    }

    private IEnumerable<PlanStep> Reconcile(DateTimeOffset expiry, DecisionFacts facts)
    {
        var read = new StepOutcome();
        foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, read))
        {
            yield return step;
        }
        var current = read.Response?.GetData<DomainInfoData>()?.ExpiresAt;
        var verdict = current is null ? "unknown"
            : SameDay(current.Value, expiry.AddYears(_period)) ? "applied"
            : SameDay(current.Value, expiry) ? "not-applied"
            : "unknown";
        var outcome = new StepOutcome();
        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }

        yield return outcome.Row is { } row ? AnswerRow(row, _ => Success(current)) : outcome.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no reconcile row decides");
    }

    private static bool SameDay(DateTimeOffset a, DateTimeOffset b) => DateOnly.FromDateTime(a.UtcDateTime) == DateOnly.FromDateTime(b.UtcDateTime);

    private RrpResponse Success(DateTimeOffset? expires) =>
        new RrpAttributes(Profile.TimeZone, Context.Version, Note).Date(RrpAttributeNames.RegistrationExpirationDate, expires).Response(RrpResponseCode.Success);
}
