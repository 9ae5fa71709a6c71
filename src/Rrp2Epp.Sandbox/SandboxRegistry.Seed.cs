namespace Rrp2Epp.Sandbox;

// Loading a seed: the checks that depend on the policies (zones, host model, address
// uniqueness), each error naming the object and the field. Seeded RGP phases and grace periods
// are taken to start at the registry's clock and to last their full configured period.
public sealed partial class SandboxRegistry
{
    private void LoadSeed(SandboxSeed seed)
    {
        var errors = new List<string>();
        var now = Now;
        foreach (var r in seed.Registrars)
        {
            _registrars[r.Id] = new Registrar(r.Id, r.Password, _policies.InitialCredit);
        }

        for (var i = 0; i < seed.Domains.Count; i++)
        {
            var s = seed.Domains[i];
            var where = $"domains[{i}] \"{s.Name}\"";
            if (RegistrableZone(s.Name) is null)
            {
                errors.Add($"{where}: field \"name\": not a second-level name under the served zones ({string.Join(", ", _policies.Zones)})");
                continue;
            }

            var stored = ObjectStatus.None;
            foreach (var name in s.Statuses)
            {
                if (ObjectStatuses.Parse(name) is { } flag)
                {
                    stored |= flag;
                }
            }

            var d = new DomainObject
            {
                Name = s.Name,
                Roid = NextRoid('D'),
                Sponsor = s.Sponsor,
                CrId = s.Sponsor,
                CrDate = s.Created,
                ExDate = s.Expires,
                AuthInfo = s.AuthInfo,
                Statuses = stored,
                StatusesBeforeDelete = stored,
            };
            switch (s.RgpStatus)
            {
                case "redemptionPeriod":
                    d.Deletion = new Deletion { Phase = DeletionPhase.RedemptionPeriod, DeletedAt = now, RedemptionEnds = now + _policies.RedemptionPeriod, PhaseEnds = now + _policies.RedemptionPeriod };
                    break;
                case "pendingRestore":
                    d.Deletion = new Deletion
                    {
                        Phase = DeletionPhase.PendingRestore, DeletedAt = now, RedemptionEnds = now + _policies.RedemptionPeriod,
                        PhaseEnds = now + _policies.RestoreReportPeriod, RestoreRequestedAt = now,
                    };
                    break;
                case "pendingDelete":
                    d.Deletion = new Deletion { Phase = DeletionPhase.PendingDelete, DeletedAt = now, RedemptionEnds = now, PhaseEnds = now + _policies.PendingDeletePeriod };
                    break;
                case "addPeriod":
                    d.Grace.Add(new GracePeriod("addPeriod", now + _policies.AddGracePeriod, 0));
                    break;
                case "renewPeriod":
                    d.Grace.Add(new GracePeriod("renewPeriod", now + _policies.RenewGracePeriod, 0));
                    break;
                case "autoRenewPeriod":
                    d.Grace.Add(new GracePeriod("autoRenewPeriod", now + _policies.AutoRenewGracePeriod, 0));
                    break;
                case "transferPeriod":
                    d.Grace.Add(new GracePeriod("transferPeriod", now + _policies.TransferGracePeriod, 0));
                    break;
            }

            if (s.Transfer is { } t)
            {
                d.Transfer = new TransferRecord
                {
                    Status = "pending",
                    RequestedBy = t.RequestedBy,
                    RequestedAt = t.RequestedAt,
                    ActingId = s.Sponsor,
                    ActingAt = t.ActionBy ?? t.RequestedAt + _policies.TransferAutoApprovePeriod,
                };
                d.Transfer.ExDate = TransferExpiry(d, 1, d.Transfer.ActingAt);
            }

            _domains[d.Name] = d;
        }

        var seededHosts = new Dictionary<string, SeedHost>(StringComparer.Ordinal);
        for (var i = 0; i < seed.Hosts.Count; i++)
        {
            var s = seed.Hosts[i];
            seededHosts[s.Name] = s;
            LoadHost(s, $"hosts[{i}] \"{s.Name}\"", errors);
        }

        for (var i = 0; i < seed.Domains.Count; i++)
        {
            var s = seed.Domains[i];
            if (!_domains.TryGetValue(s.Name, out var d))
            {
                continue;
            }

            var where = $"domains[{i}] \"{s.Name}\"";
            foreach (var ns in s.Nameservers)
            {
                LinkSeedNameServer(d, ns, seededHosts, where, errors);
            }

            if (d.NameServerCount > _policies.MaxNameServers)
            {
                errors.Add($"{where}: field \"nameservers\": at most {_policies.MaxNameServers} name servers per domain");
            }

            Schedule(d);
        }

        if (errors.Count > 0)
        {
            throw new SandboxSeedException(errors);
        }
    }

