using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>RESTORE → RGP restore request (result-mapping §3.12).</summary>
public static class RestoreScenarios
{
    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        Of("domain in redemption → PENDINGRESTORE", C.Success, Domain("restore", "rs-rgp.com")) with
        {
            Then = async (w, _) => Assert.Equal(["PENDINGRESTORE"], (await w.StatusAsync("rs-rgp.com")).ValuesOf("status")),
        },
        Of("domain in redemption, 1.1.0", C.Success, Domain("restore", "rs-rgp1.com"), version: RrpVersion.V1_1_0),
        Of("active domain → 552", C.DomainStatusDisallows, Domain("restore", "rs-active.com")),
        Of("domain of another registrar → 531", C.AuthorizationFailed, Domain("restore", "rs-b.com")),
        Of("no such domain → 545", C.EntityReferenceNotFound, Domain("restore", "rs-ghost.com")),
        Of("no credit → 546", C.CreditLimitExceeded, Domain("restore", "rs-d.com"), "registrarD"),
    ];
}
