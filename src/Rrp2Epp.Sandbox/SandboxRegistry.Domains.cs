using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// Domain commands (RFC 5731) and restores (RFC 3915). Every check runs before any change, so a
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

    private SandboxResult DomainCreate(DomainCreateRequest c, Registrar registrar, DateTimeOffset now)
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
        if (ResolveNameServers(name, c.HostObjects, c.HostAttributes, nameServers, hostAttributes, registrar.Id) is { } nsError)
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
        return new SandboxResult(EppResultCode.Success, new DomainCreateSnapshot(name, now, exDate));
    }

    private SandboxResult DomainDelete(DomainDeleteRequest c, Registrar registrar, DateTimeOffset now)
    {
        if (SponsoredDomain(c.Name, registrar.Id, out var d) is { } error)
        {
            return error;
        }

        if (d.Deletion is not null || d.PendingTransfer || (d.Statuses & ObjectStatuses.DeleteProhibited) != 0)
        {
            return StatusProhibits(d, d.Deletion is not null ? "pendingDelete" : d.PendingTransfer ? "pendingTransfer" : "a *DeleteProhibited status");
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

        if (d.Deletion is not null || d.PendingTransfer || (d.Statuses & ObjectStatuses.RenewProhibited) != 0)
        {
            return StatusProhibits(d, d.Deletion is not null ? "pendingDelete" : d.PendingTransfer ? "pendingTransfer" : "a *RenewProhibited status");
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

        if (d.Deletion is not null || d.PendingTransfer)
        {
            return StatusProhibits(d, d.Deletion is not null ? "pendingDelete" : "pendingTransfer");
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
        if (UpdateNameServers(d, c, nameServers, hostAttributes, registrar.Id) is { } nsError)
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

    private SandboxResult Restore(DomainUpdateRequest c, RestoreOperation restore, DomainObject d, Registrar registrar, DateTimeOffset now)
    {
        if (c.ChangesSomething)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("name", d.Name, "A restore carries empty add/rem/chg elements only (RFC 3915 §4.2.5)"));
        }

        var phase = d.Deletion?.Phase;
        if (restore.Op == "request")
        {
            if (restore.HasReport)
            {
                return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                    new ErrorValue("rgp", EppNamespaces.Rgp, "restore", null, "op=\"request\" must not carry a report (RFC 3915 §4.2.5)", [("op", "request")]));
            }

            if (phase != DeletionPhase.RedemptionPeriod)
            {
                return StatusProhibits(d, "an RGP status other than redemptionPeriod");
            }

            if (!TryCharge(registrar, 1))
            {
                return Billing(registrar, d.Name);
            }

            if (_policies.RestoreReportRequired)
            {
                d.Deletion!.Phase = DeletionPhase.PendingRestore;
                d.Deletion.RestoreRequestedAt = now;
                d.Deletion.PhaseEnds = now + _policies.RestoreReportPeriod;
                Touch(d, registrar.Id, now);
                Schedule(d);
            }
            else
            {
                CompleteRestore(d, registrar.Id, now);
            }

            return new SandboxResult(EppResultCode.Success, extension: new RgpData("upData", ["pendingRestore"]));
        }

        if (!restore.HasReport)
        {
            return SandboxResult.Fail(EppResultCode.RequiredParameterMissing,
                new ErrorValue("rgp", EppNamespaces.Rgp, "restore", null, "op=\"report\" must carry a report (RFC 3915 §4.2.5)", [("op", "report")]));
        }

        if (phase == DeletionPhase.RedemptionPeriod)
        {
            // A report straight away is a one-step restore; it is billed like a request.
            if (!TryCharge(registrar, 1))
            {
                return Billing(registrar, d.Name);
            }
        }
        else if (phase != DeletionPhase.PendingRestore)
        {
            return StatusProhibits(d, "an RGP status other than redemptionPeriod or pendingRestore");
        }

        CompleteRestore(d, registrar.Id, now);
        return SandboxResult.Ok;
    }

    private void CompleteRestore(DomainObject d, string clientId, DateTimeOffset now)
    {
        d.Deletion = null;
        d.Statuses = d.StatusesBeforeDelete;
        Touch(d, clientId, now);
        Schedule(d);
    }

    private SandboxResult? ResolveNameServers(string domainName, IReadOnlyList<string>? hostObjects, IReadOnlyList<HostAttr>? hostAttributes,
        List<HostObject> resolved, List<HostAttr> attributes, string clientId)
    {
        if (hostObjects is { Count: > 0 } && _policies.HostModel == HostModel.Attributes)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("hostObj", hostObjects[0], "This registry uses host attributes (domain:hostAttr), not host objects"));
        }

        if (hostAttributes is { Count: > 0 } && _policies.HostModel == HostModel.Objects)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("hostName", hostAttributes[0].Name, "This registry uses host objects (domain:hostObj), not host attributes"));
        }

        foreach (var h in hostObjects ?? [])
        {
            var key = DomainNames.Normalize(h);
            if (!_hosts.TryGetValue(key, out var host))
            {
                return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Domain("hostObj", h, "No such host object"));
            }

            if (resolved.Contains(host))
            {
                return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError, ErrorValue.Domain("hostObj", h, "Host listed twice"));
            }

            resolved.Add(host);
        }

        foreach (var a in hostAttributes ?? [])
        {
            if (CheckHostAttr(domainName, a, out var canonical) is { } error)
            {
                return error;
            }

            if (attributes.Any(x => x.Name == canonical!.Name))
            {
                return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError, ErrorValue.Domain("hostName", a.Name, "Host listed twice"));
            }

            attributes.Add(canonical!);
        }

        _ = clientId;
        return null;
    }

    private SandboxResult? CheckHostAttr(string domainName, HostAttr a, out HostAttr? canonical)
    {
        canonical = null;
        var name = DomainNames.Normalize(a.Name);
        if (!DomainNames.IsValidHostName(name))
        {
            return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError, ErrorValue.Domain("hostName", a.Name, "Not a valid host name"));
        }

        var addresses = new List<(string, string)>();
        foreach (var (address, family) in a.Addresses)
        {
            var c = DomainNames.CanonicalAddress(address, family);
            if (c is null)
            {
                return SandboxResult.Fail(EppResultCode.ParameterValueSyntaxError,
                    ErrorValue.Domain("hostAddr", address, $"Not a valid IP{family} address", ("ip", family)));
            }

            addresses.Add((c, family));
        }

        if (addresses.Count > _policies.MaxHostAddresses)
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain("hostName", a.Name, $"At most {_policies.MaxHostAddresses} addresses per host"));
        }

        if (DomainNames.IsSubordinate(name, domainName) && addresses.Count == 0)
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain("hostName", a.Name, "A host under the domain itself needs glue addresses"));
        }

        if (DomainNames.ZoneOf(name, _policies.Zones) is null && addresses.Count > 0)
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain("hostAddr", addresses[0].Item1, "An external host takes no addresses", ("ip", addresses[0].Item2)));
        }

        canonical = new HostAttr(name, addresses);
        return null;
    }

    private SandboxResult? UpdateNameServers(DomainObject d, DomainUpdateRequest c, List<HostObject> nameServers, List<HostAttr> hostAttributes, string clientId)
    {
        foreach (var h in c.Remove.HostObjects ?? [])
        {
            if (nameServers.RemoveAll(x => x.Name == DomainNames.Normalize(h)) == 0)
            {
                return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Domain("hostObj", h, "The domain is not delegated to this host"));
            }
        }

        foreach (var a in c.Remove.HostAttributes ?? [])
        {
            if (hostAttributes.RemoveAll(x => x.Name == DomainNames.Normalize(a.Name)) == 0)
            {
                return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Domain("hostName", a.Name, "The domain is not delegated to this host"));
            }
        }

        var added = new List<HostObject>();
        var addedAttributes = new List<HostAttr>();
        if (ResolveNameServers(d.Name, c.Add.HostObjects, c.Add.HostAttributes, added, addedAttributes, clientId) is { } error)
        {
            return error;
        }

        foreach (var host in added)
        {
            if (nameServers.Contains(host))
            {
                return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Domain("hostObj", host.Name, "The domain is already delegated to this host"));
            }

            nameServers.Add(host);
        }

        foreach (var a in addedAttributes)
        {
            if (hostAttributes.Any(x => x.Name == a.Name))
            {
                return SandboxResult.Fail(EppResultCode.ObjectExists, ErrorValue.Domain("hostName", a.Name, "The domain is already delegated to this host"));
            }

            hostAttributes.Add(a);
        }

        if (nameServers.Count + hostAttributes.Count > _policies.MaxNameServers)
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain("name", d.Name, $"At most {_policies.MaxNameServers} name servers per domain"));
        }

        return null;
    }

    private SandboxResult? CheckContacts(string? registrant, IReadOnlyList<ContactRef> contacts, string clientId)
    {
        if (registrant is not null && CheckContact(registrant, clientId, "registrant", null) is { } e1)
        {
            return e1;
        }

        foreach (var x in contacts)
        {
            if (CheckContact(x.Id, clientId, "contact", x.Type) is { } e2)
            {
                return e2;
            }
        }

        return null;
    }

    private SandboxResult? CheckContact(string id, string clientId, string element, string? type)
    {
        var attributes = type is null ? Array.Empty<(string, string)>() : [("type", type)];
        if (!_contacts.TryGetValue(id, out var contact))
        {
            return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Domain(element, id, "No such contact", attributes));
        }

        if (contact.Sponsor != clientId)
        {
            return SandboxResult.Fail(EppResultCode.DataManagementPolicyViolation,
                ErrorValue.Domain(element, id, "A registrar may use only the contacts it sponsors", attributes));
        }

        return null;
    }

    private SandboxResult? CheckAuthInfo(AuthInfo? auth)
    {
        if (auth is null || auth.Password.Length < _policies.MinAuthInfoLength)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                new ErrorValue("domain", EppNamespaces.Domain, "authInfo", null, $"The authInfo password needs at least {_policies.MinAuthInfoLength} characters",
                    Content: new ElementData("domain", EppNamespaces.Domain, "pw", auth?.Password ?? "")));
        }

        return null;
    }

    /// <summary>Months of a period, or the 2306 refusal (months not allowed, or past the maximum term).</summary>
    private SandboxResult? PeriodMonths(Period? period, out int months)
    {
        months = period?.Months ?? 12;
        if (period is { Unit: "m" } && !_policies.AllowMonthPeriods)
        {
            return SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
                ErrorValue.Domain("period", period.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "Periods are in years (unit=\"y\") at this registry", ("unit", "m")));
        }

        return months > _policies.MaxRegistrationYears * 12 ? PeriodTooLong(period!.Value) : null;
    }

    private SandboxResult PeriodTooLong(Period period) =>
        SandboxResult.Fail(EppResultCode.ParameterValuePolicyError,
            ErrorValue.Domain("period", period.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"The registration may not run more than {_policies.MaxRegistrationYears} years from now", ("unit", period.Unit)));

    private string? RegistrableZone(string name)
    {
        var zone = DomainNames.ZoneOf(name, _policies.Zones);
        return zone is not null && DomainNames.RegistrableParent(name, zone) == name ? zone : null;
    }

    private bool AuthInfoMatches(DomainObject d, AuthInfo auth)
    {
        if (auth.Roid is null || auth.Roid == d.Roid)
        {
            return auth.Password == d.AuthInfo;
        }

        // A contact's authInfo (pw roid=) works for a domain that uses the contact.
        return DomainContactIds(d).Select(id => _contacts.GetValueOrDefault(id)).Any(x => x is not null && x.Roid == auth.Roid && x.AuthInfo == auth.Password);
    }

    private SandboxResult? SponsoredDomain(string name, string clientId, out DomainObject domain)
    {
        if (!_domains.TryGetValue(DomainNames.Normalize(name), out domain!))
        {
            return DomainMissing(name);
        }

        return domain.Sponsor == clientId
            ? null
            : SandboxResult.Fail(EppResultCode.AuthorizationError, ErrorValue.Domain("name", name, "Only the sponsoring registrar may do this"));
    }

    private static SandboxResult DomainMissing(string name) =>
        SandboxResult.Fail(EppResultCode.ObjectDoesNotExist, ErrorValue.Domain("name", name, "The domain is not registered"));

    private static SandboxResult StatusProhibits(DomainObject d, string why) =>
        SandboxResult.Fail(EppResultCode.ObjectStatusProhibitsOperation, ErrorValue.Domain("name", d.Name, $"The domain has {why}"));

    private static SandboxResult StatusNotSettable(string status, string why) =>
        SandboxResult.Fail(EppResultCode.ParameterValuePolicyError, ErrorValue.Domain("status", null, why, ("s", status)));

    private static void Touch(DomainObject d, string clientId, DateTimeOffset now)
    {
        d.UpId = clientId;
        d.UpDate = now;
    }

    private static void SetStatusTexts(DomainObject d, IReadOnlyList<StatusValue> added, IReadOnlyList<StatusValue> removed)
    {
        foreach (var s in removed)
        {
            d.StatusTexts?.Remove(ObjectStatuses.Parse(s.Name)!.Value);
        }

        foreach (var s in added.Where(s => s.Text is not null))
        {
            (d.StatusTexts ??= [])[ObjectStatuses.Parse(s.Name)!.Value] = (s.Text!, s.Lang);
        }
    }

    /// <summary>Stored plus derived statuses, in RFC 5731 §2.3's terms.</summary>
    private static IReadOnlyList<StatusSnapshot> DomainStatuses(DomainObject d)
    {
        var list = new List<StatusSnapshot>(Snapshot(d.Statuses, d.StatusTexts));
        if (d.Deletion is not null)
        {
            list.Add(new StatusSnapshot("pendingDelete", null, null));
        }

        if (d.PendingTransfer)
        {
            list.Add(new StatusSnapshot("pendingTransfer", null, null));
        }

        if (d.NameServerCount == 0)
        {
            list.Add(new StatusSnapshot("inactive", null, null));
        }

        if (list.Count == 0)
        {
            list.Add(new StatusSnapshot("ok", null, null));
        }

        return list;
    }

    private static List<string> RgpStatuses(DomainObject d, DateTimeOffset now)
    {
        if (d.Deletion is { } deletion)
        {
            return [deletion.RgpStatus];
        }

        return LiveGrace(d, now).Select(g => g.Status).Distinct(StringComparer.Ordinal).ToList();
    }
}
