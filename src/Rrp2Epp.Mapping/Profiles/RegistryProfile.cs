using Rrp2Epp.Mapping.Profiles;

namespace Rrp2Epp.Mapping;

/// <summary>
/// Everything the translations need to know about one EPP registry: which zones it serves, whether it is
/// thick or thin, host objects or attributes, the RRP time zone and terms, and how strictly RRP's own rules
/// are enforced. Immutable; <see cref="Validate"/> reports every problem at once and <see cref="EnsureValid"/>
/// refuses a profile with any. Routing, credentials and pooling belong to the gateway's registry options, not here.
/// </summary>
public sealed record RegistryProfile
{
    /// <summary>The profile's name, for logs and error messages.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The zones (TLDs, without dots) the registry serves. A host whose second-level parent lies under one of
    /// them is in zone: it needs glue, and its parent domain is read before host commands (RRP's parent rules).
    /// </summary>
    public required IReadOnlyList<string> Zones { get; init; }

    /// <summary>Thin (no contacts) or thick (<see cref="ContactHandles"/> per registrar).</summary>
    public ContactModel Contacts { get; init; } = ContactModel.Thin;

    /// <summary>For thick registries: the handles used on create, by RRP registrar id (compared ordinally).</summary>
    public IReadOnlyDictionary<string, RegistrarContacts> ContactHandles { get; init; } = new Dictionary<string, RegistrarContacts>(StringComparer.Ordinal);

    /// <summary>Host objects or host attributes.</summary>
    public HostModel Hosts { get; init; } = HostModel.Objects;

    /// <summary>The zone RRP time stamps are printed in (and expiry years are taken in). UTC by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Years assumed for an ADD without <c>-Period</c> when the registry's answer carries no expiry date and no info can supply one.</summary>
    public int DefaultRegistrationPeriod { get; init; } = 1;

    /// <summary>Years a RENEW without options adds (RFC 2832 §4.3.7: the system default).</summary>
    public int DefaultRenewPeriod { get; init; } = 1;

    /// <summary>The longest registration, counted from now, a RENEW may reach (556 beyond it). 10 years by ICANN practice.</summary>
    public int MaximumTerm { get; init; } = 10;

    /// <summary>Strict (the gateway enforces RRP's 544/551/531 rules, the default) or registry (§6a decision 1).</summary>
    public RrpRules RrpRules { get; init; } = RrpRules.Strict;

    /// <summary>Show VeriSign's REDEMPTIONPERIOD, PENDINGRESTORE, PENDINGDELETE and PENDINGTRANSFER (§5.3). Default true.</summary>
    public bool RrpExtendedStatuses { get; init; } = true;

    /// <summary>How a MOD that removes REGISTRAR-LOCK lifts <c>clientUpdateProhibited</c> (§6a decision 2).</summary>
    public UpdateLockRemoval UpdateLockRemoval { get; init; } = UpdateLockRemoval.Combined;

    /// <summary>Whether RESTORE also sends the restore report.</summary>
    public RestoreMode Restore { get; init; } = RestoreMode.RequestOnly;

    /// <summary>The report text, required when <see cref="Restore"/> is <see cref="RestoreMode.RequestAndReport"/>.</summary>
    public RestoreReportTemplate? RestoreReport { get; init; }

    /// <summary>How far the registry's clock may be behind the gateway's when a send time is compared with a registry date (reconciliation).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The shape of the authInfo values the gateway generates.</summary>
    public AuthInfoRules AuthInfo { get; init; } = new();

    /// <summary>The registry's marker for REGISTRY-DELETE-NOTIFY; none by default (EPP has no such status).</summary>
    public DeleteNotifyMarker? RegistryDeleteNotifyMarker { get; init; }

    /// <summary>DEL Domain first deletes the domain's unused child hosts (§3.5, §6a decision 3). Default true.</summary>
    public bool DeleteCascade { get; init; } = true;

    /// <summary>CHECK reads <c>domain:info</c>/<c>host:info</c> instead of a check (for a registry without check, §3.4).</summary>
    public bool CheckByInfo { get; init; }

    /// <summary>
    /// Accept the IANA documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) as name-server
    /// addresses instead of answering 535. For demos and test registries only; off by default.
    /// </summary>
    public bool AllowDocumentationAddresses { get; init; }

