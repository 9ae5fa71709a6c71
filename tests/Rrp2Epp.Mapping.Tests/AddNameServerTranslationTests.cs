using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;
using X = Rrp2Epp.TestKit.Mapping.EppResponseXml;

namespace Rrp2Epp.Mapping.Tests;

public sealed class AddNameServerTranslationTests
{
    private const string Ns = "ns1.example.com";
    private const string Parent = "example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var glue = new AddNameServerRequest(Ns, [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")]);
        var external = new AddNameServerRequest("ns1.example.org", []);
        Scenario S(string name, AddNameServerRequest? request = null) => new(name, request ?? glue);
        Scenario Parented(string name) => S(name).Then<DomainInfoCommand>(EppCommandKind.DomainInfo, DomainInfo(Parent), c => Assert.Equal(Parent, c.Name));

        yield return Parented("in-zone: parent ours, host:create 1000 → 200")
            .Then<HostCreateCommand>(EppCommandKind.HostCreate, Read(X.HostCreated(Ns, Now)), c =>
            {
                Assert.Equal(Ns, c.Name);
                Assert.Equal([HostAddress.V4("192.0.2.1"), HostAddress.V6("2001:db8::1")], c.Addresses);
            })
            .Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Response.Attributes));
        yield return S("external: no parent read, no addresses", external)
            .Then<HostCreateCommand>(EppCommandKind.HostCreate, Code(1001), c => Assert.Empty(c.Addresses))
            .Finishes(RrpResponseCode.Success);
        yield return S("a private address: 535 before anything is sent", new AddNameServerRequest(Ns, [IPAddress.Parse("10.0.0.1")])).Finishes(RrpResponseCode.RestrictedIpAddress);
        yield return S("a documentation address when the profile does not allow them: 535")
            .Profile(p => p with { AllowDocumentationAddresses = false })
            .Finishes(RrpResponseCode.RestrictedIpAddress);
        yield return S("in zone without an address: 504", new AddNameServerRequest(Ns, [])).Finishes(RrpResponseCode.MissingRequiredAttribute);
        yield return S("parent not registered: 550").Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.ParentDomainNotRegistered);
        yield return S("parent of another registrar: 531 (strict)").Then(EppCommandKind.DomainInfo, OtherDomain(Parent)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("parent hidden (2201): 531 (strict)").Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("parent of another registrar under registry rules: the registry decides")
            .Profile(p => p with { RrpRules = RrpRules.Registry })
            .Then(EppCommandKind.DomainInfo, OtherDomain(Parent))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("parent read fails: the registry decides")
            .Then(EppCommandKind.DomainInfo, Code(2400))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return Parented("2302: 540").Then(EppCommandKind.HostCreate, Code(2302, Value("host", "name", Ns))).Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return Parented("2302 on an address (unique-address policy): 540").Then(EppCommandKind.HostCreate, Code(2302, Value("host", "addr", "192.0.2.1"))).Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return Parented("2305 and the fresh parent info says 2303: 550")
            .Then(EppCommandKind.HostCreate, Code(2305))
            .Then(EppCommandKind.DomainInfo, Code(2303))
            .Finishes(RrpResponseCode.ParentDomainNotRegistered);
        yield return Parented("2305 and the parent now has another sponsor: 531")
            .Then(EppCommandKind.HostCreate, Code(2305))
            .Then(EppCommandKind.DomainInfo, OtherDomain(Parent))
            .Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Parented("2201: 531").Then(EppCommandKind.HostCreate, Code(2201)).Then(EppCommandKind.DomainInfo, DomainInfo(Parent)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Parented("2306 on a documentation address the registry treats as special: 535")
            .Then(EppCommandKind.HostCreate, Code(2306, Value("host", "addr", "192.0.2.1", "reserved"))).Finishes(RrpResponseCode.RestrictedIpAddress);
        yield return Parented("2306 on any other address: 541")
            .Then(EppCommandKind.HostCreate, Code(2306, Value("host", "addr", "2001:4860::8888"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Parented("2005 on an address: 541")
            .Then(EppCommandKind.HostCreate, Code(2005, Value("host", "addr", "8.8.8.8"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return S("2308 for an external host given addresses: 541", new AddNameServerRequest("ns1.example.org", [IPAddress.Parse("8.8.8.8")]))
            .Then(EppCommandKind.HostCreate, Code(2308)).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return S("2308 for a host the registry sees in zone, sent without addresses: 504", external)
            .Then(EppCommandKind.HostCreate, Code(2308)).Finishes(RrpResponseCode.MissingRequiredAttribute);
        var ace = new AddNameServerRequest("ns1.xn--bcher-kva.org", []);
        yield return S("2306 on an ACE host name, 2.0.0: 510", ace).Then(EppCommandKind.HostCreate, Code(2306, Value("host", "name", "ns1.xn--bcher-kva.org"))).Finishes(RrpResponseCode.InvalidEncoding);
        yield return S("2306 on a host name: 541", external).Then(EppCommandKind.HostCreate, Code(2306, Value("host", "name", "ns1.example.org"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Parented("2304 (the parent's status blocks children): 541, best 551 not listed").Then(EppCommandKind.HostCreate, Code(2304)).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Parented("2104: 546").Then(EppCommandKind.HostCreate, Code(2104)).Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return Parented("lost answer, ours since the send: 200")
            .Then(EppCommandKind.HostCreate, Unknown(Now))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { CreatedAt = Now.AddSeconds(2) }))
            .Finishes(RrpResponseCode.Success);
        yield return Parented("lost answer, no such host: 421")
            .Then(EppCommandKind.HostCreate, Unknown(Now))
            .Then(EppCommandKind.HostInfo, Code(2303))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Parented("lost answer, another registrar's host: 540")
            .Then(EppCommandKind.HostCreate, Unknown(Now))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { ClientId = Other }))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return Parented("lost answer, our host from before the send: 540")
            .Then(EppCommandKind.HostCreate, Unknown(Now))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { CreatedAt = Now.AddDays(-1) }))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return Parented("lost answer, unreadable: 420 and unresolved")
            .Then(EppCommandKind.HostCreate, Unknown(Now))
            .Then(EppCommandKind.HostInfo, NotSent())
            .Finishes(RrpResponseCode.ServerErrorClosing, closes: true);
        yield return S("host attributes with no store providing host objects: 549", external)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .With(c => c with { Services = new([EppNamespaces.Domain], [EppNamespaces.Rgp]) })
            .Finishes(RrpResponseCode.CommandFailed);
        yield return S("host attributes with the gateway's store as host objects: created there", external)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Finishes(RrpResponseCode.Success);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
