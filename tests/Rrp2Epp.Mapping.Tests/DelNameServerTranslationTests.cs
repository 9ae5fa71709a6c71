using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class DelNameServerTranslationTests
{
    private const string Ns = "ns1.example.com";
    private const string Parent = "example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    internal static IEnumerable<Scenario> Scenarios()
    {
        var del = new DelNameServerRequest(Ns);
        Scenario S(string name, DelNameServerRequest? request = null) => new(name, request ?? del);
        Scenario Ready(string name) => S(name)
            .Then<HostInfoCommand>(EppCommandKind.HostInfo, HostInfo(Ns), c => Assert.Equal(Ns, c.Name))
            .Then<DomainInfoCommand>(EppCommandKind.DomainInfo, DomainInfo(Parent), c => Assert.Equal(Parent, c.Name));

        yield return Ready("deleted: 200").Then<HostDeleteCommand>(EppCommandKind.HostDelete, Code(1000), c => Assert.Equal(Ns, c.Name)).Finishes(RrpResponseCode.Success);
        yield return S("an external host needs no parent read", new DelNameServerRequest("ns1.example.org"))
            .Then(EppCommandKind.HostInfo, HostInfo("ns1.example.org"))
            .Then(EppCommandKind.HostDelete, Code(1001))
            .Finishes(RrpResponseCode.Success);
        yield return S("registry rules skip the parent read")
            .Profile(p => p with { RrpRules = RrpRules.Registry })
            .Then(EppCommandKind.HostInfo, HostInfo(Ns))
            .Then(EppCommandKind.HostDelete, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("not ours: 531").Then(EppCommandKind.HostInfo, HostInfo(Ns, h => h with { ClientId = Other })).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("host info 2201: 531").Then(EppCommandKind.HostInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("no such host: 545").Then(EppCommandKind.HostInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("the parent is held: 551 (strict)")
            .Then(EppCommandKind.HostInfo, HostInfo(Ns))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Parent, "clientHold"))
            .Finishes(RrpResponseCode.ParentDomainStatusDisallows);
        yield return S("the parent is partly registry-locked: 551 (strict)")
            .Then(EppCommandKind.HostInfo, HostInfo(Ns))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Parent, "serverTransferProhibited"))
            .Finishes(RrpResponseCode.ParentDomainStatusDisallows);
        yield return S("the parent cannot be read: the registry decides")
            .Then(EppCommandKind.HostInfo, HostInfo(Ns))
            .Then(EppCommandKind.DomainInfo, Code(2303))
            .Then(EppCommandKind.HostDelete, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return Ready("2305 (still linked): 532").Then(EppCommandKind.HostDelete, Code(2305)).Finishes(RrpResponseCode.DomainNamesLinkedWithNameServer);
        yield return Ready("2304 with serverDeleteProhibited, 2.0.0: 557")
            .Then(EppCommandKind.HostDelete, Code(2304))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, "serverDeleteProhibited"))
            .Finishes(RrpResponseCode.NameServerLocked);
        yield return Ready("2304 with serverDeleteProhibited, 1.1.0: 552")
            .Version(RrpVersion.V1_1_0)
            .Then(EppCommandKind.HostDelete, Code(2304))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, "serverDeleteProhibited"))
            .Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2304 with clientDeleteProhibited: 552")
            .Then(EppCommandKind.HostDelete, Code(2304))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, "clientDeleteProhibited"))
            .Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2304 with pendingTransfer: 553")
            .Then(EppCommandKind.HostDelete, Code(2304))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, "pendingTransfer"))
            .Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Ready("2304 for anything else: 552")
            .Then(EppCommandKind.HostDelete, Code(2304))
            .Then(EppCommandKind.HostInfo, HostInfo(Ns, "pendingDelete"))
            .Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Ready("2201: 531").Then(EppCommandKind.HostDelete, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Ready("2303: 545").Then(EppCommandKind.HostDelete, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Ready("lost answer, the host is gone: 200")
            .Then(EppCommandKind.HostDelete, Unknown())
            .Then(EppCommandKind.HostInfo, Code(2303))
            .Finishes(RrpResponseCode.Success);
        yield return Ready("lost answer, the host is still there: 421")
            .Then(EppCommandKind.HostDelete, Unknown())
            .Then(EppCommandKind.HostInfo, HostInfo(Ns))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Ready("lost answer, no way to tell: 420 and unresolved")
            .Then(EppCommandKind.HostDelete, Unknown())
            .Then(EppCommandKind.HostInfo, Code(2400))
            .Finishes(RrpResponseCode.ServerErrorClosing, f => Assert.Contains(f.Effects, e => e is Plans.MarkUnresolvedEffect), closes: true);
        yield return Ready("not sent: 421").Then(EppCommandKind.HostDelete, NotSent()).Finishes(RrpResponseCode.ServerErrorTryAgain);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