    /// <summary>Every problem with this profile, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var at = $"RegistryProfile '{Name}'";
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("RegistryProfile.Name: required");
        }

        if (Zones is null || Zones.Count == 0)
        {
            errors.Add($"{at}.Zones: at least one zone is needed");
        }
        else
        {
            foreach (var zone in Zones)
            {
                if (!DomainNameFacts.IsHostName(zone, minLabels: 1) || !string.Equals(zone, zone.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    errors.Add($"{at}.Zones: '{zone}' is not a lower-case zone name without dots at its ends");
                }
            }
        }

        if (Contacts == ContactModel.Thick && (ContactHandles is null || ContactHandles.Count == 0))
        {
            errors.Add($"{at}.ContactHandles: a thick registry needs the handles of at least one registrar");
        }

        foreach (var (registrar, handles) in ContactHandles ?? new Dictionary<string, RegistrarContacts>())
        {
            foreach (var (role, handle) in new[] { ("Registrant", handles?.Registrant), ("Admin", handles?.Admin), ("Tech", handles?.Tech), ("Billing", handles?.Billing) })
            {
                if ((role == "Registrant" || handle is not null) && (handle is null || handle.Length is < 3 or > 16 || handle.Trim().Length != handle.Length))
                {
                    errors.Add($"{at}.ContactHandles['{registrar}'].{role}: must be an EPP handle of 3-16 characters");
                }
            }
        }

        if (TimeZone is null)
        {
            errors.Add($"{at}.TimeZone: required");
        }

        if (DefaultRegistrationPeriod is < 1 or > 99)
        {
            errors.Add($"{at}.DefaultRegistrationPeriod: must be 1-99 years");
        }

        if (MaximumTerm is < 1 or > 99)
        {
            errors.Add($"{at}.MaximumTerm: must be 1-99 years");
        }

        if (DefaultRenewPeriod < 1 || DefaultRenewPeriod > MaximumTerm)
        {
            errors.Add($"{at}.DefaultRenewPeriod: must be 1 to MaximumTerm years");
        }

        if (Restore == RestoreMode.RequestAndReport)
        {
            if (RestoreReport is null)
            {
                errors.Add($"{at}.RestoreReport: required when Restore is RequestAndReport");
            }
            else
            {
                foreach (var (field, text) in new[]
                         {
                             ("PreData", RestoreReport.PreData), ("PostData", RestoreReport.PostData), ("Reason", RestoreReport.Reason),
                             ("Statement1", RestoreReport.Statement1), ("Statement2", RestoreReport.Statement2),
                         })
                {
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        errors.Add($"{at}.RestoreReport.{field}: required");
                    }
                }
            }
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromHours(1))
        {
            errors.Add($"{at}.ClockSkew: must be between zero and one hour");
        }

        if (AuthInfo is null)
        {
            errors.Add($"{at}.AuthInfo: required");
        }
        else
        {
            errors.AddRange(AuthInfo.Validate($"{at}.AuthInfo"));
        }

        if (RegistryDeleteNotifyMarker is { } marker
            && (string.IsNullOrWhiteSpace(marker.Value) || (marker.Kind == DeleteNotifyMarkerKind.Extension) != !string.IsNullOrWhiteSpace(marker.NamespaceUri)))
        {
            errors.Add($"{at}.RegistryDeleteNotifyMarker: needs a value, and a namespace URI exactly when it names an extension");
        }

        foreach (var (field, value) in new (string, Enum)[] { ("Contacts", Contacts), ("Hosts", Hosts), ("RrpRules", RrpRules), ("UpdateLockRemoval", UpdateLockRemoval), ("Restore", Restore) })
        {
            if (!Enum.IsDefined(value.GetType(), value))
            {
                errors.Add($"{at}.{field}: not a defined value");
            }
        }

        return errors;
    }

    /// <summary>Returns this profile, or throws listing every problem.</summary>
    /// <exception cref="RegistryProfileException">The profile is invalid.</exception>
    public RegistryProfile EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new RegistryProfileException(errors);
    }

    /// <summary>Whether <paramref name="hostName"/>'s second-level parent lies under one of <see cref="Zones"/>, and that parent.</summary>
    public string? InZoneParentOf(string hostName) => DomainNameFacts.InZoneParent(hostName, Zones);

    /// <summary>Whether <paramref name="name"/> is a domain this registry registers: LDH labels, one label directly under one of <see cref="Zones"/>.</summary>
    public bool IsRegistrableDomain(string name) =>
        DomainNameFacts.IsHostName(name)
        && Zones.Any(zone => name.Length > zone.Length + 1
                             && name.EndsWith("." + zone, StringComparison.OrdinalIgnoreCase)
                             && !name.AsSpan(0, name.Length - zone.Length - 1).Contains('.'));
}
