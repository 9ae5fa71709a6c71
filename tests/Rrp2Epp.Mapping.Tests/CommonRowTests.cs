using Rrp2Epp.Epp;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

/// <summary>result-mapping.md §2's common rows and failures.csv, driven through a query (STATUS) where the command is irrelevant.</summary>
public sealed class CommonRowTests
{
    private const string Name = "example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var status = new StatusDomainRequest(Name);
        Scenario S(string name) => new(name, status);

        foreach (var code in new[] { 1300, 1301, 1500 })
        {
            yield return S($"{code} answers no command: a query gets 549 (malformed-query)").Then(EppCommandKind.DomainInfo, Code(code)).Finishes(RrpResponseCode.CommandFailed,
                f => Assert.Contains(f.Diagnostics, d => d.Contains("malformed-query", StringComparison.Ordinal)));
        }

        foreach (var code in new[] { 2000, 2001, 2003, 2004, 2100, 2101, 2102, 2103, 2307, 2400, 2105 })
        {
            yield return S($"{code} is 549").Then(EppCommandKind.DomainInfo, Code(code)).Finishes(RrpResponseCode.CommandFailed, closes: false);
        }

        yield return S("2002 is resent once on a fresh session, then answered")
            .Then(EppCommandKind.DomainInfo, Code(2002))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Finishes(RrpResponseCode.Success);
        yield return S("2002 twice is 549")
            .Then(EppCommandKind.DomainInfo, Code(2002))
            .Then(EppCommandKind.DomainInfo, Code(2002))
            .Finishes(RrpResponseCode.CommandFailed);
        yield return S("2500 on a query: resend once")
            .Then(EppCommandKind.DomainInfo, Code(2500))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Finishes(RrpResponseCode.Success);
        yield return S("2500 twice on a query is 549")
            .Then(EppCommandKind.DomainInfo, Code(2500))
            .Then(EppCommandKind.DomainInfo, Code(2500))
            .Finishes(RrpResponseCode.CommandFailed, closes: false);
        yield return S("2501 is 420 and closes").Then(EppCommandKind.DomainInfo, Code(2501)).Finishes(RrpResponseCode.ServerErrorClosing, closes: true);
        yield return S("2502 is 421").Then(EppCommandKind.DomainInfo, Code(2502)).Finishes(RrpResponseCode.ServerErrorTryAgain, closes: false);

        yield return S("not sent: 421").Then(EppCommandKind.DomainInfo, NotSent()).Finishes(RrpResponseCode.ServerErrorTryAgain, closes: false);
        yield return S("not sent, lasting: 549 and an alert").Then(EppCommandKind.DomainInfo, NotSent(lasting: true))
            .Finishes(RrpResponseCode.CommandFailed, f => Assert.Contains(f.Effects, e => e is Plans.AlertEffect));
        yield return S("a query lost after the executor's retry: 421").Then(EppCommandKind.DomainInfo, Unknown()).Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return S("path lost: 420 and close").Then(EppCommandKind.DomainInfo, PathLost).Finishes(RrpResponseCode.ServerErrorClosing, closes: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
