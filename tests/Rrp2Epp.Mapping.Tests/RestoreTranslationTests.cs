using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;
using X = Rrp2Epp.TestKit.Mapping.EppResponseXml;

namespace Rrp2Epp.Mapping.Tests;

public sealed class RestoreTranslationTests
{
    private const string Name = "example-deleted.com";
    private static readonly DateTimeOffset Deleted = new(2025, 3, 1, 16, 45, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    private static EppAnswered InRedemption(string rgp = "redemptionPeriod") =>
        DomainInfo(Name, d => d with { Statuses = ["pendingDelete"], Rgp = [rgp], UpdatedAt = Deleted });

    internal static IEnumerable<Scenario> Scenarios()
    {
        var restore = new RestoreRequest(Name);
        Scenario S(string name) => new(name, restore);
        Scenario Ready(string name) => S(name).Then(EppCommandKind.DomainInfo, InRedemption());
        Scenario Reporting(string name) => S(name).Profile(p => p with
        {
            Restore = RestoreMode.RequestAndReport,
            RestoreReport = new RestoreReportTemplate("{domain} before", "{domain} now", "registrant error", "not for resale", "true and accurate") { Other = "ticket 42" },
        }).Then(EppCommandKind.DomainInfo, InRedemption());

        yield return Ready("restored: 200, the domain is now PENDINGRESTORE")
            .Then<RgpRestoreRequestCommand>(EppCommandKind.RgpRestoreRequest, Read(X.RestoreRequested()), c => Assert.Equal(Name, c.DomainName))
            .Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Response.Attributes));
        yield return S("no rgp-1.0 in the session: 500, nothing sent")
            .With(c => c with { Services = new EppNegotiatedServices([EppNamespaces.Domain, EppNamespaces.Host], []) })
            .Finishes(RrpResponseCode.InvalidCommandName);
        yield return S("not ours: 531").Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ClientId = Other, Statuses = ["pendingDelete"], Rgp = ["redemptionPeriod"] })).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("info 2201: 531").Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("no such domain: 545").Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("not in redemption: 552").Then(EppCommandKind.DomainInfo, InRedemption("pendingRestore")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("an active domain: 552").Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2304: 552").Then(EppCommandKind.RgpRestoreRequest, Code(2304)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2002: 552, not resent").Then(EppCommandKind.RgpRestoreRequest, Code(2002)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2201: 531").Then(EppCommandKind.RgpRestoreRequest, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Ready("2303: 545").Then(EppCommandKind.RgpRestoreRequest, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Ready("2104: 546").Then(EppCommandKind.RgpRestoreRequest, Code(2104)).Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return Ready("2103: 500 (no RGP at the registry)").Then(EppCommandKind.RgpRestoreRequest, Code(2103)).Finishes(RrpResponseCode.InvalidCommandName);
        yield return Ready("2400: 549").Then(EppCommandKind.RgpRestoreRequest, Code(2400)).Finishes(RrpResponseCode.CommandFailed);
        yield return Ready("lost answer, pendingRestore now: 200")
            .Then(EppCommandKind.RgpRestoreRequest, Unknown())
            .Then(EppCommandKind.DomainInfo, InRedemption("pendingRestore"))
            .Finishes(RrpResponseCode.Success);
        yield return Ready("lost answer, still in redemption: 421")
            .Then(EppCommandKind.RgpRestoreRequest, Unknown())
            .Then(EppCommandKind.DomainInfo, InRedemption())
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Ready("lost answer, unreadable: 420")
            .Then(EppCommandKind.RgpRestoreRequest, Unknown())
            .Then(EppCommandKind.DomainInfo, Code(2400))
            .Finishes(RrpResponseCode.ServerErrorClosing, closes: true);

        yield return Reporting("with the report: request, then the operator's report")
            .Then(EppCommandKind.RgpRestoreRequest, Read(X.RestoreRequested()))
            .Then<RgpRestoreReportCommand>(EppCommandKind.RgpRestoreReport, Code(1000), c =>
            {
                Assert.Equal("example-deleted.com before", c.Report.PreData);
                Assert.Equal("example-deleted.com now", c.Report.PostData);
                Assert.Equal(Deleted, c.Report.DeletedAt);
                Assert.Equal(Now, c.Report.RestoreRequestedAt);
                Assert.Equal("ticket 42", c.Report.Other);
            })
            .Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Effects));
        yield return Reporting("with the report: a refused report still answers 200, with an alert")
            .Then(EppCommandKind.RgpRestoreRequest, Read(X.RestoreRequested()))
            .Then(EppCommandKind.RgpRestoreReport, Code(2306, Value("rgp", "preData", "x", "too short")))
            .Finishes(RrpResponseCode.Success, f => Assert.Contains(f.Effects, e => e is AlertEffect));
        yield return Reporting("with the report: a report that cannot be sent still answers 200, with an alert")
            .Then(EppCommandKind.RgpRestoreRequest, Read(X.RestoreRequested()))
            .Then(EppCommandKind.RgpRestoreReport, NotSent())
            .Finishes(RrpResponseCode.Success, f => Assert.Contains(f.Effects, e => e is AlertEffect));
        yield return Reporting("with the report: a lost request that was applied is followed by the report")
            .Then(EppCommandKind.RgpRestoreRequest, Unknown())
            .Then(EppCommandKind.DomainInfo, InRedemption("pendingRestore"))
            .Then(EppCommandKind.RgpRestoreReport, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return Reporting("with the report: a refused request sends no report")
            .Then(EppCommandKind.RgpRestoreRequest, Code(2304))
            .Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("with the report but no clock: 549")
            .Profile(p => p with { Restore = RestoreMode.RequestAndReport, RestoreReport = new RestoreReportTemplate("a", "b", "c", "d", "e") })
            .Inputs(i => i with { Now = null })
            .Finishes(RrpResponseCode.CommandFailed);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
