using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>The executor's transport rules (result-mapping.md §2, §4) against a scripted EPP session and a recording translation.</summary>
public sealed class PlanExecutorTests
{
    private static readonly DomainInfoCommand Query = new("example.com");
    private static readonly DomainDeleteCommand Transform = new("example.com");

    private static PlanExecutor Executor() =>
        new(new FakeTimeProvider(), Microsoft.Extensions.Options.Options.Create(new GatewayOptions { Sessions = new RrpSessionOptions { MaxStepsPerCommand = 3 } }), NullLogger<PlanExecutor>.Instance);

    private static EppResponse Response(EppResultCode code) => new() { Results = [new EppResult(code, "m", null, [])] };

    private static EppTransportException Lost(EppDelivery delivery) =>
        new(EppTransportFailure.ResponseTimedOut, delivery, EppCommandKind.DomainInfo, "T-1", "lost");

    [Fact]
    public async Task A_lost_query_is_resent_once_on_a_fresh_connection()
    {
        var session = new ScriptedSession(Lost(EppDelivery.OutcomeUnknown), Response(EppResultCode.Success));
        var result = await Executor().SendAsync(session, Query, default);
        Assert.Equal(EppResultCode.Success, Assert.IsType<EppAnswered>(result).Response.Code);
        Assert.Equal((2, 1), (session.Sent, session.Reconnects));
    }

    [Fact]
    public async Task A_query_lost_twice_is_an_unknown_outcome()
    {
        var session = new ScriptedSession(Lost(EppDelivery.OutcomeUnknown), Lost(EppDelivery.OutcomeUnknown));
        Assert.IsType<EppOutcomeUnknown>(await Executor().SendAsync(session, Query, default));
        Assert.Equal(2, session.Sent);
    }

    [Fact]
    public async Task A_lost_transform_is_never_resent_but_reported_unknown()
    {
        var session = new ScriptedSession(Lost(EppDelivery.OutcomeUnknown));
        var result = Assert.IsType<EppOutcomeUnknown>(await Executor().SendAsync(session, Transform, default));
        Assert.Equal(EppTransportFailure.ResponseTimedOut, result.Failure);
        Assert.Equal(1, session.Sent);
    }

    [Fact]
    public async Task A_transform_answered_2500_is_answered_once_a_new_session_is_up_else_the_path_is_lost()
    {
        var up = new ScriptedSession(Response(EppResultCode.CommandFailedServerClosing));
        Assert.Equal(EppResultCode.CommandFailedServerClosing, Assert.IsType<EppAnswered>(await Executor().SendAsync(up, Transform, default)).Response.Code);
        Assert.Equal(1, up.Reconnects);

        var down = new ScriptedSession(Response(EppResultCode.CommandFailedServerClosing)) { ReconnectResult = new EppNotSent(EppTransportFailure.ConnectFailed, false) };
        Assert.IsType<EppPathLost>(await Executor().SendAsync(down, Transform, default));
    }

    [Fact]
    public async Task A_query_answered_2500_or_2002_is_reported_not_resent_because_the_table_owns_the_resend()
    {
        var query = new ScriptedSession(Response(EppResultCode.CommandFailedServerClosing), Response(EppResultCode.Success));
        Assert.Equal(EppResultCode.CommandFailedServerClosing, Assert.IsType<EppAnswered>(await Executor().SendAsync(query, Query, default)).Response.Code);
        Assert.Equal((1, 1), (query.Sent, query.Reconnects));

        var useError = new ScriptedSession(Response(EppResultCode.CommandUseError), Response(EppResultCode.Success));
        Assert.Equal(EppResultCode.CommandUseError, Assert.IsType<EppAnswered>(await Executor().SendAsync(useError, Query, default)).Response.Code);
        Assert.Equal((1, 0), (useError.Sent, useError.Reconnects));
    }

    [Fact]
    public async Task Any_2502_is_resent_once_on_a_fresh_session()
    {
        var limit = new ScriptedSession(Response(EppResultCode.SessionLimitExceededServerClosing), Response(EppResultCode.SessionLimitExceededServerClosing));
        Assert.False(Assert.IsType<EppNotSent>(await Executor().SendAsync(limit, Transform, default)).Lasting);
        Assert.Equal(2, limit.Sent);
    }

    [Theory]
    [InlineData(EppResultCode.CommandUseError, 1)]
    [InlineData(EppResultCode.CommandFailedServerClosing, 2)]
    public async Task A_command_the_registry_keeps_refusing_goes_out_at_most_twice_and_the_resend_uses_a_fresh_session(EppResultCode code, int reconnects)
    {
        // A real translation (STATUS → domain:info) whose results.csv rows say 'resend' once for 2002 and a query's 2500.
        var session = new ScriptedSession(Enumerable.Repeat<object>(Response(code), 5).ToArray());
        var context = new TranslationContext("registrarA", RrpVersion.V2_0_0, new RegistryProfile { Name = "test", Zones = ["com"] }, MappingTables.Default,
            new EppNegotiatedServices([EppNamespaces.Domain, EppNamespaces.Host], []), TranslationInputs.None);
        var finish = await Executor().RunAsync(TranslationFactory.Create(new StatusDomainRequest("example.com"), context), session, RrpCommand.Status, default);
        Assert.Equal(RrpResponseCode.CommandFailed, finish.Response.Code);
        Assert.Equal(2, session.Sent);

        // 2002: the resend asks for a fresh session. 2500: the executor rebuilds after each 2500, and the resend goes out on
        // the session rebuilt after the first one rather than rebuilding it twice.
        Assert.Equal(reconnects, session.Reconnects);
    }

