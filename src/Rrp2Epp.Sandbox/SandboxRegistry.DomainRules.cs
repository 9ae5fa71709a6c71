using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// RGP restores (RFC 3915 §4.2.5) and the shared domain rules: name servers, contacts, authInfo,
// periods, sponsorship and the derived statuses.
public sealed partial class SandboxRegistry
{
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
        List<HostObject> resolved, List<HostAttr> attributes)
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

    private SandboxResult? UpdateNameServers(DomainObject d, DomainUpdateRequest c, List<HostObject> nameServers, List<HostAttr> hostAttributes)
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
        if (ResolveNameServers(d.Name, c.Add.HostObjects, c.Add.HostAttributes, added, addedAttributes) is { } error)
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

        if (d.PendingCreate is not null)
        {
            list.Add(new StatusSnapshot("pendingCreate", null, null));
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
