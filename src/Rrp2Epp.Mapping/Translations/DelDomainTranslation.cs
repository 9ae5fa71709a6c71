using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// DEL Domain (result-mapping.md §3.5 with §6a decision 3). EPP refuses to delete a domain while any child host exists;
/// RRP deletes the unused ones with it and refuses (533) only when a child serves other domains. So: the info's local
/// checks (531, 545, 553, 552, 544); every child host read first (a child linked by other domains, or one that cannot
/// be deleted, is 533 with nothing changed); the domain's own delegation to its children removed and those children
/// read again (still linked: put the delegation back, 533); the children deleted; the domain deleted. A failure after
/// the first change undoes the earlier steps (children re-created with their addresses, the delegation restored) before
/// the answer; an undo that fails raises an alert. Not atomic, as open point 3 says.
/// </summary>
public sealed class DelDomainTranslation : Translation
{
    private readonly DelDomainRequest _request;
    private readonly Dictionary<string, IReadOnlyList<HostAddress>> _children = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _undelegated = [];
    private readonly List<string> _deleted = [];
    private FinishStep? _answer;

    /// <summary>Creates the translation.</summary>
    public DelDomainTranslation(DelDomainRequest request, TranslationContext context)
        : base(request, context) => _request = request;

    /// <inheritdoc />
    protected override string ObjectName => _request.DomainName;