    private void LoadHost(SeedHost s, string where, List<string> errors)
    {
        var zone = DomainNames.ZoneOf(s.Name, _policies.Zones);
        DomainObject? parent = null;
        if (zone is null)
        {
            if (s.Addresses.Count > 0)
            {
                errors.Add($"{where}: field \"addresses\": an external host (outside {string.Join(", ", _policies.Zones)}) takes no addresses");
            }
        }
        else
        {
            var parentName = DomainNames.RegistrableParent(s.Name, zone);
            if (parentName is null || !_domains.TryGetValue(parentName, out parent))
            {
                errors.Add($"{where}: field \"name\": its superordinate domain {parentName ?? zone} is not in the seed's domains");
            }
            else if (parent.Sponsor != s.Sponsor)
            {
                errors.Add($"{where}: field \"sponsor\": must be {parent.Sponsor}, the sponsor of its superordinate domain {parent.Name}");
            }

            if (s.Addresses.Count == 0)
            {
                errors.Add($"{where}: field \"addresses\": an in-zone (glue) host needs at least one address");
            }
        }

        if (s.Addresses.Count > _policies.MaxHostAddresses)
        {
            errors.Add($"{where}: field \"addresses\": at most {_policies.MaxHostAddresses} addresses per host");
        }

        if (_policies.HostModel == HostModel.Attributes)
        {
            return; // Host attributes registries keep no host objects; the entry only gives the addresses.
        }

        foreach (var a in s.Addresses)
        {
            if (_policies.UniqueHostAddresses && _addressOwners.TryGetValue(a, out var owner))
            {
                errors.Add($"{where}: field \"addresses\": {a} is already used by host {owner.Name} (the unique-host-addresses policy is on)");
            }
        }

        var stored = ObjectStatus.None;
        foreach (var name in s.Statuses)
        {
            if (ObjectStatuses.Parse(name) is { } flag)
            {
                stored |= flag;
            }
        }

        var host = new HostObject
        {
            Name = s.Name, Roid = NextRoid('H'), Sponsor = s.Sponsor, CrId = s.Sponsor, CrDate = Now, Superordinate = parent, Statuses = stored,
        };
        host.Addresses.AddRange(s.Addresses);
        Index(host);
    }

    private void LinkSeedNameServer(DomainObject d, string ns, Dictionary<string, SeedHost> seededHosts, string where, List<string> errors)
    {
        var external = DomainNames.ZoneOf(ns, _policies.Zones) is null;
        if (!seededHosts.TryGetValue(ns, out var seeded) && !external)
        {
            errors.Add($"{where}: field \"nameservers\": {ns} is in a served zone but not listed in hosts");
            return;
        }

        if (_policies.HostModel == HostModel.Attributes)
        {
            var addresses = (seeded?.Addresses ?? []).Select(a => (a, DomainNames.FamilyOf(a))).ToList();
            if (DomainNames.IsSubordinate(ns, d.Name) && addresses.Count == 0)
            {
                errors.Add($"{where}: field \"nameservers\": {ns} lies under the domain and needs addresses in hosts");
            }

            d.HostAttributes.Add(new HostAttr(ns, addresses));
            return;
        }

        if (!_hosts.TryGetValue(ns, out var host))
        {
            if (seeded is not null)
            {
                return; // The host entry itself was refused; its error is already reported.
            }

            // An external name server the seed did not list: created as a host object of the domain's sponsor.
            host = new HostObject { Name = ns, Roid = NextRoid('H'), Sponsor = d.Sponsor, CrId = d.Sponsor, CrDate = Now };
            Index(host);
        }

        d.NameServers.Add(host);
        host.LinkCount++;
    }
}
