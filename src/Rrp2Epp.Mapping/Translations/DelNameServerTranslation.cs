using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// DEL NameServer (result-mapping.md §3.6): <c>host:info</c> (531, 545), under strict rules the in-zone parent's info
/// (551 when it shows a LOCK or HOLD), then <c>host:delete</c> (2305 → 532; 2304 split by the host's statuses).
/// </summary>
public sealed class DelNameServerTranslation : Translation
{
    private readonly DelNameServerRequest _request;
    private readonly string? _parent;

    /// <summary>Creates the translation.</summary>
    public DelNameServerTranslation(DelNameServerRequest request, TranslationContext context)
        : base(request, context)
    {
        _request = request;
        _parent = context.Profile.InZoneParentOf(request.NameServer);
    }

    /// <inheritdoc />
    protected override string ObjectName => _request.NameServer;

    private protected override EppCommand? QueryFor(FactKind fact) =>
        fact == FactKind.ObjectInfo ? new HostInfoCommand(_request.NameServer) : null;

    private protected override IEnumerable<PlanStep> Run()
    {
        if (WithoutHostObjects() is { } missing)
        {
            yield return missing;
            yield break;
        }

        var facts = NewFacts();
        var outcome = new StepOutcome();
        foreach (var step in Gate(TableStep.HostInfo, new HostInfoCommand(_request.NameServer), facts, outcome))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        if (_parent is not null && Tables.Results.CanRefuse(Command, Request.Entity, TableStep.ParentInfo, facts))
        {
            outcome = new StepOutcome();
            foreach (var step in Gate(TableStep.ParentInfo, new DomainInfoCommand(_parent) { Hosts = DomainInfoHosts.None }, facts, outcome))
            {
                yield return step;
            }

            if (outcome.Stop is { } parentStop)
            {
                yield return parentStop;
                yield break;
            }
        }

        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.HostDelete, new HostDeleteCommand(_request.NameServer), facts, outcome))
        {
            yield return step;
        }

        if (outcome.Stop is { } deleteStop)
        {
            yield return deleteStop;
            yield break;
        }

        if (outcome.LostAt is not null)
        {
            var read = new StepOutcome();
            foreach (var step in Read(new HostInfoCommand(_request.NameServer), read))
            {
                yield return step;
            }
            var verdict = read.Response?.Code switch
            {
                EppResultCode.ObjectDoesNotExist => "applied",
                EppResultCode.Success => "not-applied",
                _ => "unknown",
            };
            outcome = new StepOutcome();
            foreach (var step in Verdict(verdict, facts, outcome))
            {
                yield return step;
            }
        }

        yield return outcome.Row is { } row ? AnswerRow(row) : outcome.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no row decides");
    }
}
