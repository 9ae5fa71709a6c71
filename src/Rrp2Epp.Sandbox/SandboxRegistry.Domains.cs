using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// Domain commands (RFC 5731). Every check runs before any change, so a
// refused command changes nothing.
public sealed partial class SandboxRegistry
{
    private SandboxResult DomainCheck(DomainCheckRequest c)
    {
        if (c.Names.Count > _policies.MaxCheckNames)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("name", c.Names[_policies.MaxCheckNames], $"At most {_policies.MaxCheckNames} names per check"));
        }

        var items = new (string, bool, string?)[c.Names.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var name = DomainNames.Normalize(c.Names[i]);
            string? reason = null;
            if (!DomainNames.IsValidHostName(name))
            {
                reason = "Invalid domain name";
            }
            else if (RegistrableZone(name) is null)
            {
                reason = "Not a name this registry serves";
            }
            else if (_domains.ContainsKey(name))
            {
                reason = "In use";
            }

            items[i] = (c.Names[i].Trim(), reason is null, reason);
        }

        return new SandboxResult(EppResultCode.Success, new CheckData("domain", EppNamespaces.Domain, "name", items));
    }

    private SandboxResult DomainInfo(DomainInfoRequest c, string clientId, bool rgp, DateTimeOffset now)
    {
        var name = DomainNames.Normalize(c.Name);
        if (!_domains.TryGetValue(name, out var d))
        {
            return DomainMissing(c.Name);
        }

        var authorized = d.Sponsor == clientId;
        if (c.AuthInfo is { } auth)
        {
            // RFC 9154 §4.1: a supplied authInfo that does not match is an error, whoever sends it.
            if (!AuthInfoMatches(d, auth))
            {
                return SandboxResult.Fail(EppResultCode.InvalidAuthorizationInformation,
                    ErrorValue.Domain("name", d.Name, "The authInfo does not match"));
            }

            authorized = true;
        }

        if (!authorized)
        {
            if (_policies.UnauthorizedInfo == UnauthorizedInfo.Refuse)
            {
                return SandboxResult.Fail(EppResultCode.AuthorizationError,
                    ErrorValue.Domain("name", d.Name, "Only the sponsor, or a client with the authInfo, may see this domain"));
            }

            return new SandboxResult(EppResultCode.Success, new DomainInfoSnapshot { Name = d.Name, Roid = d.Roid, ClId = d.Sponsor, Reduced = true });
        }

        var delegated = c.Hosts is "all" or "del";
        var subordinate = c.Hosts is "all" or "sub";
        var data = new DomainInfoSnapshot
        {
            Name = d.Name,
            Roid = d.Roid,
            ClId = d.Sponsor,
            Statuses = DomainStatuses(d),
            Registrant = d.Registrant,
            Contacts = d.Contacts.ToList(),
            HostObjects = delegated && _policies.HostModel == HostModel.Objects ? d.NameServers.Select(h => h.Name).ToList() : null,
            HostAttributes = delegated && _policies.HostModel == HostModel.Attributes ? d.HostAttributes.ToList() : null,
            SubordinateHosts = subordinate && _policies.HostModel == HostModel.Objects ? d.Subordinates.Select(h => h.Name).ToList() : null,
            CrId = d.CrId,
            CrDate = d.CrDate,
            UpId = d.UpId,
            UpDate = d.UpDate,
            ExDate = d.ExDate,
            TrDate = d.TrDate,
            AuthInfo = d.AuthInfo,
        };
        var rgpStatuses = RgpStatuses(d, now);
        return new SandboxResult(EppResultCode.Success, data, rgp && rgpStatuses.Count > 0 ? new RgpData("infData", rgpStatuses) : null);
    }

    private SandboxResult DomainCreate(DomainCreateRequest c, Registrar registrar, DateTimeOffset now, string svTrid)
    {
        var name = DomainNames.Normalize(c.Name);
        if (!DomainNames.IsValidHostName(name))
        {
            return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError, ErrorValue.Domain("name", c.Name, "Not a valid domain name (LDH labels)"));
        }

        if (RegistrableZone(name) is null)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("name", c.Name, $"This registry registers second-level names under {string.Join(", ", _policies.Zones)} only"));
        }

        if (_domains.ContainsKey(name))
        {
            return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Domain("name", c.Name, "The domain is registered"));
        }

        if (PeriodMonths(c.Period, out var months) is { } periodError)
        {
            return periodError;
        }

        var exDate = now.AddMonths(months);
        if (exDate > now.AddYears(_policies.MaxRegistrationYears))
        {
            return PeriodTooLong(c.Period!.Value);
        }

        var nameServers = new List<HostObject>();
        var hostAttributes = new List<HostAttr>();
        if (ResolveNameServers(name, c.HostObjects, c.HostAttributes, nameServers, hostAttributes) is { } nsError)
        {
            return nsError;
        }

        if (nameServers.Count + hostAttributes.Count > _policies.MaxNameServers)
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain("name", c.Name, $"At most {_policies.MaxNameServers} name servers per domain"));
        }

        if (_policies.ContactsRequired && (c.Registrant is null || !c.Contacts.Any(x => x.Type == "admin") || !c.Contacts.Any(x => x.Type == "tech")))
        {
            return SandboxResult.Fail(EppResultCode.RequiredParameterMissing,
                ErrorValue.Domain("name", c.Name, "This registry is thick: a registrant, an admin and a tech contact are required"));
        }

        if (CheckContacts(c.Registrant, c.Contacts, registrar.Id) is { } contactError)
        {
            return contactError;
        }

        if (CheckAuthInfo(c.AuthInfo) is { } authError)
        {
            return authError;
        }

        var years = (months + 11) / 12;
        if (!TryCharge(registrar, years))
        {
            return Billing(registrar, c.Name);
        }

        var domain = new DomainObject
        {
            Name = name,
            Roid = NextRoid('D'),
            Sponsor = registrar.Id,
            CrId = registrar.Id,
            CrDate = now,
            ExDate = exDate,
            AuthInfo = c.AuthInfo!.Password,
            Registrant = c.Registrant,
        };
        domain.Contacts.AddRange(c.Contacts);
        domain.NameServers.AddRange(nameServers);
        domain.HostAttributes.AddRange(hostAttributes);
        foreach (var host in nameServers)
        {
            host.LinkCount++;
        }

        LinkContacts(domain);
        domain.Grace.Add(new GracePeriod("addPeriod", now + _policies.AddGracePeriod, years));
        _domains.Add(name, domain);
        Schedule(domain);
        if (_policies.PendingCreates)
        {
            domain.PendingCreate = new TransactionIds(c.ClTrid, svTrid);
            return new SandboxResult(EppResultCode.SuccessPending, new DomainCreateSnapshot(name, now, exDate));
        }

        return new SandboxResult(EppResultCode.Success, new DomainCreateSnapshot(name, now, exDate));
    }

    private SandboxResult DomainDelete(DomainDeleteRequest c, Registrar registrar, DateTimeOffset now, string svTrid)
    {
        if (SponsoredDomain(c.Name, registrar.Id, out var d) is { } error)
        {
            return error;
        }

        if (d.PendingState is not null || (d.Statuses & ObjectStatuses.DeleteProhibited) != 0)
        {
            return StatusProhibits(d, d.PendingState ?? "a *DeleteProhibited status");
        }

        if (d.Subordinates.Count > 0)
        {
            return SandboxResult.Fail(EppResultCode.ObjectAssociationProhibitsOperation,
                ErrorValue.Domain("name", d.Name, $"Subordinate host {d.Subordinates[0].Name} still exists; delete it or rename it out of this domain first"));
        }

        var addGrace = LiveGrace(d, now).FirstOrDefault(g => g.Status == "addPeriod");
        if (addGrace is not null)
        {
            // Inside the add grace period the name is purged at once and the create is refunded.
            Refund(registrar.Id, addGrace.RefundYears);
            Purge(d);
            return SandboxResult.Ok;
        }

        d.StatusesBeforeDelete = d.Statuses;
        d.Grace.Clear();
        d.Deletion = new Deletion
        {
            Command = new TransactionIds(c.ClTrid, svTrid),
            Phase = DeletionPhase.RedemptionPeriod,
            DeletedAt = now,
            RedemptionEnds = now + _policies.RedemptionPeriod,
            PhaseEnds = now + _policies.RedemptionPeriod,
        };
        Touch(d, registrar.Id, now);
        Schedule(d);
        return new SandboxResult(EppResultCode.SuccessPending);
    }

    private SandboxResult DomainRenew(DomainRenewRequest c, Registrar registrar, DateTimeOffset now)
    {
        if (SponsoredDomain(c.Name, registrar.Id, out var d) is { } error)
        {
            return error;
        }

        if (d.PendingState is not null || (d.Statuses & ObjectStatuses.RenewProhibited) != 0)
        {
            return StatusProhibits(d, d.PendingState ?? "a *RenewProhibited status");
        }

        if (DateOnly.FromDateTime(d.ExDate.UtcDateTime) != c.CurrentExpiry)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("curExpDate", c.CurrentExpiryText, "curExpDate does not match the current expiry date"));
        }

        if (PeriodMonths(c.Period, out var months) is { } periodError)
        {
            return periodError;
        }

        var exDate = d.ExDate.AddMonths(months);
        if (exDate > now.AddYears(_policies.MaxRegistrationYears))
        {
            return PeriodTooLong(c.Period ?? new Period(1, "y"));
        }

        var years = (months + 11) / 12;
        if (!TryCharge(registrar, years))
        {
            return Billing(registrar, c.Name);
        }

        d.ExDate = exDate;
        d.Grace.Add(new GracePeriod("renewPeriod", now + _policies.RenewGracePeriod, years));
        Schedule(d);
        return new SandboxResult(EppResultCode.Success, new DomainRenewSnapshot(d.Name, exDate));
    }

    private SandboxResult DomainUpdate(DomainUpdateRequest c, Registrar registrar, DateTimeOffset now)
    {
        if (SponsoredDomain(c.Name, registrar.Id, out var d) is { } error)
        {
            return error;
        }

        if (c.Restore is { } restore)
        {
            return Restore(c, restore, d, registrar, now);
        }

        if (!c.ChangesSomething)
        {
            return SandboxResult.Fail(EppResultCode.RequiredParameterMissing, ErrorValue.Domain("name", c.Name, "The update changes nothing"));
        }

        if (d.PendingState is { } pending)
        {
            return StatusProhibits(d, pending);
        }

        if ((d.Statuses & ObjectStatus.ServerUpdateProhibited) != 0)
        {
            return StatusProhibits(d, "serverUpdateProhibited");
        }

        // clientUpdateProhibited lets through only an update that removes it (and other statuses), nothing else.
        if ((d.Statuses & ObjectStatus.ClientUpdateProhibited) != 0
            && !(c.Add.IsEmpty && c.NewRegistrant is null && c.NewAuthInfo is null && !c.AuthInfoNull
                 && (c.Remove.HostObjects?.Count ?? 0) == 0 && (c.Remove.HostAttributes?.Count ?? 0) == 0 && c.Remove.Contacts.Count == 0
                 && c.Remove.Statuses.Any(s => s.Name == "clientUpdateProhibited")))
        {
            return StatusProhibits(d, "clientUpdateProhibited");
        }

        // Statuses.
        var statuses = d.Statuses;
        foreach (var s in c.Remove.Statuses)
        {
            if (ObjectStatuses.Parse(s.Name) is not { } flag || (flag & ObjectStatuses.ClientSettable) == 0)
            {
                return StatusNotSettable(s.Name, "Clients may remove only client* statuses");
            }

            if ((statuses & flag) == 0)
            {
                return StatusNotSettable(s.Name, "The domain does not have this status");
            }

            statuses &= ~flag;
        }

        foreach (var s in c.Add.Statuses)
        {
            if (ObjectStatuses.Parse(s.Name) is not { } flag || (flag & ObjectStatuses.ClientSettable) == 0)
            {
                return StatusNotSettable(s.Name, "Clients may add only client* statuses");
            }

            if ((statuses & flag) != 0)
            {
                return StatusNotSettable(s.Name, "The domain already has this status");
            }

            statuses |= flag;
        }

        // Name servers.
        var nameServers = d.NameServers.ToList();
        var hostAttributes = d.HostAttributes.ToList();
        if (UpdateNameServers(d, c, nameServers, hostAttributes) is { } nsError)
        {
            return nsError;
        }

        // Contacts.
        var contacts = d.Contacts.ToList();
        foreach (var x in c.Remove.Contacts)
        {
            if (contacts.RemoveAll(y => y.Type == x.Type && string.Equals(y.Id, x.Id, StringComparison.OrdinalIgnoreCase)) == 0)
            {
                return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist,
                    ErrorValue.Domain("contact", x.Id, "This contact is not associated with the domain", ("type", x.Type)));
            }
        }

        foreach (var x in c.Add.Contacts)
        {
            if (contacts.Any(y => y.Type == x.Type && string.Equals(y.Id, x.Id, StringComparison.OrdinalIgnoreCase)))
            {
                return SandboxResult.Fail(EppResultCode.ObjectExists,
                    ErrorValue.Domain("contact", x.Id, "This contact is already associated with the domain", ("type", x.Type)));
            }

            contacts.Add(x);
        }

        if (CheckContacts(c.NewRegistrant, c.Add.Contacts, registrar.Id) is { } contactError)
        {
            return contactError;
        }

        var registrant = c.NewRegistrant ?? d.Registrant;
        if (_policies.ContactsRequired && (registrant is null || !contacts.Any(x => x.Type == "admin") || !contacts.Any(x => x.Type == "tech")))
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain("name", d.Name, "This registry is thick: a registrant, an admin and a tech contact must remain"));
        }

        if (c.AuthInfoNull)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("name", d.Name, "This registry keeps an authInfo on every domain; it cannot be removed"));
        }

        if (c.NewAuthInfo is not null && CheckAuthInfo(c.NewAuthInfo) is { } authError)
        {
            return authError;
        }

        // Apply.
        UnlinkContacts(d);
        foreach (var host in d.NameServers)
        {
            host.LinkCount--;
        }

        d.NameServers.Clear();
        d.NameServers.AddRange(nameServers);
        foreach (var host in d.NameServers)
        {
            host.LinkCount++;
        }

        d.HostAttributes.Clear();
        d.HostAttributes.AddRange(hostAttributes);
        d.Contacts.Clear();
        d.Contacts.AddRange(contacts);
        d.Registrant = registrant;
        LinkContacts(d);
        d.Statuses = statuses;
        SetStatusTexts(d, c.Add.Statuses, c.Remove.Statuses);
        if (c.NewAuthInfo is not null)
        {
            d.AuthInfo = c.NewAuthInfo.Password;
        }

        Touch(d, registrar.Id, now);
        return SandboxResult.Ok;
    }
}
