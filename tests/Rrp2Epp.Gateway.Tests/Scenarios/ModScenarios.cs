using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>MOD Domain and MOD NameServer (result-mapping §3.7, §3.8, §5.4, §6a.2), both listeners.</summary>
public static class ModScenarios
{
    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        // MOD Domain
        Of("add a name server", C.Success, Domain("mod", "mod-ns.com", "NameServer:ns1.mod-hosts.com", "NameServer:ns2.mod-hosts.com")) with
        {
            Then = async (w, _) => Assert.Equal(["ns1.mod-hosts.com", "ns2.mod-hosts.com"], (await w.StatusAsync("mod-ns.com")).ValuesOf("nameserver").Order()),
        },
        Of("add a name server, 1.1.0", C.Success, Domain("mod", "mod-ns1.com", "NameServer:ns3.mod-hosts.com"), version: RrpVersion.V1_1_0),
        Of("old=new is one update removing and adding", C.Success, Domain("mod", "mod-replace.com", "NameServer:ns1.mod-hosts.com=ns2.mod-hosts.com")) with
        {
            Then = async (w, _) =>
            {
                Assert.Equal(["ns2.mod-hosts.com"], (await w.StatusAsync("mod-replace.com")).ValuesOf("nameserver"));
                Assert.Equal(1, w.Exchanges("domain:update", "mod-replace.com"));
            },
        },
        Of("set REGISTRAR-LOCK", C.Success, Domain("mod", "mod-lock.com", "Status:REGISTRAR-LOCK")) with
        {
            Then = async (w, _) => Assert.Equal(["REGISTRAR-LOCK"], (await w.StatusAsync("mod-lock.com")).ValuesOf("status")),
        },
        Of("clear REGISTRAR-LOCK", C.Success, Domain("mod", "mod-unlock.com", "Status:REGISTRAR-LOCK=")) with
        {
            Then = async (w, _) => Assert.Equal(["ACTIVE"], (await w.StatusAsync("mod-unlock.com")).ValuesOf("status")),
        },
        Of("a partial lock shown as REGISTRAR-LOCK is completed, not refused", C.Success, Domain("mod", "mod-partial.com", "Status:REGISTRAR-LOCK")) with
        {
            Then = async (w, _) => Assert.Equal(["REGISTRAR-LOCK"], (await w.StatusAsync("mod-partial.com")).ValuesOf("status")),
        },
        Of("set and clear REGISTRAR-HOLD", C.Success, Domain("mod", "mod-status.com", "Status:REGISTRAR-HOLD"))
            .AndThen(C.Success, Domain("mod", "mod-status.com", "Status:REGISTRAR-HOLD=")) with
        {
            Then = async (w, _) => Assert.Equal(["ACTIVE"], (await w.StatusAsync("mod-status.com")).ValuesOf("status")),
        },
        Of("name server already delegated → 540", C.AttributeValueNotUnique, Domain("mod", "mod-dup.com", "NameServer:ns1.mod-hosts.com")),
        Of("removing a name server not delegated → 542", C.InvalidOldValue, Domain("mod", "mod-dup.com", "NameServer:ns2.mod-hosts.com=")),
        Of("unregistered name server → 545", C.EntityReferenceNotFound, Domain("mod", "mod-dup.com", "NameServer:ns1.mod-ghost.com")),
        Of("a fourteenth name server → 541", C.InvalidAttributeValue, Domain("mod", "mod-full.com", "NameServer:ns14.mod-hosts.com")),
        Of("ACTIVE is the registry's → 543", C.AttributeCannotBeUpdated, Domain("mod", "mod-plain.com", "Status:ACTIVE")),
        Of("REGISTRY-LOCK is the registry's → 543", C.AttributeCannotBeUpdated, Domain("mod", "mod-plain.com", "Status:REGISTRY-LOCK")),
        Of("status already set on a held domain → 540", C.AttributeValueNotUnique, Domain("mod", "mod-held.com", "Status:REGISTRAR-HOLD")),
        Of("clearing a status not set → 542", C.InvalidOldValue, Domain("mod", "mod-plain.com", "Status:REGISTRAR-HOLD=")),
        Of("domain of another registrar → 531", C.AuthorizationFailed, Domain("mod", "mod-b.com", "NameServer:ns1.mod-hosts.com")),
        Of("no such domain → 545", C.EntityReferenceNotFound, Domain("mod", "mod-ghost.com", "NameServer:ns1.mod-hosts.com")),
        Of("pending transfer → 553", C.DomainPendingTransfer, Domain("mod", "mod-pt.com", "NameServer:ns1.mod-hosts.com")),
        Of("in redemption → 552", C.DomainStatusDisallows, Domain("mod", "mod-rgp.com", "NameServer:ns1.mod-hosts.com")),
        Of("REGISTRAR-LOCK blocks a name-server edit → 552", C.DomainStatusDisallows, Domain("mod", "mod-locked.com", "NameServer:ns1.mod-hosts.com")),
        Of("REGISTRAR-LOCK blocks a hold edit (§6a.2) → 552", C.DomainStatusDisallows, Domain("mod", "mod-locked.com", "Status:REGISTRAR-HOLD")),
        Of("REGISTRY-LOCK → 552", C.DomainStatusDisallows, Domain("mod", "mod-slocked.com", "NameServer:ns1.mod-hosts.com")),
        Of("REGISTRAR-HOLD blocks a name-server edit → 544", C.EntityOnHold, Domain("mod", "mod-held.com", "NameServer:ns1.mod-hosts.com")),