    private protected override EppCommand? QueryFor(FactKind fact) =>
        fact == FactKind.ObjectInfo ? new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None } : null;

    private protected override IEnumerable<PlanStep> Run()
    {
        var facts = NewFacts();
        var outcome = new StepOutcome();
        DomainInfoData? info = null;
        foreach (var step in Gate(TableStep.DomainInfo, new DomainInfoCommand(_request.DomainName), facts, outcome, (r, _) => info = r.GetData<DomainInfoData>()))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        var cascade = Profile.DeleteCascade && Profile.Hosts == HostModel.Objects && info!.SubordinateHosts.Count > 0;
        if (cascade)
        {
            var own = (info!.NameServers?.Names ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var step in Cascade(info.SubordinateHosts, own, facts, outcome))
            {
                yield return step;
            }

            if (outcome.Stop is { } cascadeStop)
            {
                yield return cascadeStop;
                yield break;
            }
        }

        outcome = new StepOutcome();
        foreach (var step in Step(TableStep.DomainDelete, new DomainDeleteCommand(_request.DomainName), facts, outcome))
        {
            yield return step;
        }

        if (outcome.LostAt is not null)
        {
            foreach (var step in ReconcileDelete(facts, outcome))
            {
                yield return step;
            }
        }
        else if (outcome.Row is { Code: RrpResponseCode.Success } && outcome.Response!.Code == EppResultCode.Success)
        {
            Note("purged at once: the stored authInfo goes");
            Effect(new ForgetAuthInfoEffect(_request.DomainName));
        }

        if (outcome.Row is { Code: RrpResponseCode.Success })
        {
            yield return AnswerRow(outcome.Row);
            yield break;
        }

        foreach (var step in UndoThenAnswer(outcome))
        {
            yield return step;
        }
    }

    // Steps 1-3 of the cascade; on a refusal outcome.Stop holds the answer, with every change undone.
    private IEnumerable<PlanStep> Cascade(IReadOnlyList<string> children, HashSet<string> own, DecisionFacts facts, StepOutcome result)
    {
        foreach (var child in children)
        {
            var outcome = new StepOutcome();
            var selfDelegated = own.Contains(child);
            foreach (var step in Gate(TableStep.HostInfo, new HostInfoCommand(child), facts, outcome, (r, f) => Child(child, r, f, ambiguous: selfDelegated)))
            {
                yield return step;
            }

            if (outcome.Stop is not null)
            {
                result.Stop = outcome.Stop;
                yield break;
            }
        }

        var delegated = _children.Keys.Where(own.Contains).ToList();
        if (delegated.Count > 0)
        {
            var outcome = new StepOutcome();
            foreach (var step in Step(TableStep.DomainUpdate, Delegation(delegated, remove: true), facts, outcome))
            {
                yield return step;
            }

            if (outcome.LostAt is not null)
            {
                foreach (var step in ReconcileDelegation(delegated, facts, outcome))
                {
                    yield return step;
                }

                if (outcome.Row is not { Action: RowAction.Proceed })
                {
                    result.Stop = outcome.Row is { } verdict ? AnswerRow(verdict) : outcome.Stop;
                    yield break;
                }
            }
            else if (outcome.Stop is not null || !outcome.Proceeds)
            {
                result.Stop = outcome.Stop ?? AnswerRow(outcome.Row!);
                yield break;
            }

            _undelegated.AddRange(delegated);
            foreach (var child in delegated)
            {
                outcome = new StepOutcome();
                foreach (var step in Step(TableStep.HostInfo, new HostInfoCommand(child), facts, outcome, (r, f) => Child(child, r, f, ambiguous: false)))
                {
                    yield return step;
                }

                if (outcome.Stop is not null || !outcome.Proceeds)
                {
                    Note($"{child} still serves other domains once the domain's own delegation is gone");
                    foreach (var step in UndoThenAnswer(outcome))
                    {
                        yield return step;
                    }

                    result.Stop = _answer;
                    yield break;
                }
            }
        }

        foreach (var child in _children.Keys.ToList())
        {
            var outcome = new StepOutcome();
            foreach (var step in Step(TableStep.HostDelete, new HostDeleteCommand(child), facts, outcome))
            {
                yield return step;
            }

            if (outcome.LostAt is not null)
            {
                var read = new StepOutcome();
                foreach (var step in Read(new HostInfoCommand(child), read))
                {
                    yield return step;
                }

                var verdict = read.Response?.Code switch
                {
                    EppResultCode.ObjectDoesNotExist => "applied",
                    EppResultCode.Success => "not-applied",
                    _ => "unknown",
                };
                if (verdict == "applied")
                {
                    _deleted.Add(child);
                    continue;
                }

                outcome = new StepOutcome();
                foreach (var step in Verdict(verdict, facts, outcome))
                {
                    yield return step;
                }
            }

            if (outcome.Proceeds)
            {
                _deleted.Add(child);
                continue;
            }

            foreach (var step in UndoThenAnswer(outcome))
            {
                yield return step;
            }

            result.Stop = _answer;
            yield break;
        }
    }

    // The answer for a failed step after the cascade changed something: undo first, then answer; an unsettled
    // outcome (420) or a lost path cannot be undone and is answered as it is, with an alert when changes remain.
    private IEnumerable<PlanStep> UndoThenAnswer(StepOutcome failed)
    {
        var unsettled = failed.Row is { Code: RrpResponseCode.ServerErrorClosing } || (failed.Row is null && Result is EppPathLost);
        var undone = true;
        if (!unsettled)
        {
            foreach (var host in _deleted)
            {
                var recreate = new StepOutcome();
                foreach (var step in Read(new HostCreateCommand(host) { Addresses = _children[host] }, recreate))
                {
                    yield return step;
                }

                undone &= recreate.Response is { IsSuccess: true };
            }

            if (_undelegated.Count > 0)
            {
                var restore = new StepOutcome();
                foreach (var step in Read(Delegation(_undelegated, remove: false), restore))
                {
                    yield return step;
                }

                undone &= restore.Response is { IsSuccess: true };
            }

            if (_deleted.Count + _undelegated.Count > 0)
            {
                Note(undone ? "cascade undone" : "the cascade could not be undone in full");
            }
        }

        if ((!undone || unsettled) && _deleted.Count + _undelegated.Count > 0)
        {
            Effect(new AlertEffect($"del {_request.DomainName}: the cascade {(unsettled ? "did not settle" : "could not be undone")}; child hosts deleted: {string.Join(", ", _deleted)}; delegation removed: {string.Join(", ", _undelegated)}"));
        }

        _answer = failed.Row is { } row ? AnswerRow(row) : failed.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no row decides");
        yield return _answer;
    }

    // A child's info: remember its addresses (for the undo); while the domain delegates to it, 'linked' proves nothing.
    private void Child(string child, EppResponse response, DecisionFacts facts, bool ambiguous)
    {
        if (response.GetData<HostInfoData>() is { } host)
        {
            _children[child] = host.Addresses;
        }

        if (ambiguous && facts.Info is { } info)
        {
            facts.Info = info with { Statuses = info.Statuses.Where(s => s != HostStatuses.Linked).ToHashSet(StringComparer.Ordinal) };
        }
    }

    private IEnumerable<PlanStep> ReconcileDelegation(IReadOnlyList<string> delegated, DecisionFacts facts, StepOutcome outcome)
    {
        var read = new StepOutcome();
        foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.Delegated }, read))
        {
            yield return step;
        }

        var names = read.Response?.GetData<DomainInfoData>()?.NameServers?.Names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var verdict = read.Response?.Code != EppResultCode.Success ? "unknown"
            : names is null || !delegated.Any(names.Contains) ? "applied"
            : delegated.All(names.Contains) ? "not-applied"
            : "unknown";
        if (verdict == "applied")
        {
            Note("reconciliation: the delegation was removed");
            outcome.Row = Tables.Results.CandidatesFor(Command, Request.Entity, TableStep.DomainUpdate).First(r => r.Action == RowAction.Proceed);
            Note(Tables.Results.Describe(outcome.Row));
            yield break;
        }

        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }
    }

    private IEnumerable<PlanStep> ReconcileDelete(DecisionFacts facts, StepOutcome outcome)
    {
        var read = new StepOutcome();
        foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, read))
        {
            yield return step;
        }
        var verdict = read.Response?.Code switch
        {
            EppResultCode.ObjectDoesNotExist => "applied",
            EppResultCode.Success when read.Response.GetData<DomainInfoData>()?.HasStatus(DomainStatuses.PendingDelete) == true => "applied",
            EppResultCode.Success => "not-applied",
            _ => "unknown",
        };
        if (read.Response?.Code == EppResultCode.ObjectDoesNotExist)
        {
            Effect(new ForgetAuthInfoEffect(_request.DomainName));
        }

        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }
    }

    private DomainUpdateCommand Delegation(IReadOnlyList<string> hosts, bool remove)
    {
        var set = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects(hosts) };
        return remove ? new DomainUpdateCommand(_request.DomainName) { Remove = set } : new DomainUpdateCommand(_request.DomainName) { Add = set };
    }
}
