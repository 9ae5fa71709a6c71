using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// MOD Domain (result-mapping.md §3.7, §5.4 with §6a decision 2): <c>domain:info</c>, then the local checks in order
/// (531/545, the status edits 543/540/542 from statuses.csv, 553/552, the update lock, holds, the delegation edits
/// 540/542, unregistered name servers 545, more than 13 541), then one <c>domain:update</c> with the delta against
/// the current state. Removing REGISTRAR-LOCK lifts <c>clientUpdateProhibited</c> together with the rest, and if the
/// registry refuses that with 2304 (or the profile says so) alone first; when the rest then fails the lock is put
/// back, and if even that fails the answer is 549 with an alert.
/// </summary>
public sealed class ModDomainTranslation : Translation
{
    private const string UpdateLock = DomainStatuses.ClientUpdateProhibited;

    private readonly ModDomainRequest _request;
    private StatusEditPlan? _plan;
    private readonly List<string> _nsAdd = [];
    private readonly List<string> _nsRemove = [];

    /// <summary>Creates the translation.</summary>
    public ModDomainTranslation(ModDomainRequest request, TranslationContext context)
        : base(request, context) => _request = request;

    /// <inheritdoc />
    protected override string ObjectName => _request.DomainName;

    private protected override EppCommand? QueryFor(FactKind fact) => fact switch
    {
        FactKind.ObjectInfo => Info(),
        FactKind.NameServers when Profile.Hosts == HostModel.Objects && _nsAdd.Count > 0 => new HostCheckCommand(_nsAdd),
        _ => null,
    };

    private protected override IEnumerable<PlanStep> Run()
    {
        if (!Context.Services.HasObject(EppNamespaces.Domain))
        {
            yield return Fail(GatewayFailureKind.ServiceMissing, "domain-1.0 not negotiated");
            yield break;
        }

        var facts = NewFacts();
        var outcome = new StepOutcome();
        foreach (var step in Gate(TableStep.DomainInfo, Info(), facts, outcome, Prepare))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        if (_nsAdd.Count > 0)
        {
            outcome = new StepOutcome();
            var check = Profile.Hosts == HostModel.Objects
                ? Gate(TableStep.HostCheck, new HostCheckCommand(_nsAdd), facts, outcome, (r, f) => f.NameServerUnregistered = r.Code == EppResultCode.Success && AnyUnregistered(r))
                : StoreCheck(facts, outcome);
            foreach (var step in check)
            {
                yield return step;
            }

            if (outcome.Stop is { } checkStop)
            {
                yield return checkStop;
                yield break;
            }
        }

        var plan = _plan!;
        if (plan.IsEmpty && _nsAdd.Count == 0 && _nsRemove.Count == 0)
        {
            Note("nothing to change: no update sent");
            yield return Finish(RrpResponse.Of(RrpResponseCode.Success));
            yield break;
        }

        if (Profile.Hosts == HostModel.Objects)
        {
            // A refusal of the update asks again: a name server may have gone since the pre-flight check.
            facts.NameServerUnregistered = null;
        }

        var liftsLock = plan.Remove.Contains(UpdateLock);
        var rest = Update(plan.Add, [.. plan.Remove.Where(s => s != UpdateLock)], _nsAdd, _nsRemove);
        var split = liftsLock && rest is not null && Profile.UpdateLockRemoval == UpdateLockRemoval.UpdateProhibitedFirst;
        if (!split)
        {
            outcome = new StepOutcome();
            foreach (var step in Step(TableStep.DomainUpdate, Update(plan.Add, plan.Remove, _nsAdd, _nsRemove)!, facts, outcome, ValueEdit))
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
                foreach (var step in Reconcile(facts, outcome, plan.Add, plan.Remove, _nsAdd, _nsRemove))
                {
                    yield return step;
                }

                yield return outcome.Row is { } verdict ? AnswerRow(verdict) : outcome.Stop!;
                yield break;
            }

            if (!(liftsLock && rest is not null && outcome.Response!.Code == EppResultCode.ObjectStatusProhibitsOperation))
            {
                yield return AnswerRow(outcome.Row!);
                yield break;
            }

            Note("§6a.2: the registry refused the combined unlock; removing clientUpdateProhibited alone first");
        }

