using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class StatusTranslationTests
{
    private const string Name = "example.com";
    private const string Ns = "ns1.example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var domain = new StatusDomainRequest(Name);
        var host = new StatusNameServerRequest(Ns);

        yield return new Scenario("domain: the sponsor gets every attribute in RFC order", domain)
            .Then<DomainInfoCommand>(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with
            {
                Statuses = ["clientTransferProhibited", "clientHold"],
                NameServers = [Ns, "ns2.example.net"],
                UpdaterId = Other,
                UpdatedAt = new DateTimeOffset(2024, 11, 20, 8, 0, 0, TimeSpan.Zero),
                TransferredAt = new DateTimeOffset(2021, 1, 15, 10, 0, 0, TimeSpan.Zero),
            }), c => Assert.Equal(Name, c.Name))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal(
                    [
                        "nameserver:ns1.example.com", "nameserver:ns2.example.net",
                        "registration expiration date:2026-05-02 14:10:00.0", "registrar:RegistrarA",
                        "registrar transfer date:2021-01-15 10:00:00.0", "status:REGISTRAR-HOLD", "status:REGISTRAR-LOCK",
                        "created date:2020-05-02 14:10:00.0", "created by:RegistrarA",
                        "updated date:2024-11-20 08:00:00.0", "updated by:RegistrarB",
                    ],
                    f.Response.Attributes.Select(a => a.ToString()));
                Assert.False(f.CloseSession);
            });

        yield return new Scenario("domain: dates in the profile's zone, redemption shown", domain)
            .Profile(p => p with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York") })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { Statuses = ["pendingDelete", "inactive"], Rgp = ["redemptionPeriod"] }))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal("2026-05-02 10:10:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate));
                Assert.Equal(["REDEMPTIONPERIOD"], f.Response.ValuesOf(RrpAttributeNames.Status));
                Assert.Contains(f.Diagnostics, d => d.Contains("no RRP twin: inactive", StringComparison.Ordinal));
            });

        yield return new Scenario("domain: a strict listener sees REGISTRY-HOLD for redemption", domain)
            .Profile(p => p with { RrpExtendedStatuses = false })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { Statuses = ["pendingDelete"], Rgp = ["redemptionPeriod"] }))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(["REGISTRY-HOLD"], f.Response.ValuesOf(RrpAttributeNames.Status)));

        yield return new Scenario("domain: the profile's marker shows REGISTRY-DELETE-NOTIFY", domain)
            .Profile(p => p with { RegistryDeleteNotifyMarker = new DeleteNotifyMarker(DeleteNotifyMarkerKind.Status, "serverDeleteProhibited") })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, "serverDeleteProhibited"))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(["REGISTRY-LOCK", "REGISTRY-DELETE-NOTIFY"], f.Response.ValuesOf(RrpAttributeNames.Status)));

        yield return new Scenario("domain: another sponsor's reduced answer is 531", domain)
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ClientId = Other, Reduced = true }))
            .Finishes(RrpResponseCode.AuthorizationFailed, f => Assert.Empty(f.Response.Attributes));
        yield return new Scenario("domain: info 2201 is 531", domain).Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return new Scenario("domain: info 2202 is 531", domain).Then(EppCommandKind.DomainInfo, Code(2202)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return new Scenario("domain: info 2303 is 545", domain)
            .Then(EppCommandKind.DomainInfo, Code(2303, Value("domain", "name", Name))).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return new Scenario("domain: info 2306 is 541", domain)
            .Then(EppCommandKind.DomainInfo, Code(2306, Value("domain", "name", Name, "not served here"))).Finishes(RrpResponseCode.InvalidAttributeValue);

        yield return new Scenario("host: attributes, no status line, IPv6 on 2.0.0", host)
            .Then<HostInfoCommand>(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { Statuses = ["linked", "clientDeleteProhibited"], Addresses = ["192.0.2.1", "2001:DB8:0:0:0:0:0:1"] }), c => Assert.Equal(Ns, c.Name))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal(
                    ["nameserver:ns1.example.com", "ipaddress:192.0.2.1", "ipaddress:2001:db8::1", "registrar:RegistrarA", "created date:2020-05-02 14:10:00.0", "created by:RegistrarA"],
                    f.Response.Attributes.Select(a => a.ToString()));
            });
        yield return new Scenario("host: no IPv6 line on a 1.1.0 listener", host)
            .Version(RrpVersion.V1_1_0)
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { Addresses = ["192.0.2.1", "2001:db8::1"] }))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal(["192.0.2.1"], f.Response.ValuesOf(RrpAttributeNames.StatusIpAddress));
                Assert.Contains(f.Diagnostics, d => d.Contains("IPv6 address 2001:db8::1 left out", StringComparison.Ordinal));
            });
        yield return new Scenario("host: another sponsor is 531", host).Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { ClientId = Other })).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return new Scenario("host: info 2201 is 531", host).Then(EppCommandKind.HostInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return new Scenario("host: info 2303 is 545", host).Then(EppCommandKind.HostInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return new Scenario("host: info 2005 is 541", host).Then(EppCommandKind.HostInfo, Code(2005, Value("host", "name", Ns))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return new Scenario("host: host attributes registry with no store providing host objects", host)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .With(c => c with { Services = new([EppNamespaces.Domain], [EppNamespaces.Rgp]) })
            .Finishes(RrpResponseCode.CommandFailed, f => Assert.Contains(f.Diagnostics, d => d.Contains("service-missing", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
