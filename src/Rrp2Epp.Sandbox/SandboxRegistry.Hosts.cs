using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// Host objects (RFC 5732): internal hosts (under a served zone) need their superordinate domain
// registered here, sponsored by the same registrar, and glue addresses; external hosts take no
// addresses. Linked hosts cannot be deleted; renaming an external host used by another
// registrar's domains is refused (2305).
public sealed partial class SandboxRegistry
{
    private SandboxResult HostCheck(HostCheckRequest c)
    {
        if (c.Names.Count > _policies.MaxCheckNames)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Host("name", c.Names[_policies.MaxCheckNames], $"At most {_policies.MaxCheckNames} names per check"));
        }

        var items = c.Names.Select(n =>
        {
            var name = DomainNames.Normalize(n);
            var reason = !DomainNames.IsValidHostName(name) ? "Invalid host name" : _hosts.ContainsKey(name) ? "In use" : null;
            return (n.Trim(), reason is null, reason);
        }).ToList();
        return new SandboxResult(EppResultCode.Success, new CheckData("host", EppNamespaces.Host, "name", items));
    }

    private SandboxResult HostInfo(HostInfoRequest c)
    {
        if (!_hosts.TryGetValue(DomainNames.Normalize(c.Name), out var h))
        {
            return HostMissing(c.Name);
        }

        return new SandboxResult(EppResultCode.Success, new HostInfoSnapshot
        {
            Name = h.Name,
            Roid = h.Roid,
            Statuses = HostStatuses(h),
            Addresses = h.Addresses.ToList(),
            ClId = h.Sponsor,
            CrId = h.CrId,
            CrDate = h.CrDate,
            UpId = h.UpId,
            UpDate = h.UpDate,
            TrDate = h.TrDate,
        });
    }

    private SandboxResult HostCreate(HostCreateRequest c, string clientId, DateTimeOffset now)
    {
        var name = DomainNames.Normalize(c.Name);
        if (!DomainNames.IsValidHostName(name))
        {
            return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError, ErrorValue.Host("name", c.Name, "Not a valid host name"));
        }

        if (_hosts.ContainsKey(name))
        {
            return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Host("name", c.Name, "The host exists"));
        }

        var addresses = new List<string>();
        if (AddAddresses(c.Addresses, addresses, null) is { } addressError)
        {
            return addressError;
        }

        if (Placement(name, c.Name, clientId, addresses, out var parent) is { } placementError)
        {
            return placementError;
        }

        var host = new HostObject { Name = name, Roid = NextRoid('H'), Sponsor = clientId, CrId = clientId, CrDate = now, Superordinate = parent };
        host.Addresses.AddRange(addresses);
        Index(host);
        return new SandboxResult(EppResultCode.Success, new CreateData("host", EppNamespaces.Host, "name", name, now));
    }

    private SandboxResult HostDelete(HostDeleteRequest c, string clientId)
    {
        if (SponsoredHost(c.Name, clientId, out var h) is { } error)
        {
            return error;
        }

        if ((h.Statuses & ObjectStatuses.DeleteProhibited) != 0 || h.Superordinate is { PendingTransfer: true })
        {
            return HostStatusProhibits(h, (h.Statuses & ObjectStatuses.DeleteProhibited) != 0 ? "a *DeleteProhibited status" : "pendingTransfer");
        }

        if (h.LinkCount > 0)
        {
            return SandboxResult.Fail(EppResultCode.ObjectAssociationProhibitsOperation,
                ErrorValue.Host("name", h.Name, $"The host is a name server of {h.LinkCount} domain(s)"));
        }

        Unindex(h);
        h.Deleted = true;
        return SandboxResult.Ok;
    }

    private SandboxResult HostUpdate(HostUpdateRequest c, string clientId, DateTimeOffset now)
    {
        if (SponsoredHost(c.Name, clientId, out var h) is { } error)
        {
            return error;
        }

        if ((h.Statuses & ObjectStatus.ServerUpdateProhibited) != 0 || h.Superordinate is { PendingTransfer: true })
        {
            return HostStatusProhibits(h, h.Superordinate is { PendingTransfer: true } ? "pendingTransfer" : "serverUpdateProhibited");
        }

        if ((h.Statuses & ObjectStatus.ClientUpdateProhibited) != 0
            && !(c.ChangesOnlyStatusRemovals && c.RemoveStatuses.Any(s => s.Name == "clientUpdateProhibited")))
        {
            return HostStatusProhibits(h, "clientUpdateProhibited");
        }

        var statuses = h.Statuses;
        foreach (var (s, add) in c.RemoveStatuses.Select(s => (s, false)).Concat(c.AddStatuses.Select(s => (s, true))))
        {
            if (ObjectStatuses.Parse(s.Name) is not { } flag || (flag & ObjectStatuses.ClientSettable & ObjectStatuses.HostMask) == 0)
            {
                return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError, ErrorValue.Host("status", null, "Clients may set only clientDeleteProhibited and clientUpdateProhibited", ("s", s.Name)));
            }

            if (((statuses & flag) != 0) == add)
            {
                return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                    ErrorValue.Host("status", null, add ? "The host already has this status" : "The host does not have this status", ("s", s.Name)));
            }

            statuses = add ? statuses | flag : statuses & ~flag;
        }

        var addresses = h.Addresses.ToList();
        foreach (var (address, family) in c.RemoveAddresses)
        {
            var canonical = DomainNames.CanonicalAddress(address, family);
            if (canonical is null || !addresses.Remove(canonical))
            {
                return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Host("addr", address, "The host does not have this address", ("ip", family)));
            }
        }

        if (AddAddresses(c.AddAddresses, addresses, h) is { } addressError)
        {
            return addressError;
        }

        var name = h.Name;
        var parent = h.Superordinate;
        if (c.NewName is not null && DomainNames.Normalize(c.NewName) != h.Name)
        {
            name = DomainNames.Normalize(c.NewName);
            if (!DomainNames.IsValidHostName(name))
            {
                return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError, ErrorValue.Host("name", c.NewName, "Not a valid host name"));
            }

            if (_hosts.ContainsKey(name))
            {
                return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Host("name", c.NewName, "A host with the new name exists"));
            }

            if (h.Superordinate is null && h.LinkCount > 0 && _domains.Values.Any(d => d.Sponsor != clientId && d.NameServers.Contains(h)))
            {
                return SandboxResult.Fail(EppResultCode.ObjectAssociationProhibitsOperation,
                    ErrorValue.Host("name", h.Name, "External host used by another registrar's domains; create a new host instead (RFC 5732 §3.2.5)"));
            }
        }

        if (Placement(name, c.NewName ?? c.Name, clientId, addresses, out parent) is { } placementError)
        {
            return placementError;
        }

        Unindex(h);
        h.Name = name;
        h.Superordinate = parent;
        h.Addresses.Clear();
        h.Addresses.AddRange(addresses);
        h.Statuses = statuses;
        Index(h);
        h.UpId = clientId;
        h.UpDate = now;
        return SandboxResult.Ok;
    }

    /// <summary>Checks where a host name may live: its superordinate domain and address rules.</summary>
    private SandboxResult? Placement(string name, string echoed, string clientId, List<string> addresses, out DomainObject? parent)
    {
        parent = null;
        var zone = DomainNames.ZoneOf(name, _policies.Zones);
        if (zone is null)
        {
            return addresses.Count > 0
                ? SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                    ErrorValue.Host("addr", addresses[0], "An external host (outside this registry's zones) takes no addresses", ("ip", DomainNames.FamilyOf(addresses[0]))))
                : null;
        }

        var parentName = DomainNames.RegistrableParent(name, zone);
        if (parentName is null || !_domains.TryGetValue(parentName, out parent))
        {
            return SandboxResult.Fail(EppResultCode.ObjectAssociationProhibitsOperation,
                ErrorValue.Host("name", echoed, $"The superordinate domain {parentName ?? zone} is not registered here (RFC 5732 §3.2.1)"));
        }

        if (parent.Sponsor != clientId)
        {
            return SandboxResult.Fail(EppResultCode.AuthorizationError,
                ErrorValue.Host("name", echoed, $"The superordinate domain {parent.Name} is sponsored by another registrar"));
        }

        if (parent.Deletion is not null)
        {
            return SandboxResult.Fail(EppResultCode.ObjectStatusProhibitsOperation,
                ErrorValue.Host("name", echoed, $"The superordinate domain {parent.Name} is pendingDelete"));
        }

        return addresses.Count == 0
            ? SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation, ErrorValue.Host("name", echoed, "An in-zone (glue) host needs at least one IP address"))
            : null;
    }

    /// <summary>Adds canonical addresses, refusing bad syntax, duplicates, too many, and (by policy) addresses of other hosts.</summary>
    private SandboxResult? AddAddresses(IReadOnlyList<(string Address, string Family)> source, List<string> addresses, HostObject? self)
    {
        foreach (var (address, family) in source)
        {
            var canonical = DomainNames.CanonicalAddress(address, family);
            if (canonical is null)
            {
                return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError, ErrorValue.Host("addr", address, $"Not a valid IP{family} address", ("ip", family)));
            }

            if (addresses.Contains(canonical))
            {
                return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Host("addr", address, "The host already has this address", ("ip", family)));
            }

            if (_policies.UniqueHostAddresses && _addressOwners.TryGetValue(canonical, out var owner) && owner != self)
            {
                return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Host("addr", address, $"The address is used by host {owner.Name}", ("ip", family)));
            }

            addresses.Add(canonical);
        }

        return addresses.Count > _policies.MaxHostAddresses
            ? SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Host("addr", addresses[^1], $"At most {_policies.MaxHostAddresses} addresses per host", ("ip", DomainNames.FamilyOf(addresses[^1]))))
            : null;
    }

    private void Index(HostObject h)
    {
        _hosts[h.Name] = h;
        h.Superordinate?.Subordinates.Add(h);
        foreach (var a in h.Addresses)
        {
            _addressOwners.TryAdd(a, h);
        }
    }

    private void Unindex(HostObject h)
    {
        _hosts.Remove(h.Name);
        h.Superordinate?.Subordinates.Remove(h);
        foreach (var a in h.Addresses)
        {
            if (_addressOwners.TryGetValue(a, out var owner) && owner == h)
            {
                _addressOwners.Remove(a);
            }
        }
    }

    private SandboxResult? SponsoredHost(string name, string clientId, out HostObject host)
    {
        if (!_hosts.TryGetValue(DomainNames.Normalize(name), out host!))
        {
            return HostMissing(name);
        }

        return host.Sponsor == clientId
            ? null
            : SandboxResult.Fail(EppResultCode.AuthorizationError, ErrorValue.Host("name", name, "Only the sponsoring registrar may do this"));
    }

    private static SandboxResult HostMissing(string name) =>
        SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Host("name", name, "No such host"));

    private static SandboxResult HostStatusProhibits(HostObject h, string why) =>
        SandboxResult.Fail(EppResultCode.ObjectStatusProhibitsOperation, ErrorValue.Host("name", h.Name, $"The host has {why}"));

    private static IReadOnlyList<StatusSnapshot> HostStatuses(HostObject h)
    {
        var list = new List<StatusSnapshot>(Snapshot(h.Statuses, h.StatusTexts));
        var pending = h.Superordinate is { PendingTransfer: true };
        if (pending)
        {
            list.Add(new StatusSnapshot("pendingTransfer", null, null));
        }

        if (list.Count == 0)
        {
            list.Add(new StatusSnapshot("ok", null, null));
        }

        if (h.LinkCount > 0)
        {
            list.Add(new StatusSnapshot("linked", null, null));
        }

        return list;
    }
}
