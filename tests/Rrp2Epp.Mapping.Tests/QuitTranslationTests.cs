using Rrp2Epp.Epp;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Mapping.Translations;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class QuitTranslationTests
{
    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var quit = QuitRequest.Instance;
        Scenario Single(string name) => new Scenario(name, quit).With(c => c with { PooledSessions = false });

        yield return new Scenario("pooled: 220 without an exchange", quit).Finishes(RrpResponseCode.SuccessClosing, closes: true);
        yield return Single("single session: logout 1500 is 220").Then(EppCommandKind.Logout, Code(1500)).Finishes(RrpResponseCode.SuccessClosing, closes: true);
        yield return Single("single session: logout 2400 is still 220").Then(EppCommandKind.Logout, Code(2400)).Finishes(RrpResponseCode.SuccessClosing, closes: true);
        yield return Single("single session: logout 2002 is still 220 (no resend)").Then(EppCommandKind.Logout, Code(2002)).Finishes(RrpResponseCode.SuccessClosing, closes: true);
        yield return Single("single session: no answer is still 220").Then(EppCommandKind.Logout, NotSent()).Finishes(RrpResponseCode.SuccessClosing, closes: true);
        yield return Single("single session: lost path is still 220").Then(EppCommandKind.Logout, PathLost).Finishes(RrpResponseCode.SuccessClosing, closes: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));

    [Theory]
    [InlineData(RrpVersion.V1_1_0, "RRP 1.1.0")]
    [InlineData(RrpVersion.V2_0_0, "RRP 2.0.0")]
    public void Describe_is_answered_locally_with_the_listener_version(RrpVersion version, string protocol)
    {
        var translation = TranslationFactory.Create(new DescribeRequest(DescribeRequest.ProtocolTarget), TestContexts.Create(version));

        var finish = Assert.IsType<FinishStep>(translation.Start());

        Assert.Equal(RrpResponseCode.Success, finish.Response.Code);
        Assert.Equal(protocol, finish.Response.ValueOf(RrpAttributeNames.Protocol));
        Assert.Equal(finish.Response, DescribeMapping.Answer(version));
        Assert.Throws<InvalidOperationException>(() => translation.Next(PathLost));
    }

    [Fact]
    public void Session_is_not_a_plan()
    {
        Assert.Throws<ArgumentException>(() => TranslationFactory.Create(new SessionRequest("RegistrarA", "secret12", null), TestContexts.Create()));
    }
}
