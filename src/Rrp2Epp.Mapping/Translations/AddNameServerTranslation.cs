using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// ADD NameServer (result-mapping.md §3.3): refuse special-purpose addresses (535) and glue-less in-zone hosts (504)
/// first, read the in-zone parent (550 when it is not registered; 531 under strict rules when another registrar
/// sponsors it), then <c>host:create</c>.
/// </summary>
public sealed class AddNameServerTranslation : Translation
{
    private readonly AddNameServerRequest _request;
    private readonly string? _parent;

    /// <summary>Creates the translation.</summary>
    public AddNameServerTranslation(AddNameServerRequest request, TranslationContext context)
        : base(request, context)
    {
        _request = request;
        _parent = context.Profile.InZoneParentOf(request.NameServer);
    }

    /// <inheritdoc />
    protected override string ObjectName => _request.NameServer;

    private protected override EppCommand? QueryFor(FactKind fact) => fact switch
    {
        FactKind.ParentInfo when _parent is not null => new DomainInfoCommand(_parent) { Hosts = DomainInfoHosts.None },
        FactKind.ObjectInfo => new HostInfoCommand(_request.NameServer),
        _ => null,
    };

    private protected override IEnumerable<PlanStep> Run()
    {
        if (WithoutHostObjects() is { } missing)
        {
            yield return missing;
            yield break;
        }

        var facts = NewFacts();
        facts.Ace = DomainNameFacts.HasAceLabel(_request.NameServer);
        facts.SpecialIp = HostFacts.AnyRestricted(_request.Addresses, Profile);
        HostFacts.Shape(facts, _parent, _request.Addresses.Count);
        if (CheckRequest(facts) is { } refusal)
        {
            yield return AnswerRow(refusal);
            yield break;
        }

        var outcome = new StepOutcome();
        if (_parent is not null && Tables.Results.CanRefuse(Command, Request.Entity, TableStep.ParentInfo, facts))
        {
            foreach (var step in Gate(TableStep.ParentInfo, new DomainInfoCommand(_parent) { Hosts = DomainInfoHosts.None }, facts, outcome))
            {
                yield return step;
            }

            if (outcome.Stop is { } stop)
            {
                yield return stop;
                yield break;
            }
        }

        outcome = new StepOutcome();
        var create = new HostCreateCommand(_request.NameServer) { Addresses = [.. _request.Addresses.Select(HostAddress.From)] };
        foreach (var step in Step(TableStep.HostCreate, create, facts, outcome, (response, f) => f.SpecialIp = HostFacts.EchoesSpecialAddress(response)))
        {
            yield return step;
        }

        if (outcome.Stop is { } createStop)
        {
            yield return createStop;
            yield break;
        }

        if (outcome.LostAt is { } sentAt)
        {
            foreach (var step in Reconcile(sentAt, facts))
            {
                yield return step;
            }

            yield break;
        }

        yield return AnswerRow(outcome.Row!);
    }

    private IEnumerable<PlanStep> Reconcile(DateTimeOffset sentAt, DecisionFacts facts)
    {
        var read = new StepOutcome();
        foreach (var step in Read(new HostInfoCommand(_request.NameServer), read))
        {
            yield return step;
        }
        facts.Info = read.Response is { } r ? InfoFact.From(r) : InfoFact.Unavailable;
        var verdict = read.Response?.Code switch
        {
            EppResultCode.ObjectDoesNotExist => "not-applied",
            EppResultCode.Success when facts.Info.IsSponsoredBy(Context.RegistrarId) && AtOrAfter(read.Response.GetData<HostInfoData>()?.CreatedAt, sentAt) => "applied",
            EppResultCode.Success when facts.Info.ClientId is not null => "not-applied",
            _ => "unknown",
        };
        var outcome = new StepOutcome();
        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }

        yield return outcome.Row is { } row ? AnswerRow(row) : outcome.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no reconcile row decides");
    }
}
