using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Mapping.Translations;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

/// <summary>What every translation guarantees the executor, whatever the command.</summary>
public sealed class TranslationContractTests
{
    private sealed class Misbehaving(RrpRequest request, TranslationContext context, Func<Misbehaving, IEnumerable<PlanStep>> plan) : Translation(request, context)
    {
        protected override string ObjectName => "example.com";

        public FinishStep Answer(RrpResponseCode code) => Finish(RrpResponse.Of(code));

        private protected override IEnumerable<PlanStep> Run() => plan(this);
    }

    [Fact]
    public void A_code_the_command_may_not_return_becomes_549_with_a_diagnostic()
    {
        var translation = new Misbehaving(new CheckDomainRequest("example.com"), TestContexts.Create(), t => [t.Answer(RrpResponseCode.DomainNamesLinkedWithNameServer)]);

        var finish = Assert.IsType<FinishStep>(translation.Start());

        Assert.Equal(RrpResponseCode.CommandFailed, finish.Response.Code);
        Assert.Contains(finish.Diagnostics, d => d.Contains("532 is not on CHECK's list", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_only_code_on_the_other_version_becomes_549()
    {
        var translation = new Misbehaving(new DelNameServerRequest("ns1.example.com"), TestContexts.Create(RrpVersion.V1_1_0), t => [t.Answer(RrpResponseCode.NameServerLocked)]);

        Assert.Equal(RrpResponseCode.CommandFailed, Assert.IsType<FinishStep>(translation.Start()).Response.Code);
    }

    [Fact]
    public void A_bug_inside_a_plan_answers_549_and_alerts()
    {
        static IEnumerable<PlanStep> Throwing(Misbehaving t)
        {
            yield return new SendStep(new DomainInfoCommand("example.com"));
            throw new InvalidOperationException("boom");
        }

        var translation = new Misbehaving(new StatusDomainRequest("example.com"), TestContexts.Create(), Throwing);
        Assert.IsType<SendStep>(translation.Start());

        var finish = Assert.IsType<FinishStep>(translation.Next(DomainInfo("example.com")));

        Assert.Equal(RrpResponseCode.CommandFailed, finish.Response.Code);
        Assert.Contains(finish.Diagnostics, d => d.Contains("bug: InvalidOperationException: boom", StringComparison.Ordinal));
        Assert.Contains(finish.Effects, e => e is AlertEffect);
    }

    [Fact]
    public void The_executor_must_follow_the_protocol()
    {
        var translation = TranslationFactory.Create(new StatusDomainRequest("example.com"), TestContexts.Create());

        Assert.Throws<InvalidOperationException>(() => translation.Next(Code(1000)));
        Assert.IsType<SendStep>(translation.Start());
        Assert.Throws<InvalidOperationException>(() => translation.Start());
        Assert.IsType<FinishStep>(translation.Next(DomainInfo("example.com")));
        Assert.Throws<InvalidOperationException>(() => translation.Next(Code(1000)));
    }

    [Fact]
    public void A_resend_asks_for_a_fresh_session_after_2002()
    {
        var translation = TranslationFactory.Create(new StatusDomainRequest("example.com"), TestContexts.Create());
        Assert.False(Assert.IsType<SendStep>(translation.Start()).FreshSession);

        var resend = Assert.IsType<SendStep>(translation.Next(Code(2002)));

        Assert.True(resend.FreshSession);
    }

    [Fact]
    public void The_factory_says_which_inputs_a_request_needs()
    {
        var objects = TestContexts.Profile;
        var attributes = objects with { Hosts = Profiles.HostModel.Attributes };

        Assert.True(TranslationFactory.InputsFor(new AddDomainRequest("example.com", null, ["ns1.example.com"]), objects).GeneratedAuthInfo);
        Assert.Empty(TranslationFactory.InputsFor(new AddDomainRequest("example.com", null, ["ns1.example.com"]), objects).NameServers);
        Assert.Equal(["ns1.example.com"], TranslationFactory.InputsFor(new AddDomainRequest("example.com", null, ["ns1.example.com"]), attributes).NameServers);
        Assert.Equal(["ns2.example.com"], TranslationFactory.InputsFor(new ModDomainRequest("example.com", [RrpEdit.Replace("ns1.example.com", "ns2.example.com")], []), attributes).NameServers);
        Assert.True(TranslationFactory.InputsFor(new TransferRequest("example.com", null, null), objects).StoredAuthInfo);
        Assert.False(TranslationFactory.InputsFor(new TransferRequest("example.com", true, null), objects).StoredAuthInfo);
        Assert.True(TranslationFactory.InputsFor(new RenewRequest("example.com", null, null), objects).Now);
    }

    [Fact]
    public void Every_request_type_has_a_translation_but_SESSION()
    {
        var context = TestContexts.Create();
        RrpRequest[] requests =
        [
            new AddDomainRequest("example.com", null, []), new AddNameServerRequest("ns1.example.org", []), new CheckDomainRequest("example.com"),
            new CheckNameServerRequest("ns1.example.com"), new DelDomainRequest("example.com"), new DelNameServerRequest("ns1.example.com"),
            new DescribeRequest(null), new ModDomainRequest("example.com", [], []), new ModNameServerRequest("ns1.example.com", null, []),
            QuitRequest.Instance, new RenewRequest("example.com", null, null), new RestoreRequest("example.com"), new StatusDomainRequest("example.com"),
            new StatusNameServerRequest("ns1.example.com"), new TransferRequest("example.com", null, null),
        ];

        foreach (var request in requests)
        {
            var step = TranslationFactory.Create(request, context).Start();
            if (step is SendStep send)
            {
                ScenarioRunner.AssertValid(send.Command);
            }
        }

        Assert.Equal(16, typeof(RrpRequest).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(RrpRequest)) && !t.IsAbstract));
    }
}