        foreach (var step in Split(facts, plan, rest!))
        {
            yield return step;
        }
    }

    // Update A lifts the update lock alone; update B makes the rest of the changes; if B fails, A is undone.
    private IEnumerable<PlanStep> Split(DecisionFacts facts, StatusEditPlan plan, DomainUpdateCommand rest)
    {
        var outcome = new StepOutcome();
        foreach (var step in Step(TableStep.DomainUpdate, Update([], [UpdateLock], [], [])!, facts, outcome, ValueEdit))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        if (outcome.LostAt is not null)
        {
            foreach (var step in Reconcile(facts, outcome, [], [UpdateLock], [], []))
            {
                yield return step;
            }

            if (outcome.Row is not { Code: RrpResponseCode.Success })
            {
                yield return outcome.Row is { } verdict ? AnswerRow(verdict) : outcome.Stop!;
                yield break;
            }
        }
        else if (outcome.Row is not { Code: RrpResponseCode.Success })
        {
            yield return AnswerRow(outcome.Row!);
            yield break;
        }

        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.DomainUpdate, rest, facts, outcome, ValueEdit))
        {
            yield return step;
        }

        if (outcome.LostAt is not null)
        {
            foreach (var step in Reconcile(facts, outcome, plan.Add, [.. plan.Remove.Where(x => x != UpdateLock)], _nsAdd, _nsRemove))
            {
                yield return step;
            }
        }

        if (outcome.Row is { Code: { } code } && code.IsSuccess())
        {
            yield return AnswerRow(outcome.Row);
            yield break;
        }

        if (outcome.Row is { Code: RrpResponseCode.ServerErrorClosing } || (outcome.Row is null && Result is EppPathLost))
        {
            // Nothing can be undone now: the rest of the change is unsettled or the path is gone.
            Effect(new AlertEffect($"mod {_request.DomainName}: clientUpdateProhibited was removed and the rest of the change did not settle; check the update lock"));
            yield return outcome.Row is { } closing ? AnswerRow(closing) : outcome.Stop!;
            yield break;
        }

        // B failed or was not applied: put the update lock back before answering (all or nothing, RFC 2832 §4.3).
        var undo = new StepOutcome();
        foreach (var step in Read(Update([UpdateLock], [], [], [])!, undo))
        {
            yield return step;
        }

        if (undo.Response is { IsSuccess: true })
        {
            Note("clientUpdateProhibited put back");
            yield return outcome.Row is { } row ? AnswerRow(row) : outcome.Stop!;
            yield break;
        }

        Note("the update lock could not be put back");
        Effect(new AlertEffect($"mod {_request.DomainName}: the domain has lost its update lock (clientUpdateProhibited); put it back"));
        yield return Finish(RrpResponse.Of(RrpResponseCode.CommandFailed));
    }

    private IEnumerable<PlanStep> StoreCheck(DecisionFacts facts, StepOutcome outcome)
    {
        facts.NameServerUnregistered = _nsAdd.Any(n => Profile.InZoneParentOf(n) is not null && !Context.Inputs.NameServerAddresses.ContainsKey(n));
        foreach (var step in Decide(TableStep.HostCheck, EppResultCode.Success, facts, outcome))
        {
            yield return step;
        }

        if (outcome.Stop is null && !outcome.Proceeds)
        {
            outcome.Stop = AnswerRow(outcome.Row!);
        }
    }

    // The facts of the domain:info step: status edits, the MOD's kind, and the delegation edits against the info.
    private void Prepare(EppResponse response, DecisionFacts facts)
    {
        var info = response.GetData<DomainInfoData>();
        var statuses = info?.Statuses.Select(s => s.Value).ToList() ?? [];
        _plan = Tables.StatusMapping.PlanEdits(_request.Statuses, statuses);
        facts.StatusEdit = _plan.Refusal switch
        {
            StatusEditRefusal.Final => "final",
            StatusEditRefusal.Duplicate => "duplicate",
            StatusEditRefusal.Missing => "missing",
            _ => null,
        };
        if (_plan.Refusal != StatusEditRefusal.None)
        {
            Note($"status edit refused ({_plan.Refusal}) on {_plan.RefusedStatus?.ToWireText()} by {string.Join(", ", _plan.Rows)}");
        }

        if (_request.NameServers.Count == 0)
        {
            facts.Mod.Add("status-only");
        }

        if (_plan.RemovesRegistrarLock)
        {
            facts.Mod.Add("unlocks");
        }

        if (_request.NameServers.Count == 0 && _request.Statuses.Count > 0 && _request.Statuses.All(e => e.Kind == RrpEditKind.Add && e.New == RrpStatus.RegistrarLock))
        {
            // Open point 6: REGISTRAR-LOCK shown from a partial triple is completed by adding it.
            facts.Mod.Add("locks");
        }

        var current = (info?.NameServers?.Names ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (add, remove, count) = EditDelta.Apply(_request.NameServers, current, StringComparer.OrdinalIgnoreCase, facts);
        if (count > 13)
        {
            facts.Edits.Add("too-many");
        }

        _nsAdd.AddRange(add);
        _nsRemove.AddRange(remove);
    }

    private void ValueEdit(EppResponse response, DecisionFacts facts)
    {
        var echoed = response.Values.FirstOrDefault(v => v.NamespaceUri == EppNamespaces.Domain && v.LocalName is "hostObj" or "hostAttr" or "hostName");
        var name = echoed?.Text.Trim();
        facts.ValueEditName = name;
        facts.ValueEdit = name is null ? null
            : _nsAdd.Contains(name, StringComparer.OrdinalIgnoreCase) ? "add"
            : _nsRemove.Contains(name, StringComparer.OrdinalIgnoreCase) ? "remove"
            : null;
    }

    // §4: one update is all or nothing, so every change visible → applied, none → not applied, a mix → unknown.
    private IEnumerable<PlanStep> Reconcile(
        DecisionFacts facts,
        StepOutcome outcome,
        IReadOnlyList<string> add,
        IReadOnlyList<string> remove,
        IReadOnlyList<string> nsAdd,
        IReadOnlyList<string> nsRemove)
    {
        var read = new StepOutcome();
        foreach (var step in Read(Info(), read))
        {
            yield return step;
        }
        var verdict = "unknown";
        if (read.Response?.GetData<DomainInfoData>() is { } info)
        {
            var statuses = info.Statuses.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
            var names = (info.NameServers?.Names ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            bool[] changes =
            [
                .. add.Select(statuses.Contains), .. remove.Select(s => !statuses.Contains(s)),
                .. nsAdd.Select(names.Contains), .. nsRemove.Select(n => !names.Contains(n)),
            ];
            verdict = changes.All(c => c) ? "applied" : changes.All(c => !c) ? "not-applied" : "unknown";
        }

        outcome.Row = null;
        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }
    }

    private DomainUpdateCommand? Update(IReadOnlyList<string> addStatuses, IReadOnlyList<string> removeStatuses, IReadOnlyList<string> addNs, IReadOnlyList<string> removeNs)
    {
        var add = Set(addStatuses, addNs, glue: true);
        var remove = Set(removeStatuses, removeNs, glue: false);
        return add is null && remove is null ? null : new DomainUpdateCommand(_request.DomainName) { Add = add, Remove = remove };
    }

    private DomainUpdateSet? Set(IReadOnlyList<string> statuses, IReadOnlyList<string> nameServers, bool glue)
    {
        if (statuses.Count == 0 && nameServers.Count == 0)
        {
            return null;
        }

        DomainNameServers? ns = null;
        if (nameServers.Count > 0)
        {
            ns = Profile.Hosts == HostModel.Objects
                ? DomainNameServers.FromHostObjects(nameServers)
                : DomainNameServers.FromHostAttributes(nameServers.Select(n =>
                    glue && Profile.InZoneParentOf(n) is not null && Context.Inputs.NameServerAddresses.TryGetValue(n, out var addresses)
                        ? new DomainHostAttribute(n, [.. addresses.Select(HostAddress.From)])
                        : new DomainHostAttribute(n)));
        }

        return new DomainUpdateSet { NameServers = ns, Statuses = [.. statuses.Select(s => new EppStatus(s))] };
    }

    private DomainInfoCommand Info() => new(_request.DomainName) { Hosts = DomainInfoHosts.Delegated };
}
