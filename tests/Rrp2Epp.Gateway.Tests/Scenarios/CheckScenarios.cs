using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>CHECK (result-mapping §3.4): 210-213, with 213's addresses (IPv6 only on 2.0.0).</summary>
public static class CheckScenarios
{
    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        Of("free domain → 210", C.DomainAvailable, Domain("check", "check-free.com")),
        Of("free domain on 1.1.0 → 210", C.DomainAvailable, Domain("check", "check-free.com"), version: RrpVersion.V1_1_0),
        Of("registered domain → 211", C.DomainNotAvailable, Domain("check", "check-taken.com")),
        Of("domain of another registrar → 211", C.DomainNotAvailable, Domain("check", "add-b-owned.com"), "registrarC"),
        Of("free name server → 212", C.NameServerAvailable, Server("check", "ns1.check-free.com")),
        Of("registered name server → 213 with every address", C.NameServerNotAvailable, Server("check", "ns1.check-taken.com")).Expect((_, r) => Assert.Equal(["45.63.1.1", "2600:3c00::1"], r.ValuesOf("ipAddress"))),
        Of("registered name server on 1.1.0 → 213 with IPv4 only", C.NameServerNotAvailable, Server("check", "ns1.check-taken.com"), version: RrpVersion.V1_1_0).Expect((_, r) => Assert.Equal(["45.63.1.1"], r.ValuesOf("ipAddress"))),
        Of("another registrar's name server → 213", C.NameServerNotAvailable, Server("check", "ns1.check-taken.com"), "registrarB").Expect((_, r) => Assert.Equal(["45.63.1.1", "2600:3c00::1"], r.ValuesOf("ipAddress"))),
        Of("zone the registry does not serve → 541", C.InvalidAttributeValue, Domain("check", "check.org")),
    ];
}
