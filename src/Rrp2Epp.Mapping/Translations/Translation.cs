using System.Globalization;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// The base of every translation: a pure state machine written as an iterator. <see cref="Run"/> yields a
/// <see cref="SendStep"/> for each EPP command and reads the executor's report in <see cref="Result"/>; it ends
/// with one <see cref="FinishStep"/>. The base class settles what every command shares: transport failures through
/// failures.csv, answers through results.csv (fetching the facts a row asks for), the central rule that only codes
/// on the command's list leave a translation, and the diagnostics that name each deciding row.
/// </summary>
public abstract class Translation : ITranslation
{
    private readonly List<string> _diagnostics = [];
    private readonly List<GatewayEffect> _effects = [];
    private IEnumerator<PlanStep>? _run;
    private EppStepResult? _result;
    private bool _awaiting;
    private bool _finished;

    /// <summary>Creates the translation of <paramref name="request"/> in <paramref name="context"/>.</summary>
    protected Translation(RrpRequest request, TranslationContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        Request = request;
        Context = context;
    }

    /// <summary>The RRP request.</summary>
    protected RrpRequest Request { get; }

    /// <summary>Who asks, where, and with which inputs.</summary>
    protected TranslationContext Context { get; }

    /// <summary>The command whose list bounds every answer.</summary>
    protected RrpCommand Command => Request.Command;

    /// <summary>The domain or host the request is about (for effects and logs).</summary>
    protected abstract string ObjectName { get; }

    private protected MappingTables Tables => Context.Tables;

    private protected RegistryProfile Profile => Context.Profile;

    /// <summary>What happened to the last <see cref="SendStep"/>.</summary>
    protected EppStepResult Result => _result ?? throw new InvalidOperationException("no command has been sent yet");

    /// <inheritdoc />
    public PlanStep Start()
    {
        if (_run is not null)
        {
            throw new InvalidOperationException("the translation has already started");
        }

        _run = Run().GetEnumerator();
        return Advance();
    }

    /// <inheritdoc />
    public PlanStep Next(EppStepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!_awaiting || _finished)
        {
            throw new InvalidOperationException(_finished ? "the translation has finished" : "no command is waiting for a result");
        }

