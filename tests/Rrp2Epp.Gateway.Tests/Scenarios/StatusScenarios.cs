using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>STATUS (result-mapping §3.10, §5.2): every attribute rrp-reference §4.9 lists, dates in New York time.</summary>
public static class StatusScenarios
{
    private static Func<ScenarioWorld, RrpResponse, Task> Shows(params string[] statuses) => (_, r) =>
    {
        Assert.Equal(statuses, r.ValuesOf("status"));
        return Task.CompletedTask;
    };

    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        // A MOD first, so the domain has an update date and updater too.
        Of("domain: every attribute, in order", C.Success, Domain("mod", "status-full.com", "NameServer:ns1.status-full.com"))
            .AndThen(C.Success, Domain("status", "status-full.com")).Expect((_, r) =>
        {
            Assert.Equal(
                [
                    "nameserver:ns1.status-full.com",
                    "registration expiration date:2027-06-15 08:00:00.0",
                    "registrar:registrarA",
                    "status:ACTIVE",
                    "created date:2019-12-31 19:00:00.0",
                    "created by:registrarA",
                    "updated date:2025-03-14 05:00:00.0",
                    "updated by:registrarA",
                ],
                r.Attributes.Select(a => $"{a.Name}:{a.Value}"));
        }),
        Of("domain, 1.1.0", C.Success, Domain("status", "status-ns.com"), version: RrpVersion.V1_1_0).Expect((_, r) =>
        {
            Assert.Equal(["ns1.status-full.com"], r.ValuesOf("nameserver"));
            Assert.Equal(["ACTIVE"], r.ValuesOf("status"));
        }),
        Of("name server: addresses, registrar, dates; no status", C.Success, Server("status", "ns1.status-full.com")).Expect((_, r) =>
        {
            Assert.Equal(["45.63.3.1", "2600:3c00::3"], r.ValuesOf("ipaddress"));
            Assert.Equal("registrarA", r.ValueOf("registrar"));
            Assert.Equal("2025-03-14 05:00:00.0", r.ValueOf("created date"));
            Assert.Equal("registrarA", r.ValueOf("created by"));
            Assert.Empty(r.ValuesOf("status"));
        }),
        Of("name server on 1.1.0: IPv4 addresses only", C.Success, Server("status", "ns1.status-full.com"), version: RrpVersion.V1_1_0).Expect((_, r) => Assert.Equal(["45.63.3.1"], r.ValuesOf("ipaddress"))),
        Of("REGISTRY-LOCK", C.Success, Domain("status", "status-slock.com")) with { Then = Shows("REGISTRY-LOCK") },
        Of("REGISTRY-HOLD", C.Success, Domain("status", "status-shold.com")) with { Then = Shows("REGISTRY-HOLD") },
        Of("REGISTRAR-HOLD and REGISTRAR-LOCK (one member), in RFC 2832 §6.1 order", C.Success, Domain("status", "status-mixed.com")) with { Then = Shows("REGISTRAR-HOLD", "REGISTRAR-LOCK") },
        Of("PENDINGTRANSFER", C.Success, Domain("status", "status-pt.com")) with { Then = Shows("PENDINGTRANSFER") },
        Of("REDEMPTIONPERIOD", C.Success, Domain("status", "status-rgp.com")) with { Then = Shows("REDEMPTIONPERIOD") },
        Of("domain of another registrar → 531", C.AuthorizationFailed, Domain("status", "status-b.com")),
        Of("name server of another registrar → 531", C.AuthorizationFailed, Server("status", "ns1.status-b.com")),
        Of("no such domain → 545", C.EntityReferenceNotFound, Domain("status", "status-ghost.com")),
        Of("no such name server → 545", C.EntityReferenceNotFound, Server("status", "ns9.status-full.com")),
    ];
}
