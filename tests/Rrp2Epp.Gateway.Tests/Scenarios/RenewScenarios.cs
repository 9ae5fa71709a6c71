using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>RENEW: info for the expiry, the year rule (555/541), the maximum term, then the renew (result-mapping §3.9).</summary>
public static class RenewScenarios
{
    private static Func<ScenarioWorld, RrpResponse, Task> Expiry(string expected) => (_, r) =>
    {
        Assert.Equal(expected, r.ValueOf("registration expiration date"));
        return Task.CompletedTask;
    };

    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        Of("period and year", C.Success, Domain("renew", "renew-ok.com", "-Period:2", "-CurrentExpirationYear:2027")) with { Then = Expiry("2029-06-15 08:00:00.0") },
        Of("period and year, 1.1.0", C.Success, Domain("renew", "renew-ok1.com", "-Period:1", "-CurrentExpirationYear:2027"), version: RrpVersion.V1_1_0) with { Then = Expiry("2028-06-15 08:00:00.0") },
        Of("no options: the default period", C.Success, Domain("renew", "renew-default.com")) with { Then = Expiry("2028-06-15 08:00:00.0") },
        Of("the same renewal again → 555", C.Success, Domain("renew", "renew-again.com", "-Period:1", "-CurrentExpirationYear:2027"))
            .AndThen(C.DomainAlreadyRenewed, Domain("renew", "renew-again.com", "-Period:1", "-CurrentExpirationYear:2027")) with
        {
            Then = async (w, _) => Assert.Equal("2028-06-15 08:00:00.0", (await w.StatusAsync("renew-again.com")).ValueOf("registration expiration date")),
        },
        Of("a year that is not the expiry year → 541", C.InvalidAttributeValue, Domain("renew", "renew-wrong.com", "-Period:1", "-CurrentExpirationYear:2020")),
        Of("past the maximum term → 556", C.MaximumRegistrationPeriodExceeded, Domain("renew", "renew-max.com", "-Period:9", "-CurrentExpirationYear:2027")),
        Of("the expiry year is the registry zone's (2027-01-01 02:00Z is 2026 in New York)", C.Success, Domain("renew", "renew-newyear.com", "-Period:1", "-CurrentExpirationYear:2026")) with
        {
            Then = Expiry("2027-12-31 21:00:00.0"),
        },
        Of("REGISTRAR-LOCK does not block a renewal", C.Success, Domain("renew", "renew-locked.com", "-Period:1", "-CurrentExpirationYear:2027")),
        Of("domain of another registrar → 531", C.AuthorizationFailed, Domain("renew", "renew-b.com", "-Period:1", "-CurrentExpirationYear:2027")),
        Of("no such domain → 545", C.EntityReferenceNotFound, Domain("renew", "renew-ghost.com", "-Period:1", "-CurrentExpirationYear:2027")),
        Of("renewal prohibited → 552", C.DomainStatusDisallows, Domain("renew", "renew-prohibited.com", "-Period:1", "-CurrentExpirationYear:2027")),
        Of("in redemption → 552", C.DomainStatusDisallows, Domain("renew", "renew-rgp.com", "-Period:1", "-CurrentExpirationYear:2027")),
        Of("pending transfer → 553", C.DomainPendingTransfer, Domain("renew", "renew-pt.com", "-Period:1", "-CurrentExpirationYear:2027")),
        Of("credit exhausted → 546", C.CreditLimitExceeded, Domain("renew", "renew-d.com", "-Period:1", "-CurrentExpirationYear:2027"), "registrarD"),
        Of("a period without a year → 504", C.MissingRequiredAttribute, Domain("renew", "renew-ok.com", "-Period:1")),
    ];
}
