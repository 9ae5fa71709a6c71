using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// TRANSFER between registrars (result-mapping §3.11): request with the stored authInfo, approve, reject, cancel
/// (2.0.0; the requester's -Approve:No on 1.1.0 is 531), who may do what, and the refusals.
/// </summary>
public static class TransferScenarios
{
    private static Func<ScenarioWorld, RrpResponse, Task> SponsorIs(string domain, string registrar, string status) => async (w, _) =>
    {
        var answer = await w.StatusAsync(domain, registrar);
        Assert.Equal(registrar, answer.ValueOf("registrar"));
        Assert.Equal([status], answer.ValuesOf("status"));
    };

    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        Of("request with the stored authInfo", C.Success, Transfer("tr-req.com"), "registrarB") with { Then = SponsorIs("tr-req.com", "registrarA", "PENDINGTRANSFER") },
        Of("request by the sponsor → 531", C.AuthorizationFailed, Transfer("tr-own.com")),
        Of("request without an authInfo in the store → 531", C.AuthorizationFailed, Transfer("tr-noauth.com"), "registrarB"),
        Of("request while one is pending → 536", C.DomainAlreadyFlaggedForTransfer, Transfer("tr-pt.com"), "registrarB"),
        Of("request for a REGISTRAR-LOCK domain → 552", C.DomainStatusDisallows, Transfer("tr-locked.com"), "registrarB"),
        Of("request for a domain in redemption → 552", C.DomainStatusDisallows, Transfer("tr-rgp.com"), "registrarB"),
        Of("request that would pass the maximum term: best 556 is not TRANSFER's → 552", C.DomainStatusDisallows, Transfer("tr-maxterm.com"), "registrarB"),
        Of("request with no credit → 546", C.CreditLimitExceeded, Transfer("tr-bill.com"), "registrarD"),
        Of("approve by the sponsor moves the domain, its hosts and rotates the authInfo", C.Success, Transfer("tr-appr.com", "Yes")) with
        {
            Then = async (w, _) =>
            {
                var answer = await w.StatusAsync("tr-appr.com", "registrarB");
                Assert.Equal("registrarB", answer.ValueOf("registrar"));
                Assert.Equal("2025-03-14 05:00:00.0", answer.ValueOf("registrar transfer date"));
                Assert.NotEqual("Seed-tr-appr-9", await w.Gateway.Store.GetAuthInfoAsync("tr-appr.com"));
            },
        },
        Of("approve on 1.1.0", C.Success, Transfer("tr-appr1.com", "Yes"), version: RrpVersion.V1_1_0) with { Then = SponsorIs("tr-appr1.com", "registrarB", "ACTIVE") },
        Of("approve with nothing pending → 534", C.DomainNotFlaggedForTransfer, Transfer("tr-none.com", "Yes")),
        Of("reject with nothing pending → 534", C.DomainNotFlaggedForTransfer, Transfer("tr-none.com", "No")),
        Of("approve by the requester → 531", C.AuthorizationFailed, Transfer("tr-appr2.com", "Yes"), "registrarB"),
        Of("approve by a third registrar → 531", C.AuthorizationFailed, Transfer("tr-appr2.com", "Yes"), "registrarC"),
        Of("reject by the sponsor", C.Success, Transfer("tr-rej.com", "No")) with { Then = SponsorIs("tr-rej.com", "registrarA", "ACTIVE") },
        Of("cancel by the requester on 2.0.0, then again → 534", C.Success, Transfer("tr-cancel.com", "No"), "registrarB")
            .AndThen(C.DomainNotFlaggedForTransfer, Transfer("tr-cancel.com", "No"), "registrarB") with { Then = SponsorIs("tr-cancel.com", "registrarA", "ACTIVE") },
        Of("the requester's -Approve:No on 1.1.0 → 531", C.AuthorizationFailed, Transfer("tr-cancel1.com", "No"), "registrarB", RrpVersion.V1_1_0),
        Of("-Approve:No by a third registrar → 531", C.AuthorizationFailed, Transfer("tr-cancel2.com", "No"), "registrarC"),
        Of("child hosts move with the domain", C.Success, Transfer("tr-hosts.com", "Yes")) with
        {
            Then = async (w, _) => Assert.Equal("registrarB", (await w.ServerStatusAsync("ns1.tr-hosts.com", "registrarB")).ValueOf("registrar")),
        },
    ];
}