    [Fact]
    public async Task An_unresolved_mark_gets_the_clTRID_of_the_last_command_sent()
    {
        var session = new ScriptedSession(Lost(EppDelivery.OutcomeUnknown));
        var translation = new RecordingTranslation([Transform], [new MarkUnresolvedEffect("example.com", "del")]);
        var finish = await Executor().RunAsync(translation, session, RrpCommand.Del, default);
        Assert.Equal("T-1", Assert.IsType<MarkUnresolvedEffect>(Assert.Single(finish.Effects)).ClientTransactionId);
    }

    [Fact]
    public async Task A_refused_relogin_loses_the_path()
    {
        var session = new ScriptedSession(Response(EppResultCode.Success)) { Usable = false, ReconnectResult = new EppPathLost("2501") };
        Assert.IsType<EppPathLost>(await Executor().SendAsync(session, Query, default));
        Assert.Equal(0, session.Sent);
    }

    [Fact]
    public async Task A_frame_the_schemas_refuse_is_a_lasting_fault_and_nothing_is_sent()
    {
        var session = new ScriptedSession(new ArgumentException("the domain:delete frame fails the EPP schemas"));
        Assert.True(Assert.IsType<EppNotSent>(await Executor().SendAsync(session, Transform, default)).Lasting);
    }

    [Fact]
    public async Task The_translation_gets_each_result_and_its_finish_is_returned()
    {
        var session = new ScriptedSession(Response(EppResultCode.Success), Response(EppResultCode.ObjectDoesNotExist));
        var translation = new RecordingTranslation([Query, Transform]);
        var finish = await Executor().RunAsync(translation, session, RrpCommand.Del, default);
        Assert.Equal(RrpResponseCode.Success, finish.Response.Code);
        Assert.Equal([EppResultCode.Success, EppResultCode.ObjectDoesNotExist], translation.Seen.Select(r => ((EppAnswered)r).Response.Code));
    }

    [Fact]
    public async Task A_translation_that_throws_or_loops_is_answered_549()
    {
        var throwing = await Executor().RunAsync(new RecordingTranslation([], throwOnStart: true), new ScriptedSession(), RrpCommand.Add, default);
        Assert.Equal(RrpResponseCode.CommandFailed, throwing.Response.Code);

        var looping = new RecordingTranslation([Query, Query, Query, Query, Query]);
        var session = new ScriptedSession(Enumerable.Repeat<object>(Response(EppResultCode.Success), 5).ToArray());
        var finish = await Executor().RunAsync(looping, session, RrpCommand.Status, default);
        Assert.Equal(RrpResponseCode.CommandFailed, finish.Response.Code);
        Assert.Equal(3, session.Sent);
    }

    private sealed class RecordingTranslation(IReadOnlyList<EppCommand> commands, IReadOnlyList<GatewayEffect>? effects = null, bool throwOnStart = false) : ITranslation
    {
        public List<EppStepResult> Seen { get; } = [];

        public PlanStep Start() => throwOnStart ? throw new InvalidOperationException("bug") : Step();

        public PlanStep Next(EppStepResult result)
        {
            Seen.Add(result);
            return Step();
        }

        private PlanStep Step() => Seen.Count < commands.Count
            ? new SendStep(commands[Seen.Count])
            : new FinishStep(RrpResponse.Of(RrpResponseCode.Success), false, effects ?? [], []);
    }

    private sealed class ScriptedSession(params object[] script) : IEppSession
    {
        private readonly Queue<object> _script = new(script);

        public bool Usable { get; set; } = true;

        public EppStepResult? ReconnectResult { get; init; }

        public int Sent { get; private set; }

        public int Reconnects { get; private set; }

        public string RegistrarId => "registrarA";

        public string ClientId => "registrarA";

        public long QueuedMessages => 0;

        public EppNegotiatedServices Services { get; } = new([], []);

        public string ConnectionId => "epp-test";

        public bool IsUsable => Usable;

        public Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken)
        {
            var next = _script.Dequeue();
            if (next is ArgumentException invalid)
            {
                throw invalid;
            }

            Sent++;
            if (next is EppTransportException e)
            {
                Usable = false;
                throw e;
            }

            var response = (EppResponse)next;
            if (response.ClosesConnection)
            {
                Usable = false;
            }

            return Task.FromResult(response);
        }

        public Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken)
        {
            Reconnects++;
            Usable = ReconnectResult is null;
            return Task.FromResult(ReconnectResult);
        }

        public Task EndAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