        // MOD NameServer
        Of("add an address", C.Success, Server("mod", "ns1.modns-parent.com", "IPAddress:45.63.2.11")) with
        {
            Then = async (w, _) => Assert.Equal(["45.63.2.1", "45.63.2.11"], (await w.ServerStatusAsync("ns1.modns-parent.com")).ValuesOf("ipaddress").Order()),
        },
        Of("swap an address with old=new", C.Success, Server("mod", "ns2.modns-parent.com", "IPAddress:45.63.2.2=45.63.2.12"), version: RrpVersion.V1_1_0) with
        {
            Then = async (w, _) => Assert.Equal(["45.63.2.12"], (await w.ServerStatusAsync("ns2.modns-parent.com")).ValuesOf("ipaddress")),
        },
        Of("rename", C.Success, Server("mod", "ns3.modns-parent.com", "NewNameServer:ns3b.modns-parent.com")).Expect((w, _) =>
        {
            Assert.True(w.Registry.HostExists("ns3b.modns-parent.com"));
            Assert.False(w.Registry.HostExists("ns3.modns-parent.com"));
        }),
        Of("address already on the server → 540", C.AttributeValueNotUnique, Server("mod", "ns4.modns-parent.com", "IPAddress:45.63.2.4")),
        Of("removing an address not on the server → 542", C.InvalidOldValue, Server("mod", "ns4.modns-parent.com", "IPAddress:45.63.2.99=")),
        Of("restricted address → 535", C.RestrictedIpAddress, Server("mod", "ns5.modns-parent.com", "IPAddress:127.0.0.2")),
        Of("address of another server → 540", C.AttributeValueNotUnique, Server("mod", "ns6.modns-parent.com", "IPAddress:45.63.1.1")),
        Of("name server of another registrar → 531", C.AuthorizationFailed, Server("mod", "ns1.modns-b.com", "IPAddress:45.63.2.20")),
        Of("no such name server → 545", C.EntityReferenceNotFound, Server("mod", "ns99.modns-parent.com", "IPAddress:45.63.2.21")),
        Of("parent with REGISTRAR-LOCK → 551", C.ParentDomainStatusDisallows, Server("mod", "ns1.modns-lockedparent.com", "IPAddress:45.63.2.22")),
        Of("registry-locked name server on 2.0.0 → 557", C.NameServerLocked, Server("mod", "ns8.modns-parent.com", "IPAddress:45.63.2.23")),
        Of("registry-locked name server on 1.1.0 → 552", C.DomainStatusDisallows, Server("mod", "ns9.modns-parent.com", "IPAddress:45.63.2.24"), version: RrpVersion.V1_1_0),
        Of("rename under an unregistered parent → 550", C.ParentDomainNotRegistered, Server("mod", "ns10.modns-parent.com", "NewNameServer:ns1.modns-ghost.com")),
        Of("rename under another registrar's domain → 531", C.AuthorizationFailed, Server("mod", "ns11.modns-parent.com", "NewNameServer:ns9.modns-b.com")),
        Of("removing the last address of an in-zone server → 541", C.InvalidAttributeValue, Server("mod", "ns12.modns-parent.com", "IPAddress:45.63.2.30=")),
    ];
}
