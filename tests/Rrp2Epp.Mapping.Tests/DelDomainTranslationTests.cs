using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class DelDomainTranslationTests
{
    private const string Name = "example.com";
    private const string Own = "ns1.example.com";
    private const string Spare = "ns2.example.com";

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    // example.com delegates to its child ns1 and to an external host; ns2 is a child nobody uses.
    private static EppAnswered WithChildren(params string[] statuses) => DomainInfo(Name, d => d with
    {
        Statuses = statuses.Length == 0 ? ["ok"] : statuses,
        NameServers = [Own, "ns1.example.org"],
        SubordinateHosts = [Own, Spare],
    });

    private static EppAnswered Child(string name, params string[] statuses) =>
        HostInfo(name, h => h with { Statuses = statuses.Length == 0 ? ["ok"] : statuses, Addresses = name == Own ? ["192.0.2.1"] : ["192.0.2.2"] });

    internal static IEnumerable<Scenario> Scenarios()
    {
        var del = new DelDomainRequest(Name);
        Scenario S(string name) => new(name, del);
        Scenario Plain(string name) => S(name).Then<DomainInfoCommand>(EppCommandKind.DomainInfo, DomainInfo(Name), c => Assert.Equal(DomainInfoHosts.All, c.Hosts));

        // Cascade up to the deletion of the children: both read, the self-delegation removed, ns1 read again, both deleted.
        Scenario Cascaded(string name) => S(name)
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), c => Assert.Equal([Own], c.Remove!.NameServers!.HostObjects))
            .Then(EppCommandKind.HostInfo, Child(Own))
            .Then<HostDeleteCommand>(EppCommandKind.HostDelete, Code(1000), c => Assert.Equal(Own, c.Name))
            .Then<HostDeleteCommand>(EppCommandKind.HostDelete, Code(1000), c => Assert.Equal(Spare, c.Name));
        Action<DomainUpdateCommand> Restored = c => Assert.Equal([Own], c.Add!.NameServers!.HostObjects);

        yield return Plain("no child hosts, purged at once: 200 and the authInfo is forgotten")
            .Then<DomainDeleteCommand>(EppCommandKind.DomainDelete, Code(1000), c => Assert.Equal(Name, c.Name))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(new ForgetAuthInfoEffect(Name), Assert.Single(f.Effects)));
        yield return Plain("into RGP (1001): 200, the authInfo stays").Then(EppCommandKind.DomainDelete, Code(1001)).Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Effects));
        yield return Cascaded("the cascade: unused children deleted first, then the domain").Then(EppCommandKind.DomainDelete, Code(1001)).Finishes(RrpResponseCode.Success);

        yield return S("not ours: 531").Then(EppCommandKind.DomainInfo, OtherDomain(Name)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("info 2201: 531").Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("no such domain: 545").Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("pending transfer: 553 (before the lock)").Then(EppCommandKind.DomainInfo, DomainInfo(Name, "pendingTransfer", "clientDeleteProhibited")).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return S("delete-prohibited: 552 (before the hold)").Then(EppCommandKind.DomainInfo, DomainInfo(Name, "clientDeleteProhibited", "clientHold")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("held: 544 (strict)").Then(EppCommandKind.DomainInfo, DomainInfo(Name, "serverHold")).Finishes(RrpResponseCode.EntityOnHold);
        yield return S("held under registry rules: the registry decides")
            .Profile(p => p with { RrpRules = RrpRules.Registry })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, "clientHold"))
            .Then(EppCommandKind.DomainDelete, Code(1001))
            .Finishes(RrpResponseCode.Success);

        yield return S("a child serving other domains (linked, not ours to delegate): 533, nothing changed")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare, "linked"))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers, f => Assert.Empty(f.Effects));
        yield return S("a child that cannot be deleted: 533, nothing changed")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "clientDeleteProhibited", "linked"))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers);
        yield return S("a child already gone is skipped")
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { SubordinateHosts = [Spare] }))
            .Then(EppCommandKind.HostInfo, Code(2303))
            .Then(EppCommandKind.DomainDelete, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("the own child still linked once undelegated: the delegation is restored, 533")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.DomainUpdate, Code(1000), c => Restored((DomainUpdateCommand)c))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers, f => Assert.Empty(f.Effects));
        yield return S("the delegation cannot be removed (2304): 552, nothing changed")
            .Then(EppCommandKind.DomainInfo, WithChildren("clientUpdateProhibited"))
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.DomainUpdate, Code(2304))
            .Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("the delegation cannot be removed (2308, too few name servers): 533")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.DomainUpdate, Code(2308))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers);
        yield return S("the delegation update lost but applied: the cascade goes on")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { NameServers = ["ns1.example.org"] }))
            .Then(EppCommandKind.HostInfo, Child(Own))
            .Then(EppCommandKind.HostDelete, Code(1000))
            .Then(EppCommandKind.HostDelete, Code(1000))
            .Then(EppCommandKind.DomainDelete, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("the delegation update lost and not applied: 421")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return S("a child delete refused (2305, a race): children re-created, delegation restored, 533")
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.HostInfo, Child(Own, "linked"))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.HostInfo, Child(Own))
            .Then(EppCommandKind.HostDelete, Code(1000))
            .Then(EppCommandKind.HostDelete, Code(2305))
            .Then<HostCreateCommand>(EppCommandKind.HostCreate, Code(1000), c =>
            {
                Assert.Equal(Own, c.Name);
                Assert.Equal([HostAddress.V4("192.0.2.1")], c.Addresses);
            })
            .Then(EppCommandKind.DomainUpdate, Code(1000), c => Restored((DomainUpdateCommand)c))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers, f => Assert.Empty(f.Effects));
        yield return S("a child deleted meanwhile by someone else is fine (host:delete 2303)")
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { SubordinateHosts = [Spare] }))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.HostDelete, Code(2303))
            .Then(EppCommandKind.DomainDelete, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("a child delete lost and applied: the cascade goes on")
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { SubordinateHosts = [Spare] }))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.HostDelete, Unknown())
            .Then(EppCommandKind.HostInfo, Code(2303))
            .Then(EppCommandKind.DomainDelete, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("a child delete lost and not applied: 421 (nothing else changed)")
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { SubordinateHosts = [Spare] }))
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Then(EppCommandKind.HostDelete, Unknown())
            .Then(EppCommandKind.HostInfo, Child(Spare))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Cascaded("the domain delete refused after the cascade (2305): undone, 533")
            .Then(EppCommandKind.DomainDelete, Code(2305))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers, f => Assert.Empty(f.Effects));
        yield return Cascaded("the undo fails: the domain's code, and an alert")
            .Then(EppCommandKind.DomainDelete, Code(2201))
            .Then(EppCommandKind.HostCreate, Code(2400))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, NotSent())
            .Finishes(RrpResponseCode.AuthorizationFailed, f => Assert.Contains(f.Effects, e => e is AlertEffect a && a.Message.Contains("could not be undone", StringComparison.Ordinal)));
        yield return Cascaded("the domain delete lost and unsettled: 420, unresolved and an alert, no undo")
            .Then(EppCommandKind.DomainDelete, Unknown())
            .Then(EppCommandKind.DomainInfo, Code(2400))
            .Finishes(RrpResponseCode.ServerErrorClosing, f =>
            {
                Assert.Contains(f.Effects, e => e is MarkUnresolvedEffect);
                Assert.Contains(f.Effects, e => e is AlertEffect);
            }, closes: true);
        yield return Cascaded("the domain delete lost and not applied: undone, 421")
            .Then(EppCommandKind.DomainDelete, Unknown())
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Then(EppCommandKind.HostCreate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Plain("the domain delete lost, the domain is gone: 200, forgotten")
            .Then(EppCommandKind.DomainDelete, Unknown())
            .Then(EppCommandKind.DomainInfo, Code(2303))
            .Finishes(RrpResponseCode.Success, f => Assert.Contains(new ForgetAuthInfoEffect(Name), f.Effects));
        yield return Plain("the domain delete lost, pendingDelete appeared: 200")
            .Then(EppCommandKind.DomainDelete, Unknown())
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { Statuses = ["pendingDelete"], Rgp = ["redemptionPeriod"] }))
            .Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Effects));
        yield return S("cascade off: the registry's 2305 is 533")
            .Profile(p => p with { DeleteCascade = false })
            .Then(EppCommandKind.DomainInfo, WithChildren())
            .Then(EppCommandKind.DomainDelete, Code(2305))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers);
        yield return Plain("2304, now pending transfer: 553").Then(EppCommandKind.DomainDelete, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "pendingTransfer")).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Plain("2304, already in RGP: 552").Then(EppCommandKind.DomainDelete, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "pendingDelete")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Plain("2304, only holds explain it: 544").Then(EppCommandKind.DomainDelete, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "clientHold")).Finishes(RrpResponseCode.EntityOnHold);
        yield return Plain("2304, no status explains it: 552").Then(EppCommandKind.DomainDelete, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Plain("2300: 553").Then(EppCommandKind.DomainDelete, Code(2300)).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Plain("2303: 545").Then(EppCommandKind.DomainDelete, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Plain("2308 (deletes refused in this period): 552").Then(EppCommandKind.DomainDelete, Code(2308)).Finishes(RrpResponseCode.DomainStatusDisallows);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
