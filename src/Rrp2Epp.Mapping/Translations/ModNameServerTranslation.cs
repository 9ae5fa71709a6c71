using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// MOD NameServer (result-mapping.md §3.8): refuse special-purpose addresses (535); <c>host:info</c> (531, 545, and the
/// address edits: 540 already there, 542 not there); under strict rules the in-zone parent (551); for a rename into an
/// in-zone parent, that parent (550 unregistered; 531 another registrar's); then <c>host:update</c> with the address
/// delta and the new name.
/// </summary>
public sealed class ModNameServerTranslation : Translation
{
    private readonly ModNameServerRequest _request;
    private readonly string? _parent;
    private readonly string? _newParent;
    private readonly List<IPAddress> _add = [];
    private readonly List<IPAddress> _remove = [];

    /// <summary>Creates the translation.</summary>
    public ModNameServerTranslation(ModNameServerRequest request, TranslationContext context)
        : base(request, context)
    {
        _request = request;
        _parent = context.Profile.InZoneParentOf(request.NameServer);
        _newParent = request.NewNameServer is { } renamed ? context.Profile.InZoneParentOf(renamed) : null;
    }

    /// <inheritdoc />
    protected override string ObjectName => _request.NameServer;

    private protected override EppCommand? QueryFor(FactKind fact) => fact switch
    {
        FactKind.ObjectInfo => new HostInfoCommand(_request.NameServer),
        FactKind.ParentInfo when _newParent is not null => new DomainInfoCommand(_newParent) { Hosts = DomainInfoHosts.None },
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
        facts.Ace = DomainNameFacts.HasAceLabel(_request.NewNameServer);
        facts.SpecialIp = HostFacts.AnyRestricted(_request.Addresses.Where(e => e.AddsNew).Select(e => e.New!), Profile);
        if (CheckRequest(facts) is { } refusal)
        {
            yield return AnswerRow(refusal);
            yield break;
        }

        var outcome = new StepOutcome();
        foreach (var step in Gate(TableStep.HostInfo, new HostInfoCommand(_request.NameServer), facts, outcome, Edits))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        foreach (var (parentStep, parent) in new[] { (TableStep.ParentInfo, _parent), (TableStep.NewParentInfo, _newParent == _parent ? null : _newParent) })
        {
            if (parent is null || !Tables.Results.CanRefuse(Command, Request.Entity, parentStep, facts))
            {
                continue;
            }

            outcome = new StepOutcome();
            foreach (var step in Gate(parentStep, new DomainInfoCommand(parent) { Hosts = DomainInfoHosts.None }, facts, outcome))
            {
                yield return step;
            }

            if (outcome.Stop is { } parentStop)
            {
                yield return parentStop;
                yield break;
            }
        }

        if (_add.Count == 0 && _remove.Count == 0 && _request.NewNameServer is null)
        {
            Note("nothing to change: no update sent");
            yield return Finish(RrpResponse.Of(RrpResponseCode.Success));
            yield break;
        }

        var update = new HostUpdateCommand(_request.NameServer)
        {
            Add = _add.Count == 0 ? null : new HostUpdateSet { Addresses = [.. _add.Select(HostAddress.From)] },
            Remove = _remove.Count == 0 ? null : new HostUpdateSet { Addresses = [.. _remove.Select(HostAddress.From)] },
            NewName = _request.NewNameServer,
        };
        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.HostUpdate, update, facts, outcome, (r, f) => f.SpecialIp = HostFacts.EchoesSpecialAddress(r)))
        {
            yield return step;
        }

        if (outcome.Stop is { } updateStop)
        {
            yield return updateStop;
            yield break;
        }

        if (outcome.LostAt is not null)
        {
            foreach (var step in Reconcile(facts, outcome))
            {
                yield return step;
            }
        }

        yield return outcome.Row is { } row ? AnswerRow(row) : outcome.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no row decides");
    }

    // The address edits against the host's addresses: an added value must be new, a removed one must exist (§4.5).
    private void Edits(EppResponse response, DecisionFacts facts)
    {
        var (add, remove, _) = EditDelta.Apply(_request.Addresses, HostFacts.Addresses(response.GetData<HostInfoData>()), EqualityComparer<IPAddress>.Default, facts);
        _add.AddRange(add);
        _remove.AddRange(remove);
    }

    // §4: every requested change visible → applied; none → not applied; a rename that did not happen leaves the old name.
    private IEnumerable<PlanStep> Reconcile(DecisionFacts facts, StepOutcome outcome)
    {
        var read = new StepOutcome();
        foreach (var step in Read(new HostInfoCommand(_request.NewNameServer ?? _request.NameServer), read))
        {
            yield return step;
        }
        string verdict;
        if (read.Response?.Code == EppResultCode.Success)
        {
            var now = HostFacts.Addresses(read.Response.GetData<HostInfoData>());
            var applied = _add.All(now.Contains) && !_remove.Any(now.Contains);
            var untouched = !_add.Any(now.Contains) && _remove.All(now.Contains);
            verdict = applied && (_request.NewNameServer is not null || !untouched) ? "applied"
                : untouched && _request.NewNameServer is null ? "not-applied"
                : "unknown";
        }
        else if (read.Response?.Code == EppResultCode.ObjectDoesNotExist && _request.NewNameServer is not null)
        {
            var old = new StepOutcome();
            foreach (var step in Read(new HostInfoCommand(_request.NameServer), old))
            {
                yield return step;
            }

            var now = HostFacts.Addresses(old.Response?.GetData<HostInfoData>());
            verdict = old.Response?.Code == EppResultCode.Success && !_add.Any(now.Contains) && _remove.All(now.Contains) ? "not-applied" : "unknown";
        }
        else
        {
            verdict = "unknown";
        }

        outcome.Row = null;
        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }
    }
}
