using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>DEL Domain with the child-host cascade, and DEL NameServer (result-mapping §3.5, §3.6), both listeners.</summary>
public static class DelScenarios
{
    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        // DEL Domain
        Of("domain outside the add grace period enters redemption", C.Success, Domain("del", "del-ok.com")) with
        {
            Then = async (w, _) => Assert.Equal(["REDEMPTIONPERIOD"], (await w.StatusAsync("del-ok.com")).ValuesOf("status")),
        },
        Of("domain, 1.1.0", C.Success, Domain("del", "del-ok1.com"), version: RrpVersion.V1_1_0),
        Of("domain inside the add grace period is gone at once", C.Success, Domain("add", "del-grace.com")) with
        {
            Then = async (w, _) =>
            {
                Assert.Equal(C.Success, (await w.SendAsync("registrarA", RrpVersion.V2_0_0, Domain("del", "del-grace.com"))).Code);
                Assert.False(w.Registry.DomainExists("del-grace.com"));
                Assert.Null(await w.Gateway.Store.GetAuthInfoAsync("del-grace.com"));
            },
        },
        Of("unused child host goes with its domain", C.Success, Domain("del", "del-cascade.com")).Expect((w, _) => Assert.False(w.Registry.HostExists("ns1.del-cascade.com"))),
        Of("child host serving another domain → 533, nothing deleted", C.DomainHasActiveNameServers, Domain("del", "del-linked.com")) with
        {
            Then = async (w, _) =>
            {
                Assert.True(w.Registry.HostExists("ns1.del-linked.com"));
                Assert.Equal(["ACTIVE"], (await w.StatusAsync("del-linked.com")).ValuesOf("status"));
            },
        },
        Of("domain of another registrar → 531", C.AuthorizationFailed, Domain("del", "del-b.com")),
        Of("no such domain → 545", C.EntityReferenceNotFound, Domain("del", "del-ghost.com")),
        Of("pending transfer → 553", C.DomainPendingTransfer, Domain("del", "del-pt.com")),
        Of("REGISTRAR-LOCK → 552", C.DomainStatusDisallows, Domain("del", "del-locked.com")),
        Of("REGISTRY-LOCK → 552", C.DomainStatusDisallows, Domain("del", "del-slocked.com")),
        Of("REGISTRAR-HOLD → 544", C.EntityOnHold, Domain("del", "del-held.com")),
        Of("REGISTRY-HOLD → 544", C.EntityOnHold, Domain("del", "del-sheld.com")),
        Of("already in redemption → 552", C.DomainStatusDisallows, Domain("del", "del-rgp.com")),

        // DEL NameServer
        Of("unused name server", C.Success, Server("del", "ns1.delns-parent.com")).Expect((w, _) => Assert.False(w.Registry.HostExists("ns1.delns-parent.com"))),
        Of("name server, 1.1.0", C.Success, Server("del", "ns6.delns-parent.com"), version: RrpVersion.V1_1_0),
        Of("name server serving a domain → 532", C.DomainNamesLinkedWithNameServer, Server("del", "ns2.delns-parent.com")),
        Of("name server of another registrar → 531", C.AuthorizationFailed, Server("del", "ns1.delns-b.com")),
        Of("no such name server → 545", C.EntityReferenceNotFound, Server("del", "ns9.delns-parent.com")),
        Of("parent with REGISTRAR-LOCK → 551", C.ParentDomainStatusDisallows, Server("del", "ns1.delns-lockedparent.com")),
        Of("parent with REGISTRAR-HOLD → 551", C.ParentDomainStatusDisallows, Server("del", "ns1.delns-heldparent.com")),
        Of("registry-locked name server on 2.0.0 → 557", C.NameServerLocked, Server("del", "ns3.delns-parent.com")),
        Of("registry-locked name server on 1.1.0 → 552", C.DomainStatusDisallows, Server("del", "ns4.delns-parent.com"), version: RrpVersion.V1_1_0),
        Of("registrar-locked name server → 552", C.DomainStatusDisallows, Server("del", "ns5.delns-parent.com")),
    ];
}
