using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class ModDomainTranslationTests
{
    private const string Name = "example.com";
    private static readonly string[] Lock = ["clientDeleteProhibited", "clientTransferProhibited", "clientUpdateProhibited"];

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    private static ModDomainRequest Mod(IReadOnlyList<RrpEdit<string>>? ns = null, params RrpEdit<RrpStatus>[] statuses) => new(Name, ns ?? [], statuses);

    private static EppAnswered Current(string[]? statuses = null, string[]? ns = null) =>
        DomainInfo(Name, d => d with { Statuses = statuses ?? ["ok"], NameServers = ns ?? ["ns1.example.com", "ns2.example.org"] });

    private static Action<DomainUpdateCommand> Delta(string[] addStatuses, string[] removeStatuses, string[]? addNs = null, string[]? removeNs = null) => c =>
    {
        Assert.Equal(addStatuses, c.Add?.Statuses.Select(s => s.Value) ?? []);
        Assert.Equal(removeStatuses, c.Remove?.Statuses.Select(s => s.Value) ?? []);
        Assert.Equal(addNs ?? [], c.Add?.NameServers?.HostObjects ?? []);
        Assert.Equal(removeNs ?? [], c.Remove?.NameServers?.HostObjects ?? []);
        Assert.Null(c.Change);
    };

    internal static IEnumerable<Scenario> Scenarios()
    {
        var addNs = Mod([RrpEdit.Add("ns3.example.com")]);
        var swapNs = Mod([RrpEdit.Replace("ns2.example.org", "ns3.example.com")]);
        var hold = Mod(null, RrpEdit.Add(RrpStatus.RegistrarHold));
        var unlock = Mod(null, RrpEdit.Remove(RrpStatus.RegistrarLock));
        Scenario S(string name, ModDomainRequest request) => new(name, request);
        Scenario Checked(string name, ModDomainRequest request, string[]? statuses = null) =>
            S(name, request).Then(EppCommandKind.DomainInfo, Current(statuses)).Then(EppCommandKind.HostCheck, HostCheck(("ns3.example.com", false)));

        // Successes and the deltas they send.
        yield return Checked("replace a name server: rem + add in one update, 200", swapNs)
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], [], ["ns3.example.com"], ["ns2.example.org"]))
            .Finishes(RrpResponseCode.Success);
        yield return S("set REGISTRAR-HOLD: add clientHold", hold).Then(EppCommandKind.DomainInfo, Current())
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1001), Delta(["clientHold"], [])).Finishes(RrpResponseCode.Success);
        yield return S("set REGISTRAR-LOCK and REGISTRAR-HOLD together: one update", Mod(null, RrpEdit.Add(RrpStatus.RegistrarLock), RrpEdit.Add(RrpStatus.RegistrarHold)))
            .Then(EppCommandKind.DomainInfo, Current())
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta(["clientDeleteProhibited", "clientHold", "clientTransferProhibited", "clientUpdateProhibited"], []))
            .Finishes(RrpResponseCode.Success);
        yield return S("REGISTRAR-LOCK shown from a partial triple: add completes it, 200 not 540", Mod(null, RrpEdit.Add(RrpStatus.RegistrarLock)))
            .Then(EppCommandKind.DomainInfo, Current(["clientTransferProhibited"]))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta(["clientDeleteProhibited", "clientUpdateProhibited"], []))
            .Finishes(RrpResponseCode.Success);
        yield return S("remove REGISTRAR-LOCK: one update removing the members present", unlock)
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], Lock))
            .Finishes(RrpResponseCode.Success);
        yield return S("remove REGISTRAR-LOCK refused combined (2304): clientUpdateProhibited alone, then the rest", unlock)
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(2304))
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], ["clientUpdateProhibited"]))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], ["clientDeleteProhibited", "clientTransferProhibited"]))
            .Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Effects));
        yield return S("the profile lifts the update lock first", Mod([RrpEdit.Remove("ns2.example.org")], RrpEdit.Remove(RrpStatus.RegistrarLock)))
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], ["clientUpdateProhibited"]))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], ["clientDeleteProhibited", "clientTransferProhibited"], null, ["ns2.example.org"]))
            .Finishes(RrpResponseCode.Success);
        yield return S("the rest fails after the lock was lifted: the lock is put back, then the rest's code", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, Code(2304))
            .Then(EppCommandKind.DomainInfo, Current(["clientDeleteProhibited", "clientTransferProhibited", "serverUpdateProhibited"]))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta(["clientUpdateProhibited"], []))
            .Finishes(RrpResponseCode.DomainStatusDisallows, f => Assert.Empty(f.Effects));
        yield return S("the lock cannot be put back: 549 and an alert", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, Code(2400))
            .Then(EppCommandKind.DomainUpdate, Code(2400))
            .Finishes(RrpResponseCode.CommandFailed, f => Assert.Contains(f.Effects, e => e is AlertEffect a && a.Message.Contains("lost its update lock", StringComparison.Ordinal)));
        yield return S("the lock-lifting step refused: its code, nothing else sent", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(2201))
            .Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("the lock-lifting step lost but applied: go on with the rest", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, Current(["clientDeleteProhibited", "clientTransferProhibited"]))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("the rest lost and not applied: the lock is put back, 421", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, Current(["clientDeleteProhibited", "clientTransferProhibited"]))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return S("the rest lost and unsettled: 420, unresolved, alert", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, Current(["clientDeleteProhibited"]))
            .Finishes(RrpResponseCode.ServerErrorClosing, f =>
            {
                Assert.Contains(f.Effects, e => e is MarkUnresolvedEffect);
                Assert.Contains(f.Effects, e => e is AlertEffect);
            }, closes: true);
        yield return S("the rest not sent: the lock is put back, 421", unlock)
            .Profile(p => p with { UpdateLockRemoval = UpdateLockRemoval.UpdateProhibitedFirst })
            .Then(EppCommandKind.DomainInfo, Current(Lock))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Then(EppCommandKind.DomainUpdate, NotSent())
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return S("a MOD with no edits: 200 without an update", Mod()).Then(EppCommandKind.DomainInfo, Current()).Finishes(RrpResponseCode.Success);
        yield return S("a status-only MOD on a held domain passes (the registrar clears its own hold)", Mod(null, RrpEdit.Remove(RrpStatus.RegistrarHold)))
            .Then(EppCommandKind.DomainInfo, Current(["clientHold", "serverHold"]))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), Delta([], ["clientHold"]))
            .Finishes(RrpResponseCode.Success);

        // Local refusals, in order.
        yield return S("not ours: 531", hold).Then(EppCommandKind.DomainInfo, OtherDomain(Name)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("info 2201: 531", hold).Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("no such domain: 545", hold).Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("ACTIVE cannot be set: 543", Mod(null, RrpEdit.Add(RrpStatus.Active))).Then(EppCommandKind.DomainInfo, Current()).Finishes(RrpResponseCode.AttributeCannotBeUpdated);
        yield return S("a registry status cannot be removed: 543", Mod(null, RrpEdit.Remove(RrpStatus.RegistryHold))).Then(EppCommandKind.DomainInfo, Current(["serverHold"])).Finishes(RrpResponseCode.AttributeCannotBeUpdated);
        yield return S("a status already set: 540 (before the hold and lock checks)", hold).Then(EppCommandKind.DomainInfo, Current(["clientHold"])).Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("removing a status not set: 542", Mod(null, RrpEdit.Remove(RrpStatus.RegistrarLock))).Then(EppCommandKind.DomainInfo, Current()).Finishes(RrpResponseCode.InvalidOldValue);
        yield return S("pending transfer: 553", hold).Then(EppCommandKind.DomainInfo, Current(["pendingTransfer"])).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return S("pending delete: 552", hold).Then(EppCommandKind.DomainInfo, Current(["pendingDelete"])).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("REGISTRY-LOCK's update lock: 552", hold).Then(EppCommandKind.DomainInfo, Current(["serverUpdateProhibited"])).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("§6a.2: a locked domain refuses any MOD that keeps the lock, status edits included: 552", hold).Then(EppCommandKind.DomainInfo, Current(Lock)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("§6a.2: one lock member is enough", addNs).Then(EppCommandKind.DomainInfo, Current(["clientTransferProhibited"])).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return S("a held domain refuses delegation edits: 544 (strict)", addNs).Then(EppCommandKind.DomainInfo, Current(["clientHold"])).Finishes(RrpResponseCode.EntityOnHold);
        yield return S("under registry rules a held domain takes delegation edits", addNs)
            .Profile(p => p with { RrpRules = RrpRules.Registry })
            .Then(EppCommandKind.DomainInfo, Current(["serverHold"]))
            .Then(EppCommandKind.HostCheck, HostCheck(("ns3.example.com", false)))
            .Then(EppCommandKind.DomainUpdate, Code(1000))
            .Finishes(RrpResponseCode.Success);
        yield return S("adding a delegated name server: 540", Mod([RrpEdit.Add("ns1.example.com")])).Then(EppCommandKind.DomainInfo, Current()).Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return S("removing a name server not delegated: 542", Mod([RrpEdit.Remove("ns9.example.com")])).Then(EppCommandKind.DomainInfo, Current()).Finishes(RrpResponseCode.InvalidOldValue);
        yield return S("adding an unregistered name server: 545", addNs).Then(EppCommandKind.DomainInfo, Current())
            .Then<HostCheckCommand>(EppCommandKind.HostCheck, HostCheck(("ns3.example.com", true)), c => Assert.Equal(["ns3.example.com"], c.Names)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        var many = Mod([.. Enumerable.Range(3, 12).Select(i => RrpEdit.Add($"ns{i}.example.com"))]);
        yield return S("more than 13 after the change: 541", many).Then(EppCommandKind.DomainInfo, Current())
            .Then(EppCommandKind.HostCheck, HostCheck([.. Enumerable.Range(3, 12).Select(i => ($"ns{i}.example.com", false))])).Finishes(RrpResponseCode.InvalidAttributeValue);

        // The update's answers.
        Scenario Updating(string name, ModDomainRequest? request = null) => Checked(name, request ?? swapNs);
        yield return Updating("2201: 531").Then(EppCommandKind.DomainUpdate, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Updating("2302 on the hostObj being added, delegated meanwhile (a race): 540")
            .Then(EppCommandKind.DomainUpdate, Code(2302, Value("domain", "hostObj", "ns3.example.com")))
            .Then(EppCommandKind.DomainInfo, Current(ns: ["ns1.example.com", "ns2.example.org", "ns3.example.com"]))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return Updating("2306 on the hostObj being removed, undelegated meanwhile: 542")
            .Then(EppCommandKind.DomainUpdate, Code(2306, Value("domain", "hostObj", "ns2.example.org")))
            .Then(EppCommandKind.DomainInfo, Current(ns: ["ns1.example.com"]))
            .Finishes(RrpResponseCode.InvalidOldValue);
        yield return Updating("2305 on an added host that is gone now: 545")
            .Then(EppCommandKind.DomainUpdate, Code(2305, Value("domain", "hostObj", "ns3.example.com")))
            .Then(EppCommandKind.HostCheck, HostCheck(("ns3.example.com", true))).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Updating("2305 on a host the registry will not associate: 541")
            .Then(EppCommandKind.DomainUpdate, Code(2305, Value("domain", "hostObj", "ns3.example.com")))
            .Then(EppCommandKind.HostCheck, HostCheck(("ns3.example.com", false))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Updating("2303 on the domain: 545").Then(EppCommandKind.DomainUpdate, Code(2303, Value("domain", "name", Name))).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return S("2308 on the status: 543", hold).Then(EppCommandKind.DomainInfo, Current()).Then(EppCommandKind.DomainUpdate, Code(2308, Value("domain", "status", "clientHold"))).Finishes(RrpResponseCode.AttributeCannotBeUpdated);
        yield return Updating("2308 (name-server count): 541").Then(EppCommandKind.DomainUpdate, Code(2308)).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Updating("2304 now pending transfer: 553").Then(EppCommandKind.DomainUpdate, Code(2304)).Then(EppCommandKind.DomainInfo, Current(["pendingTransfer"])).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Updating("2304 now update-prohibited: 552").Then(EppCommandKind.DomainUpdate, Code(2304)).Then(EppCommandKind.DomainInfo, Current(["serverUpdateProhibited"])).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Updating("2304 and only holds explain it: 544").Then(EppCommandKind.DomainUpdate, Code(2304)).Then(EppCommandKind.DomainInfo, Current(["serverHold"])).Finishes(RrpResponseCode.EntityOnHold);
        yield return Updating("2304 on policy: 552").Then(EppCommandKind.DomainUpdate, Code(2304)).Then(EppCommandKind.DomainInfo, Current()).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Updating("2300: 553").Then(EppCommandKind.DomainUpdate, Code(2300)).Finishes(RrpResponseCode.DomainPendingTransfer);
        yield return Updating("2104: 549, best 546 not listed").Then(EppCommandKind.DomainUpdate, Code(2104)).Finishes(RrpResponseCode.CommandFailed);
        yield return Updating("lost answer, every change visible: 200")
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, Current(ns: ["ns1.example.com", "ns3.example.com"]))
            .Finishes(RrpResponseCode.Success);
        yield return Updating("lost answer, nothing visible: 421")
            .Then(EppCommandKind.DomainUpdate, Unknown())
            .Then(EppCommandKind.DomainInfo, Current())
            .Finishes(RrpResponseCode.ServerErrorTryAgain);

        var attributes = Mod([RrpEdit.Add("ns3.example.com"), RrpEdit.Remove("ns2.example.org")]);
        yield return S("host attributes: glue from the store, no host check", attributes)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .Inputs(i => i with { NameServerAddresses = new Dictionary<string, IReadOnlyList<IPAddress>>(StringComparer.OrdinalIgnoreCase) { ["ns3.example.com"] = [IPAddress.Parse("192.0.2.3")] } })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { HostAttributes = [("ns1.example.com", ["192.0.2.1"]), ("ns2.example.org", [])] }))
            .Then<DomainUpdateCommand>(EppCommandKind.DomainUpdate, Code(1000), c =>
            {
                Assert.Equal([HostAddress.V4("192.0.2.3")], c.Add!.NameServers!.HostAttributes[0].Addresses);
                Assert.Equal("ns2.example.org", c.Remove!.NameServers!.HostAttributes[0].HostName);
            })
            .Finishes(RrpResponseCode.Success);
        yield return S("host attributes: an in-zone name server the store does not know: 545", attributes)
            .Profile(p => p with { Hosts = HostModel.Attributes })
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name, d => d with { HostAttributes = [("ns1.example.com", ["192.0.2.1"]), ("ns2.example.org", [])] }))
            .Finishes(RrpResponseCode.EntityReferenceNotFound);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
