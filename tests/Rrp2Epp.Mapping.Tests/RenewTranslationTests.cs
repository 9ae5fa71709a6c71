using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;
using X = Rrp2Epp.TestKit.Mapping.EppResponseXml;

namespace Rrp2Epp.Mapping.Tests;

public sealed class RenewTranslationTests
{
    private const string Name = "example.com";

    // Expires 2026-05-02 14:10 UTC (the builder's default); the gateway's clock is 2025-03-14.
    private static readonly DateTimeOffset Expiry = new(2026, 5, 2, 14, 10, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var renew = new RenewRequest(Name, 2, 2026);
        Scenario S(string name, RenewRequest? request = null) => new(name, request ?? renew);
        Scenario Ready(string name) => S(name).Then(EppCommandKind.DomainInfo, DomainInfo(Name));

        yield return Ready("renewed: 200 with the new expiry; curExpDate from the info")
            .Then<DomainRenewCommand>(EppCommandKind.DomainRenew, Read(X.DomainRenewed(Name, Expiry.AddYears(2))), c =>
            {
                Assert.Equal(new DateOnly(2026, 5, 2), c.CurrentExpiryDate);
                Assert.Equal(EppPeriod.Years(2), c.Period);
            })
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(["registration expiration date:2028-05-02 14:10:00.0"], f.Response.Attributes.Select(a => a.ToString())));
        yield return S("no options: the profile's default period", new RenewRequest(Name, null, null))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Then<DomainRenewCommand>(EppCommandKind.DomainRenew, Read(X.DomainRenewed(Name, Expiry.AddYears(1))), c => Assert.Equal(EppPeriod.Years(1), c.Period))
            .Finishes(RrpResponseCode.Success);
        yield return Ready("renData without exDate: a follow-up info")
            .Then(EppCommandKind.DomainRenew, Read(X.DomainRenewed(Name, null)))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ExpiresAt = Expiry.AddYears(2) }))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal("2028-05-02 14:10:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate)));
        yield return Ready("1001: 200 with the expiry the renewal will give")
            .Then(EppCommandKind.DomainRenew, Read(X.DomainRenewed(Name, null, 1001)))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal("2028-05-02 14:10:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate)));
        yield return S("the year is taken in the profile's zone", new RenewRequest(Name, 1, 2027))
            .Profile(p => p with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati") })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ExpiresAt = new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero) }))
            .Then(EppCommandKind.DomainRenew, Code(1000))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Finishes(RrpResponseCode.Success);
        yield return S("this renewal already happened (year + period = expiry year): 555", new RenewRequest(Name, 2, 2024))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.DomainAlreadyRenewed);
        yield return S("any other wrong year: 541", new RenewRequest(Name, 2, 2025))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return S("past now + 10 years: 556", new RenewRequest(Name, 9, 2026))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.MaximumRegistrationPeriodExceeded);
        yield return S("not ours: 531").Then(EppCommandKind.DomainInfo, OtherDomain(Name)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("info 2201: 531").Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("no such domain: 545").Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("pending transfer: 553").Then(EppCommandKind.DomainInfo, DomainInfo(Name, "pendingTransfer")).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return S("clientRenewProhibited (no RRP twin): 552").Then(EppCommandKind.DomainInfo, DomainInfo(Name, "clientRenewProhibited")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("LOCK and HOLD do not block RENEW")
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, "clientUpdateProhibited", "clientDeleteProhibited", "clientTransferProhibited", "serverHold"))
            .Then(EppCommandKind.DomainRenew, Read(X.DomainRenewed(Name, Expiry.AddYears(2))))
            .Finishes(RrpResponseCode.Success);
        yield return S("no expiry date in the info: 549")
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ExpiresAt = null }))
            .Finishes(RrpResponseCode.CommandFailed);
        yield return S("no clock: 549, nothing sent").Inputs(i => i with { Now = null }).Finishes(RrpResponseCode.CommandFailed);
        yield return Ready("2104: 546").Then(EppCommandKind.DomainRenew, Code(2104)).Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return Ready("2105 in RGP: 552").Then(EppCommandKind.DomainRenew, Code(2105)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { Statuses = ["pendingDelete"], Rgp = ["redemptionPeriod"] })).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2105 pending transfer: 553").Then(EppCommandKind.DomainRenew, Code(2105)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "pendingTransfer")).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Ready("2105 otherwise: 548").Then(EppCommandKind.DomainRenew, Code(2105)).Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.DomainNotUpForRenewal);
        yield return Ready("2304 pending transfer: 553").Then(EppCommandKind.DomainRenew, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "pendingTransfer")).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Ready("2304 otherwise: 552").Then(EppCommandKind.DomainRenew, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "serverRenewProhibited")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2300: 553").Then(EppCommandKind.DomainRenew, Code(2300)).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Ready("2306 on curExpDate (a renewal landed in between): 555")
            .Then(EppCommandKind.DomainRenew, Code(2306, Value("domain", "curExpDate", "2026-05-02", "does not match"))).Finishes(RrpResponseCode.DomainAlreadyRenewed);
        yield return Ready("2306 on the period: 541").Then(EppCommandKind.DomainRenew, Code(2306, Value("domain", "period", "2"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Ready("2308 (the registry's maximum term): 556").Then(EppCommandKind.DomainRenew, Code(2308)).Finishes(RrpResponseCode.MaximumRegistrationPeriodExceeded);
        yield return Ready("2201: 531").Then(EppCommandKind.DomainRenew, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Ready("2303: 545").Then(EppCommandKind.DomainRenew, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Ready("lost answer, expiry moved by the period: 200")
            .Then(EppCommandKind.DomainRenew, Unknown())
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ExpiresAt = Expiry.AddYears(2) }))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal("2028-05-02 14:10:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate)));
        yield return Ready("lost answer, expiry unchanged: 421")
            .Then(EppCommandKind.DomainRenew, Unknown())
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Ready("lost answer, expiry moved otherwise: 420 and unresolved")
            .Then(EppCommandKind.DomainRenew, Unknown())
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ExpiresAt = Expiry.AddYears(1) }))
            .Finishes(RrpResponseCode.ServerErrorClosing, closes: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
