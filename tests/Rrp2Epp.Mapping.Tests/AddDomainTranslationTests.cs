using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;
using X = Rrp2Epp.TestKit.Mapping.EppResponseXml;

namespace Rrp2Epp.Mapping.Tests;

public sealed class AddDomainTranslationTests
{
    private const string Name = "example.com";
    private static readonly DateTimeOffset Created = new(2025, 3, 14, 10, 0, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset Expires = new(2027, 3, 14, 10, 0, 5, TimeSpan.Zero);

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    private static EppAnswered CreatedOk(int code = 1000, DateTimeOffset? expires = null) => Read(X.DomainCreated(Name, Created, expires ?? Expires, code));

    private static void Stored(FinishStep f, string authInfo) =>
        Assert.Equal(new StoreAuthInfoEffect(Name, authInfo), Assert.Single(f.Effects.OfType<StoreAuthInfoEffect>()));

    internal static IEnumerable<Scenario> Scenarios()
    {
        var plain = new AddDomainRequest(Name, 2, ["ns1.example.com", "ns2.example.org"]);
        Scenario S(string name, AddDomainRequest? request = null) => new(name, request ?? plain);

        yield return S("1000: 200 with the expiry date and ACTIVE; the generated authInfo is stored")
            .Then<DomainCreateCommand>(EppCommandKind.DomainCreate, CreatedOk(), c =>
            {
                Assert.Equal(Name, c.Name);
                Assert.Equal(EppPeriod.Years(2), c.Period);
                Assert.Equal(["ns1.example.com", "ns2.example.org"], c.NameServers!.HostObjects);
                Assert.Equal(TestContexts.Generated, c.AuthInfo.Reveal());
                Assert.Null(c.Registrant);
                Assert.Empty(c.Contacts);
            })
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal(["registration expiration date:2027-03-14 10:00:05.0", "status:ACTIVE"], f.Response.Attributes.Select(a => a.ToString()));
                Stored(f, TestContexts.Generated);
                Assert.DoesNotContain(f.Diagnostics, d => d.Contains(TestContexts.Generated, StringComparison.Ordinal));
            });
        yield return S("no period and no name servers: the registry's default", new AddDomainRequest(Name, null, []))
            .Then<DomainCreateCommand>(EppCommandKind.DomainCreate, CreatedOk(), c =>
            {
                Assert.Null(c.Period);
                Assert.Null(c.NameServers);
            })
            .Finishes(RrpResponseCode.Success);
        yield return S("1000 without exDate: the date comes from a follow-up info")
            .Then(EppCommandKind.DomainCreate, Read(X.DomainCreated(Name, Created, null)))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ExpiresAt = new DateTimeOffset(2027, 3, 14, 0, 0, 0, TimeSpan.Zero) }))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal("2027-03-14 00:00:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate)));
        yield return S("1000 without exDate and no info: crDate + period")
            .Then(EppCommandKind.DomainCreate, Read(X.DomainCreated(Name, Created, null)))
            .Then(EppCommandKind.DomainInfo, Code(2400))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal("2027-03-14 10:00:05.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate)));
        yield return S("1001: 200, and the pending action is watched")
            .Then(EppCommandKind.DomainCreate, CreatedOk(1001))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Contains(new WatchPendingActionEffect(Name, "add"), f.Effects);
                Stored(f, TestContexts.Generated);
            });
        yield return S("2302 and ours: 554 (a retry)")
            .Then(EppCommandKind.DomainCreate, Code(2302, Value("domain", "name", Name)))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Finishes(RrpResponseCode.DomainAlreadyRegistered, f => Assert.Empty(f.Effects));
        yield return S("2302 and another sponsor: 540")
            .Then(EppCommandKind.DomainCreate, Code(2302))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ClientId = Other, Reduced = true }))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("2302 and a hidden info (2201): 540")
            .Then(EppCommandKind.DomainCreate, Code(2302))
            .Then(EppCommandKind.DomainInfo, Code(2201))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("2302 and no such domain (reserved): 540, never 554")
            .Then(EppCommandKind.DomainCreate, Code(2302))
            .Then(EppCommandKind.DomainInfo, Code(2303))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("2302 and the fresh info is lost: the default 549")
            .Then(EppCommandKind.DomainCreate, Code(2302))
            .Then(EppCommandKind.DomainInfo, NotSent())
            .Finishes(RrpResponseCode.CommandFailed);
        yield return S("2303 on the registrant: 549 (a profile fault)")
            .Then(EppCommandKind.DomainCreate, Code(2303, Value("domain", "registrant", "REG-1")))
            .Finishes(RrpResponseCode.CommandFailed);
        yield return S("2303 on a hostObj that host:check shows unregistered: 545")
            .Then(EppCommandKind.DomainCreate, Code(2303, Value("domain", "hostObj", "ns1.example.com")))
            .Then<HostCheckCommand>(EppCommandKind.HostCheck, HostCheck(("ns1.example.com", true), ("ns2.example.org", false)), c => Assert.Equal(["ns1.example.com", "ns2.example.org"], c.Names))
            .Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("2308 with every listed host registered: 541 (name-server policy)")
            .Then(EppCommandKind.DomainCreate, Code(2308))
            .Then(EppCommandKind.HostCheck, HostCheck(("ns1.example.com", false), ("ns2.example.org", false)))
            .Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return S("2306 on the period: 541")
            .Then(EppCommandKind.DomainCreate, Code(2306, Value("domain", "period", "2", "not offered")))
            .Finishes(RrpResponseCode.InvalidAttributeValue);
        var ace = new AddDomainRequest("xn--bcher-kva.com", 1, []);
        yield return S("2306 on an ACE name, 2.0.0: 510", ace)
            .Then(EppCommandKind.DomainCreate, Code(2306, Value("domain", "name", "xn--bcher-kva.com", "IDN table")))
            .Finishes(RrpResponseCode.InvalidEncoding);
        yield return S("2306 on an ACE name, 1.1.0: 541 (510 does not exist)", ace)
            .Version(RrpVersion.V1_1_0)
            .Then(EppCommandKind.DomainCreate, Code(2306, Value("domain", "name", "xn--bcher-kva.com", "IDN table")))
            .Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return S("2005 on the generated authInfo: resend once with the spare one, which is stored")
            .Then(EppCommandKind.DomainCreate, Code(2005, Value("domain", "pw", "***", "too weak")))
            .Then<DomainCreateCommand>(EppCommandKind.DomainCreate, CreatedOk(), c => Assert.Equal(TestContexts.Spare, c.AuthInfo.Reveal()))
            .Finishes(RrpResponseCode.Success, f => Stored(f, TestContexts.Spare));
        yield return S("the spare authInfo refused too: 549 and an alert")
            .Then(EppCommandKind.DomainCreate, Code(2306, Value("domain", "authInfo", "")))
            .Then(EppCommandKind.DomainCreate, Code(2306, Value("domain", "authInfo", "")))
            .Finishes(RrpResponseCode.CommandFailed, f => Assert.Contains(f.Effects, e => e is AlertEffect));
        yield return S("2104: 546").Then(EppCommandKind.DomainCreate, Code(2104)).Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return S("2201: 531").Then(EppCommandKind.DomainCreate, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("2500 on a transform: 549, no resend").Then(EppCommandKind.DomainCreate, Code(2500)).Finishes(RrpResponseCode.CommandFailed, closes: false);

        yield return S("lost answer, info shows it ours since the send: 200 from the info")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { CreatedAt = Now.AddSeconds(3), ExpiresAt = Now.AddYears(2) }))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal("2027-03-14 10:00:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrationExpirationDate));
                Stored(f, TestContexts.Generated);
            });
        yield return S("lost answer, a registry clock a little behind still counts as applied")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { CreatedAt = Now.AddMinutes(-2) }))
            .Finishes(RrpResponseCode.Success);
        yield return S("lost answer, no such domain: not applied, 421")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, Code(2303))
            .Finishes(RrpResponseCode.ServerErrorTryAgain, f => Assert.Empty(f.Effects), closes: false);
        yield return S("lost answer, another sponsor: 540")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { ClientId = Other }))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("lost answer, ours from long before the send: 554")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { CreatedAt = Now.AddDays(-30) }))
            .Finishes(RrpResponseCode.DomainAlreadyRegistered);
        yield return S("lost answer, the info fails too: 420, close, mark unresolved")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, Code(2400))
            .Finishes(RrpResponseCode.ServerErrorClosing, f => Assert.Equal(new MarkUnresolvedEffect(Name, "add"), Assert.Single(f.Effects)), closes: true);
        yield return S("lost answer, the path goes too: undecided, so 420 and unresolved")
            .Then(EppCommandKind.DomainCreate, Unknown(Now))
            .Then(EppCommandKind.DomainInfo, PathLost)
            .Finishes(RrpResponseCode.ServerErrorClosing, f => Assert.Contains(new MarkUnresolvedEffect(Name, "add"), f.Effects), closes: true);
        const string NoCrDate = """<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response><result code="1000"><msg>Command completed successfully</msg></result><resData><domain:creData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:creData></resData><trID><svTRID>SRV-1</svTRID></trID></response></epp>""";
        yield return S("a success that departs from the schema (G11 b) is confirmed by an info first")
            .Then(EppCommandKind.DomainCreate, ReadDeparting(NoCrDate))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { CreatedAt = Now.AddSeconds(1) }))
            .Finishes(RrpResponseCode.Success, f => Assert.Contains(f.Diagnostics, d => d.Contains("success with anomalies", StringComparison.Ordinal)));
        yield return S("1301 answers no create: reconcile like a lost answer")
            .Then(EppCommandKind.DomainCreate, Code(1301))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { CreatedAt = Now.AddSeconds(1) }))
            .Finishes(RrpResponseCode.Success);

        yield return S("thick: the registrar's handles go with the create")
            .Profile(p => p with
            {
                Contacts = ContactModel.Thick,
                ContactHandles = new Dictionary<string, RegistrarContacts>(StringComparer.Ordinal) { [Self] = new("REG-A", "ADM-A", "TECH-A", "BILL-A") },
            })
            .Then<DomainCreateCommand>(EppCommandKind.DomainCreate, CreatedOk(), c =>
            {
                Assert.Equal("REG-A", c.Registrant);
                Assert.Equal([new DomainContact("ADM-A", DomainContactType.Admin), new DomainContact("TECH-A", DomainContactType.Tech), new DomainContact("BILL-A", DomainContactType.Billing)], c.Contacts);
            })
            .Finishes(RrpResponseCode.Success);
        yield return S("thick without handles for this registrar: 549, nothing sent")
            .Profile(p => p with
            {
                Contacts = ContactModel.Thick,
                ContactHandles = new Dictionary<string, RegistrarContacts>(StringComparer.Ordinal) { [Other] = new("REG-B") },
            })
            .Finishes(RrpResponseCode.CommandFailed, f => Assert.Contains(f.Effects, e => e is AlertEffect));
        yield return S("a generated authInfo that is no sendable authInfo: 549, nothing sent")
            .Inputs(i => i with { GeneratedAuthInfo = "weak" })
            .Finishes(RrpResponseCode.CommandFailed, f => Assert.DoesNotContain(f.Diagnostics, d => d.Contains("weak", StringComparison.Ordinal)));
        yield return S("an authInfo drawn from the gateway's own alphabet is sent as it is")
            .Inputs(i => i with { GeneratedAuthInfo = "abcdefghJKLMNP23" })
            .Then<DomainCreateCommand>(EppCommandKind.DomainCreate, CreatedOk(), c => Assert.Equal("abcdefghJKLMNP23", c.AuthInfo.Reveal()))
            .Finishes(RrpResponseCode.Success);
        yield return S("no domain service negotiated: 549")
            .With(c => c with { Services = new([EppNamespaces.Host], []) })
            .Finishes(RrpResponseCode.CommandFailed);

        var attributes = new AddDomainRequest(Name, 1, ["ns1.example.com", "ns2.example.org"]);
        yield return S("host attributes: glue from the store for in-zone hosts, none for external ones", attributes)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .Inputs(i => i with { NameServerAddresses = new Dictionary<string, IReadOnlyList<IPAddress>>(StringComparer.OrdinalIgnoreCase) { ["ns1.example.com"] = [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")] } })
            .Then<DomainCreateCommand>(EppCommandKind.DomainCreate, CreatedOk(), c =>
            {
                Assert.True(c.NameServers!.UsesHostAttributes);
                Assert.Equal([HostAddress.V4("192.0.2.1"), HostAddress.V6("2001:db8::1")], c.NameServers.HostAttributes[0].Addresses);
                Assert.Empty(c.NameServers.HostAttributes[1].Addresses);
            })
            .Finishes(RrpResponseCode.Success);
        yield return S("host attributes: an in-zone host the store does not know is 545", attributes)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .Finishes(RrpResponseCode.EntityReferenceNotFound);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
