using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>CHECK (result-mapping §3.4): 210-213, with 213's addresses (IPv6 only on 2.0.0).</summary>
[Collection(ScenarioCollection.Name)]
public sealed class CheckScenarios(ScenarioWorld world)
{
    private static readonly Table Rows = new();

    public static TheoryData<string> Names => Rows.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public Task Check(string scenario) => world.RunAsync(Rows[scenario]);

    private sealed class Table() : ScenarioTable(
    [
        Of("free domain → 210", C.DomainAvailable, Domain("check", "check-free.com")),
        Of("free domain on 1.1.0 → 210", C.DomainAvailable, Domain("check", "check-free.com"), version: RrpVersion.V1_1_0),
        Of("registered domain → 211", C.DomainNotAvailable, Domain("check", "check-taken.com")),
        Of("domain of another registrar → 211", C.DomainNotAvailable, Domain("check", "add-b-owned.com"), "registrarC"),
        Of("free name server → 212", C.NameServerAvailable, Server("check", "ns1.check-free.com")),
        Of("registered name server → 213 with every address", C.NameServerNotAvailable, Server("check", "ns1.check-taken.com")) with
        {
            Then = (_, r) =>
            {
                Assert.Equal(["45.63.1.1", "2600:3c00::1"], r.ValuesOf("ipAddress"));
                return Task.CompletedTask;
            },
        },
        Of("registered name server on 1.1.0 → 213 with IPv4 only", C.NameServerNotAvailable, Server("check", "ns1.check-taken.com"), version: RrpVersion.V1_1_0) with
        {
            Then = (_, r) =>
            {
                Assert.Equal(["45.63.1.1"], r.ValuesOf("ipAddress"));
                return Task.CompletedTask;
            },
        },
        Of("another registrar's name server → 213", C.NameServerNotAvailable, Server("check", "ns1.check-taken.com"), "registrarB") with
        {
            Then = (_, r) =>
            {
                Assert.Equal(["45.63.1.1", "2600:3c00::1"], r.ValuesOf("ipAddress"));
                return Task.CompletedTask;
            },
        },
        Of("zone the registry does not serve → 541", C.InvalidAttributeValue, Domain("check", "check.org")),
    ]);
}
