using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class ModNameServerTranslationTests
{
    private const string Ns = "ns1.example.com";
    private const string Parent = "example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    private static IPAddress Ip(string text) => IPAddress.Parse(text);

    internal static IEnumerable<Scenario> Scenarios()
    {
        var readdress = new ModNameServerRequest(Ns, null, [RrpEdit.Add(Ip("192.0.2.2")), RrpEdit.Remove(Ip("192.0.2.1")), RrpEdit.Replace(Ip("2001:db8::1"), Ip("2001:db8::2"))]);
        var rename = new ModNameServerRequest(Ns, "ns1.example.net", []);
        Scenario S(string name, ModNameServerRequest? request = null) => new(name, request ?? readdress);
        EppAnswered Host(params string[] statuses) => HostInfo(Ns, h => h with { Addresses = ["192.0.2.1", "2001:db8::1"], Statuses = statuses.Length == 0 ? ["ok"] : statuses });
        Scenario Ready(string name, ModNameServerRequest? request = null) => S(name, request).Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent));
        Scenario Renaming(string name) => Ready(name, rename).Then<DomainInfoCommand>(EppCommandKind.DomainInfo, DomainInfo("example.net"), c => Assert.Equal("example.net", c.Name));

        yield return Ready("new addresses: one host:update with the delta, 200")
            .Then<HostUpdateCommand>(EppCommandKind.HostUpdate, Code(1000), c =>
            {
                Assert.Equal([HostAddress.V4("192.0.2.2"), HostAddress.V6("2001:db8::2")], c.Add!.Addresses);
                Assert.Equal([HostAddress.V4("192.0.2.1"), HostAddress.V6("2001:db8::1")], c.Remove!.Addresses);
                Assert.Null(c.NewName);
            })
            .Finishes(RrpResponseCode.Success);
        yield return Renaming("a rename into our other domain: 200")
            .Then<HostUpdateCommand>(EppCommandKind.HostUpdate, Code(1000), c =>
            {
                Assert.Equal("ns1.example.net", c.NewName);
                Assert.Null(c.Add);
            })
            .Finishes(RrpResponseCode.Success);
        yield return S("nothing to change: 200 without an update", new ModNameServerRequest(Ns, null, []))
            .Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent))
            .Finishes(RrpResponseCode.Success);
        yield return S("adding a private address: 535 before anything is sent", new ModNameServerRequest(Ns, null, [RrpEdit.Add(Ip("192.168.1.1"))])).Finishes(RrpResponseCode.RestrictedIpAddress);
        yield return S("not ours: 531").Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { ClientId = Other })).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("info 2201: 531").Then(EppCommandKind.HostInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("no such host: 545").Then(EppCommandKind.HostInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("adding an address already there: 540", new ModNameServerRequest(Ns, null, [RrpEdit.Add(Ip("192.0.2.1"))])).Then(EppCommandKind.HostInfo, Host()).Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("removing an address not there: 542", new ModNameServerRequest(Ns, null, [RrpEdit.Remove(Ip("192.0.2.9"))])).Then(EppCommandKind.HostInfo, Host()).Finishes(RrpResponseCode.InvalidOldValue);
        yield return S("the parent is locked: 551 (strict)").Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent, "clientUpdateProhibited")).Finishes(RrpResponseCode.ParentDomainStatusDisallows);
        yield return S("rename into an unregistered parent: 550", rename).Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent)).Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.ParentDomainNotRegistered);
        yield return S("rename into another registrar's domain: 531 (strict)", rename).Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent)).Then(EppCommandKind.DomainInfo, OtherDomain("example.net")).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("rename into a hidden domain (2201): 531 (strict)", rename).Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent)).Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("rename into an external name: no new parent to read", new ModNameServerRequest(Ns, "ns1.example.org", []))
            .Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent))
            .Then(EppCommandKind.HostUpdate, Code(1001))
            .Finishes(RrpResponseCode.Success);
        yield return Ready("2201: 531").Then(EppCommandKind.HostUpdate, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Renaming("2308 and the new parent vanished: 550").Then(EppCommandKind.HostUpdate, Code(2308)).Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.ParentDomainNotRegistered);
        yield return Ready("2303 on the host itself: 545").Then(EppCommandKind.HostUpdate, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Renaming("2302 on the new name: 540").Then(EppCommandKind.HostUpdate, Code(2302, Value("host", "name", "ns1.example.net"))).Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return Ready("2306 on a special address: 535").Then(EppCommandKind.HostUpdate, Code(2306, Value("host", "addr", "192.0.2.2", "documentation range"))).Finishes(RrpResponseCode.RestrictedIpAddress);
        yield return Ready("2306 on another address: 541").Then(EppCommandKind.HostUpdate, Code(2306, Value("host", "addr", "9.9.9.9"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        var ace = new ModNameServerRequest(Ns, "ns1.xn--bcher-kva.org", []);
        yield return S("2306 on an ACE new name, 2.0.0: 510", ace).Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent))
            .Then(EppCommandKind.HostUpdate, Code(2306, Value("host", "name", "ns1.xn--bcher-kva.org"))).Finishes(RrpResponseCode.InvalidEncoding);
        yield return S("2306 on an ACE new name, 1.1.0: 541", ace).Version(RrpVersion.V1_1_0).Then(EppCommandKind.HostInfo, Host()).Then(EppCommandKind.DomainInfo, DomainInfo(Parent))
            .Then(EppCommandKind.HostUpdate, Code(2306, Value("host", "name", "ns1.xn--bcher-kva.org"))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Ready("2308 (the last address of an in-zone host): 541").Then(EppCommandKind.HostUpdate, Code(2308)).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Ready("2305 (renaming a host others use): 531, best 532 not listed").Then(EppCommandKind.HostUpdate, Code(2305)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Ready("2304 with serverUpdateProhibited, 2.0.0: 557").Then(EppCommandKind.HostUpdate, Code(2304)).Then(EppCommandKind.HostInfo, Host("serverUpdateProhibited")).Finishes(RrpResponseCode.NameServerLocked);
        yield return Ready("2304 with serverUpdateProhibited, 1.1.0: 552").Version(RrpVersion.V1_1_0).Then(EppCommandKind.HostUpdate, Code(2304)).Then(EppCommandKind.HostInfo, Host("serverUpdateProhibited")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2304 with pendingTransfer: 553").Then(EppCommandKind.HostUpdate, Code(2304)).Then(EppCommandKind.HostInfo, Host("pendingTransfer")).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Ready("2304 otherwise: 552").Then(EppCommandKind.HostUpdate, Code(2304)).Then(EppCommandKind.HostInfo, Host()).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("lost answer, every change visible: 200")
            .Then(EppCommandKind.HostUpdate, Unknown())
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { Addresses = ["192.0.2.2", "2001:db8::2"] }))
            .Finishes(RrpResponseCode.Success);
        yield return Ready("lost answer, nothing changed: 421")
            .Then(EppCommandKind.HostUpdate, Unknown())
            .Then(EppCommandKind.HostInfo, Host())
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Ready("lost answer, half visible: 420 and unresolved")
            .Then(EppCommandKind.HostUpdate, Unknown())
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { Addresses = ["192.0.2.1", "192.0.2.2", "2001:db8::1"] }))
            .Finishes(RrpResponseCode.ServerErrorClosing, closes: true);
        yield return Renaming("lost rename, the new name exists: 200")
            .Then(EppCommandKind.HostUpdate, Unknown())
            .Then<HostInfoCommand>(EppCommandKind.HostInfo, HostInfo("ns1.example.net"), c => Assert.Equal("ns1.example.net", c.Name))
            .Finishes(RrpResponseCode.Success);
        yield return Renaming("lost rename, only the old name exists: 421")
            .Then(EppCommandKind.HostUpdate, Unknown())
            .Then(EppCommandKind.HostInfo, Code(2303))
            .Then<HostInfoCommand>(EppCommandKind.HostInfo, Host(), c => Assert.Equal(Ns, c.Name))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
