using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class CheckTranslationTests
{
    private const string Name = "example.com";
    private const string Ns = "ns1.example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var domain = new CheckDomainRequest(Name);
        var host = new CheckNameServerRequest(Ns);

        yield return new Scenario("domain: available is 210", domain)
            .Then<DomainCheckCommand>(EppCommandKind.DomainCheck, DomainCheck(Name, true), c => Assert.Equal([Name], c.Names))
            .Finishes(RrpResponseCode.DomainAvailable, f => Assert.Empty(f.Response.Attributes));
        yield return new Scenario("domain: taken is 211", domain).Then(EppCommandKind.DomainCheck, DomainCheck(Name, false)).Finishes(RrpResponseCode.DomainNotAvailable);
        yield return new Scenario("domain: a name the registry refuses is 541", domain)
            .Then(EppCommandKind.DomainCheck, Code(2306, Value("domain", "name", Name, "TLD not served"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return new Scenario("domain: 2201 is 549 (best 531 not listed)", domain).Then(EppCommandKind.DomainCheck, Code(2201)).Finishes(RrpResponseCode.CommandFailed);
        yield return new Scenario("domain: a check answer without the name falls to 549", domain)
            .Then(EppCommandKind.DomainCheck, DomainCheck("example.net", true)).Finishes(RrpResponseCode.CommandFailed);

        Scenario ByInfo(string name, RrpRequest request) => new Scenario(name, request).Profile(p => p with { CheckByInfo = true });
        yield return ByInfo("domain by info: 2303 is 210", domain).Then<DomainInfoCommand>(EppCommandKind.DomainInfo, Code(2303), c => Assert.Equal(DomainInfoHosts.None, c.Hosts)).Finishes(RrpResponseCode.DomainAvailable);
        yield return ByInfo("domain by info: 1000 is 211", domain).Then(EppCommandKind.DomainInfo, OtherDomain(Name)).Finishes(RrpResponseCode.DomainNotAvailable);
        yield return ByInfo("domain by info: 2201 is 211", domain).Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.DomainNotAvailable);
        yield return ByInfo("host by info: 2303 is 212", host).Then(EppCommandKind.HostInfo, Code(2303)).Finishes(RrpResponseCode.NameServerAvailable);
        yield return ByInfo("host by info: 2201 is 213 without addresses", host)
            .Then(EppCommandKind.HostInfo, Code(2201)).Finishes(RrpResponseCode.NameServerNotAvailable, f => Assert.Empty(f.Response.Attributes));

        yield return new Scenario("host: available is 212", host)
            .Then<HostCheckCommand>(EppCommandKind.HostCheck, HostCheck((Ns, true)), c => Assert.Equal([Ns], c.Names)).Finishes(RrpResponseCode.NameServerAvailable);
        yield return new Scenario("host: registered is 213 with every address", host)
            .Then(EppCommandKind.HostCheck, HostCheck((Ns, false)))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { ClientId = Other, Addresses = ["192.0.2.1", "198.51.100.7", "2001:db8::53"] }))
            .Finishes(RrpResponseCode.NameServerNotAvailable, f =>
                Assert.Equal(["ipAddress:192.0.2.1", "ipAddress:198.51.100.7", "ipAddress:2001:db8::53"], f.Response.Attributes.Select(a => a.ToString())));
        yield return new Scenario("host: 1.1.0 listeners get no IPv6 line", host)
            .Version(RrpVersion.V1_1_0)
            .Then(EppCommandKind.HostCheck, HostCheck((Ns, false)))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { Addresses = ["192.0.2.1", "2001:db8::53"] }))
            .Finishes(RrpResponseCode.NameServerNotAvailable, f => Assert.Equal(["192.0.2.1"], f.Response.ValuesOf(RrpAttributeNames.IpAddress)));
        yield return new Scenario("host: hidden host info after the check is 213 without addresses", host)
            .Then(EppCommandKind.HostCheck, HostCheck((Ns, false)))
            .Then(EppCommandKind.HostInfo, Code(2201))
            .Finishes(RrpResponseCode.NameServerNotAvailable, f => Assert.Empty(f.Response.Attributes));
        yield return new Scenario("host: vanished after the check, still 213 (trust the check)", host)
            .Then(EppCommandKind.HostCheck, HostCheck((Ns, false)))
            .Then(EppCommandKind.HostInfo, Code(2303))
            .Finishes(RrpResponseCode.NameServerNotAvailable);
        yield return new Scenario("host: a name the registry refuses is 541", host).Then(EppCommandKind.HostCheck, Code(2005, Value("host", "name", Ns))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return new Scenario("host: 2201 is 549", host).Then(EppCommandKind.HostCheck, Code(2201)).Finishes(RrpResponseCode.CommandFailed);
        yield return new Scenario("host: host:info 2005 falls to the common 541", host)
            .Then(EppCommandKind.HostCheck, HostCheck((Ns, false)))
            .Then(EppCommandKind.HostInfo, Code(2005))
            .Finishes(RrpResponseCode.InvalidAttributeValue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