        _result = result;
        return Advance();
    }

    /// <summary>The plan: yields each step; the last is a <see cref="FinishStep"/>.</summary>
    private protected abstract IEnumerable<PlanStep> Run();

    /// <summary>Adds a secret-free note for the log.</summary>
    private protected void Note(string text) => _diagnostics.Add(text);

    /// <summary>Adds an effect for the gateway to apply after the answer.</summary>
    private protected void Effect(GatewayEffect effect) => _effects.Add(effect);

    /// <summary>A send step; <paramref name="freshSession"/> asks the executor for a freshly logged-in session.</summary>
    private protected static SendStep Send(EppCommand command, bool freshSession = false) => new(command) { FreshSession = freshSession };

    /// <summary>The answer and the effects collected so far; <paramref name="closes"/> defaults to what the code implies.</summary>
    private protected FinishStep Finish(RrpResponse response, bool? closes = null) =>
        new(response, closes ?? response.Code.ClosesConnection(), [.. _effects], [.. _diagnostics]);

    /// <summary>Answers as the row says; <paramref name="success"/> builds a success answer with its attributes.</summary>
    private protected FinishStep AnswerRow(ResultRow row, Func<RrpResponseCode, RrpResponse>? success = null)
    {
        var code = row.Code ?? throw new InvalidOperationException($"{row.Id} has no RRP code");
        var response = code.IsSuccess() && success is not null ? success(code) : RrpResponse.Of(code);
        ApplyEffect(row);
        return Finish(response, row.Session == RowSession.Closes || code.ClosesConnection());
    }

    /// <summary>Answers a gateway-side failure through failures.csv.</summary>
    private protected FinishStep Fail(GatewayFailureKind kind, string detail)
    {
        var row = Tables.Failures.Resolve(kind, Command);
        Note($"{row.Id} {kind.ToToken()} → {(row.Code is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "reconcile")}: {detail}");
        if (row.Code is null)
        {
            Note("bug: failures.csv asks to reconcile where there is nothing to reconcile");
            return Finish(RrpResponse.Of(RrpResponseCode.CommandFailed));
        }

        if (row.Alert)
        {
            Effect(new AlertEffect($"{Command.ToWireText()} {ObjectName}: {kind.ToToken()}: {detail}"));
        }

        return Finish(row.ToResponse(detail), row.Closes);
    }

    /// <summary>New facts for this request (version, strictness, who asks).</summary>
    private protected DecisionFacts NewFacts() => new(Context.RegistrarId, Context.Version, Profile.RrpRules == Profiles.RrpRules.Strict);

    /// <summary>The query that supplies a fact a row needs, or null when none can (the fact is then false).</summary>
    private protected virtual EppCommand? QueryFor(FactKind fact) => null;

    /// <summary>Reads a name-server check into the fact (any name available means unregistered).</summary>
    private protected static bool AnyUnregistered(EppResponse response) =>
        response.GetData<HostCheckData>() is { } data && data.Items.Any(i => i.Available);

    /// <summary>
    /// Sends <paramref name="command"/> and decides its answer through results.csv, resending once where a row
    /// says so; fills <paramref name="outcome"/>. On an info step the answer is the info the conditions read.
    /// </summary>
    private protected IEnumerable<PlanStep> Step(
        TableStep step,
        EppCommand command,
        DecisionFacts facts,
        StepOutcome outcome,
        Action<EppResponse, DecisionFacts>? prepare = null,
        Func<EppCommand>? resend = null)
    {
        var current = command;
        var fresh = false;
        facts.Resent = false;
        while (true)
        {
            facts.Info = null;
            facts.Parent = null;
            facts.Values = [];
            if (EppCommandWriter.Check(current) is { Count: > 0 } problems)
            {
                outcome.Stop = Fail(GatewayFailureKind.GatewayFault, $"the {current.Kind.LogName()} command would be refused: {string.Join("; ", problems)}");
                yield break;
            }

            yield return Send(current, fresh);
            switch (Result)
            {
                case EppPathLost lost:
                    outcome.Stop = Fail(GatewayFailureKind.PathLost, lost.Reason);
                    yield break;
                case EppNotSent notSent:
                    outcome.Stop = Fail(notSent.Lasting ? GatewayFailureKind.NotSentLasting : GatewayFailureKind.NotSent, $"{current.Kind.LogName()} not sent: {notSent.Failure}");
                    yield break;
                case EppOutcomeUnknown unknown when current.IsTransform:
                    Note($"{current.Kind.LogName()}: outcome unknown ({unknown.Failure}), reconciling");
                    outcome.LostAt = unknown.SentAt;
                    yield break;
                case EppOutcomeUnknown unknown:
                    outcome.Stop = Fail(GatewayFailureKind.QueryLost, $"{current.Kind.LogName()}: {unknown.Failure}");
                    yield break;
            }

            var response = ((EppAnswered)Result).Response;
            Note($"{current.Kind.LogName()} → {response.Results[0]}");
            if (current.IsTransform && response.IsSuccess && response.Anomalies.Count > 0)
            {
                // §4 G11 b: a success that departs from the schema is confirmed by an info before 200 goes out.
                Note($"{current.Kind.LogName()}: success with anomalies ({string.Join("; ", response.Anomalies)}), reconciling");
                outcome.LostAt = Context.Inputs.Now ?? DateTimeOffset.MinValue;
                yield break;
            }

            // One result (all but a few answers): its values as they are, without a copy.
            facts.Values = response.Results.Count == 1 ? response.Results[0].Values : [.. response.Values];
            facts.Category = current.Category;
            if (step is TableStep.DomainInfo or TableStep.HostInfo or TableStep.ParentInfo or TableStep.NewParentInfo)
            {
                facts.Info = InfoFact.From(response);
            }

            prepare?.Invoke(response, facts);

            foreach (var next in Decide(step, response.Code, facts, outcome))
            {
                yield return next;
            }

            if (outcome.Stop is not null)
            {
                yield break;
            }

            if (outcome.Row is not { } row)
            {
                outcome.Stop = Fail(GatewayFailureKind.GatewayFault, $"no row of results.csv decides {step.ToToken()} {(int)response.Code}");
                yield break;
            }

            switch (row.Action)
            {
                case RowAction.Resend:
                    facts.Resent = true;
                    fresh = response.Code is EppResultCode.CommandUseError or EppResultCode.CommandFailedServerClosing;
                    current = resend?.Invoke() ?? current;
                    outcome.Row = null;
                    continue;
                case RowAction.Malformed when current.IsTransform:
                    outcome.Row = null;
                    outcome.LostAt = Context.Inputs.Now ?? DateTimeOffset.MinValue;
                    yield break;
                case RowAction.Malformed:
                    outcome.Row = null;
                    outcome.Stop = Fail(GatewayFailureKind.MalformedQuery, $"{current.Kind.LogName()} answered {(int)response.Code}");
                    yield break;
                default:
                    outcome.Response = response;
                    yield break;
            }
        }
    }

    /// <summary>
    /// A gate: <see cref="Step"/> for a check before the command. When its row does not say <c>proceed</c>, the row's
    /// answer goes into <paramref name="outcome"/>'s stop, so callers only test for a stop.
    /// </summary>
    private protected IEnumerable<PlanStep> Gate(TableStep step, EppCommand command, DecisionFacts facts, StepOutcome outcome, Action<EppResponse, DecisionFacts>? prepare = null)
    {
        foreach (var next in Step(step, command, facts, outcome, prepare))
        {
            yield return next;
        }

        if (outcome.Stop is null && !outcome.Proceeds)
        {
            outcome.Stop = outcome.Row is { } row ? AnswerRow(row) : Fail(GatewayFailureKind.GatewayFault, $"no row of results.csv decides {step.ToToken()}");
        }
    }

    /// <summary>
    /// The answer when NameServer commands have no host objects to act on (host-1.0 neither negotiated nor, under host
    /// attributes, provided by the gateway's store); null otherwise.
    /// </summary>
    private protected FinishStep? WithoutHostObjects() =>
        !Context.Services.HasObject(EppNamespaces.Host)
            ? Fail(GatewayFailureKind.ServiceMissing, Profile.Hosts == Profiles.HostModel.Attributes
                ? "host attributes: no store provides the host objects"
                : "host-1.0 not negotiated")
            : null;

    /// <summary>
    /// Resolves a step through results.csv with the facts known, sending the query for each fact a candidate row
    /// still needs (a fresh info, a parent info, a host check), until a row decides or none applies.
    /// </summary>
    private protected IEnumerable<PlanStep> Decide(TableStep step, EppResultCode? code, DecisionFacts facts, StepOutcome outcome)
    {
        HashSet<FactKind>? asked = null;
        while (true)
        {
            var resolution = Tables.Results.Resolve(Command, Request.Entity, step, code, facts);
            if (resolution.Row is { } row)
            {
                Note(Tables.Results.Describe(row));
                outcome.Row = row;
                yield break;
            }

            if (resolution.Needs == FactKind.None)
            {
                outcome.Row = null;
                yield break;
            }

            var query = (asked ??= []).Add(resolution.Needs) ? QueryFor(resolution.Needs) : null;
            if (query is null)
            {
                SetFact(facts, resolution.Needs, null);
                continue;
            }

            yield return Send(query);
            if (Result is EppPathLost lost)
            {
                outcome.Stop = Fail(GatewayFailureKind.PathLost, lost.Reason);
                yield break;
            }

            var answer = (Result as EppAnswered)?.Response;
            Note($"{query.Kind.LogName()} for {resolution.Needs} → {(answer is null ? Result.GetType().Name : answer.Results[0].ToString())}");
            SetFact(facts, resolution.Needs, answer);
        }
    }

    /// <summary>
    /// Sends a read that decides nothing by itself (a follow-up info, a reconciliation read, an undo): <paramref name="into"/>
    /// gets the answer, or nothing when the read failed in any way. A reconciliation that cannot read is undecided (§4 G7:
    /// 420 and unresolved), which a lost path is too, so no failure here answers by itself.
    /// </summary>
    private protected IEnumerable<PlanStep> Read(EppCommand query, StepOutcome into)
    {
        into.Response = null;
        yield return Send(query);
        switch (Result)
        {
            case EppAnswered answered:
                into.Response = answered.Response;
                Note($"{query.Kind.LogName()} → {answered.Response.Results[0]}");
                break;
            case EppPathLost lost:
                Note($"{query.Kind.LogName()} failed: the path is lost ({lost.Reason})");
                break;
            default:
                Note($"{query.Kind.LogName()} failed: {Result.GetType().Name}");
                break;
        }
    }

    /// <summary>Resolves the reconciliation verdict through results.csv (the info read is in <paramref name="facts"/>).</summary>
    private protected IEnumerable<PlanStep> Verdict(string verdict, DecisionFacts facts, StepOutcome outcome)
    {
        Note($"reconciliation: {verdict}");
        facts.Reconcile = verdict;
        facts.Values = [];
        return Decide(TableStep.Reconcile, null, facts, outcome);
    }

    /// <summary>Resolves the request step (checks on the request alone); a row found means a refusal.</summary>
    private protected ResultRow? CheckRequest(DecisionFacts facts)
    {
        var resolution = Tables.Results.Resolve(Command, Request.Entity, TableStep.Request, null, facts);
        if (resolution.Row is { } row)
        {
            Note(Tables.Results.Describe(row));
        }

        return resolution.Row;
    }

    /// <summary>Applies a row's effect.</summary>
    private protected void ApplyEffect(ResultRow row)
    {
        switch (row.Effect)
        {
            case RowEffect.Alert:
                Effect(new AlertEffect($"{Command.ToWireText()} {ObjectName}: see {row.Id}"));
                break;
            case RowEffect.Watch:
                Effect(new WatchPendingActionEffect(ObjectName, Command.ToWireText()));
                break;
            case RowEffect.Unresolved:
                Effect(new MarkUnresolvedEffect(ObjectName, Command.ToWireText()));
                break;
        }
    }

    /// <summary>When the registry's clock may have stamped a change made after <paramref name="sentAt"/>.</summary>
    private protected bool AtOrAfter(DateTimeOffset? registryDate, DateTimeOffset sentAt) =>
        registryDate is { } date && (sentAt == DateTimeOffset.MinValue || date >= sentAt - Profile.ClockSkew);

    private static void SetFact(DecisionFacts facts, FactKind kind, EppResponse? answer)
    {
        switch (kind)
        {
            case FactKind.ObjectInfo:
                facts.Info = answer is null ? InfoFact.Unavailable : InfoFact.From(answer);
                break;
            case FactKind.ParentInfo:
                facts.Parent = answer is null ? InfoFact.Unavailable : InfoFact.From(answer);
                break;
            case FactKind.NameServers:
                facts.NameServerUnregistered = answer is { Code: EppResultCode.Success } && AnyUnregistered(answer);
                break;
        }
    }

    private PlanStep Advance()
    {
        PlanStep step;
        try
        {
            step = _run!.MoveNext() ? _run.Current : Bug("the plan ended without an answer");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or KeyNotFoundException or FormatException or OverflowException or InvalidCastException)
        {
            step = Bug($"{e.GetType().Name}: {e.Message}");
        }

        if (step is FinishStep finish)
        {
            _finished = true;
            _awaiting = false;
            return Guard(finish);
        }

        _awaiting = true;
        return step;
    }

    // Only codes on the command's list may leave (result-mapping.md §1.2); anything else is a bug in a translation
    // or a table the loader let through, and the registrar gets 549 instead.
    private FinishStep Guard(FinishStep finish)
    {
        if (RrpResponseCodes.IsAllowed(Command, Context.Version, finish.Response.Code))
        {
            return finish;
        }

        var note = $"bug: {(int)finish.Response.Code} is not on {Command.ToWireText().ToUpperInvariant()}'s list for RRP {Context.Version.ToText()}; answering 549";
        return finish with
        {
            Response = RrpResponse.Of(RrpResponseCode.CommandFailed),
            CloseSession = false,
            Diagnostics = [.. finish.Diagnostics, note],
        };
    }

    private FinishStep Bug(string what)
    {
        Note("bug: " + what);
        var row = Tables.Failures.Resolve(GatewayFailureKind.GatewayFault, Command);
        Note($"{row.Id} gateway-fault");
        if (row.Alert)
        {
            Effect(new AlertEffect($"{Command.ToWireText()} {ObjectName}: translation fault"));
        }

        return Finish(row.Code is { } code && code != RrpResponseCode.ServerClosingConnection ? RrpResponse.Of(code) : RrpResponse.Of(RrpResponseCode.CommandFailed), row.Closes);
    }
}
