namespace Rrp2Epp.Sandbox;

/// <summary>How name servers are provisioned (RFC 5731 §1.1).</summary>
public enum HostModel
{
    /// <summary>Host objects (<c>host:*</c> commands, <c>domain:hostObj</c>).</summary>
    Objects,

    /// <summary>Host attributes (<c>domain:hostAttr</c>); the host object service is not offered.</summary>
    Attributes,
}

/// <summary>What a non-sponsor without authInfo gets from <c>domain:info</c> / <c>contact:info</c> (RFC 5731 §3.1.2).</summary>
public enum UnauthorizedInfo
{
    /// <summary>1000 with name, roid and clID only (examples/domain-info.response-1000-unauthorized-client.xml).</summary>
    Reduced,

    /// <summary>2201 Authorization error.</summary>
    Refuse,
}

/// <summary>
/// The registry's rules, where the RFCs leave the choice to "server policy". Immutable; validated
/// with the options at start-up. Defaults describe a thin, host-object registry like the RRP-era
/// .com/.net one.
/// </summary>
public sealed record SandboxPolicies
{
    /// <summary>Zones (TLDs) the registry serves. Host names under them are internal; domains outside them cannot be created.</summary>
    public IReadOnlyList<string> Zones { get; init; } = ["com", "net"];

    /// <summary>Thick registry: <c>domain:create</c> needs a registrant, an admin and a tech contact (2003 otherwise).</summary>
    public bool ContactsRequired { get; init; }

    /// <summary>Host objects or host attributes.</summary>
    public HostModel HostModel { get; init; } = HostModel.Objects;

    /// <summary>
    /// Creates wait for the registry's review: <c>domain:create</c> answers 1001 and the domain is <c>pendingCreate</c>
    /// until <see cref="SandboxRegistry.ResolvePendingCreate"/> approves or denies it (a panData poll message either way).
    /// </summary>
    public bool PendingCreates { get; init; }

    /// <summary>Refuse an IP address already used by another host (2302 naming <c>host:addr</c>; result-mapping §6a decision 4).</summary>
    public bool UniqueHostAddresses { get; init; }

    /// <summary>The longest registration term, counted from now (create, renew, transfer): 10 years by RFC 5731 practice.</summary>
    public int MaxRegistrationYears { get; init; } = 10;

    /// <summary>Accept <c>unit="m"</c> periods (otherwise 2306 naming <c>domain:period</c>).</summary>
    public bool AllowMonthPeriods { get; init; }

    /// <summary>Add grace period (RFC 3915 addPeriod): a delete inside it purges the name at once.</summary>
    public TimeSpan AddGracePeriod { get; init; } = TimeSpan.FromDays(5);

    /// <summary>Renew grace period (renewPeriod) after an explicit renew.</summary>
    public TimeSpan RenewGracePeriod { get; init; } = TimeSpan.FromDays(5);

    /// <summary>Auto-renew grace period (autoRenewPeriod) after the registry renews at expiry.</summary>
    public TimeSpan AutoRenewGracePeriod { get; init; } = TimeSpan.FromDays(45);

    /// <summary>Transfer grace period (transferPeriod) after a completed transfer.</summary>
    public TimeSpan TransferGracePeriod { get; init; } = TimeSpan.FromDays(5);

    /// <summary>Redemption period after a delete (rgp redemptionPeriod).</summary>
    public TimeSpan RedemptionPeriod { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Purge delay after the redemption period (rgp pendingDelete).</summary>
    public TimeSpan PendingDeletePeriod { get; init; } = TimeSpan.FromDays(5);

    /// <summary>How long a pending restore waits for its report before falling back to redemptionPeriod.</summary>
    public TimeSpan RestoreReportPeriod { get; init; } = TimeSpan.FromDays(7);

    /// <summary>True: a restore request leaves the domain pendingRestore until a report arrives. False: the request restores at once.</summary>
    public bool RestoreReportRequired { get; init; } = true;

    /// <summary>A pending transfer is approved by the server (serverApproved) after this long.</summary>
    public TimeSpan TransferAutoApprovePeriod { get; init; } = TimeSpan.FromDays(5);

    /// <summary>A domain cannot be transferred this long after its creation or last transfer (2106). Zero: no lock.</summary>
    public TimeSpan TransferLockPeriod { get; init; } = TimeSpan.Zero;

    /// <summary>The reply to <c>domain:info</c> / <c>contact:info</c> from a non-sponsor without authInfo.</summary>
    public UnauthorizedInfo UnauthorizedInfo { get; init; } = UnauthorizedInfo.Reduced;

    /// <summary>Credit each registrar starts with, in domain-years (create, renew and transfer cost their years, a restore one). Null: unlimited.</summary>
    public int? InitialCredit { get; init; }

    /// <summary>Most name servers a domain may have (2308 beyond).</summary>
    public int MaxNameServers { get; init; } = 13;

    /// <summary>Most addresses a host may have (2308 beyond).</summary>
    public int MaxHostAddresses { get; init; } = 13;

    /// <summary>Shortest accepted domain/contact authInfo password (2306 below).</summary>
    public int MinAuthInfoLength { get; init; } = 6;

    /// <summary>Most names in one check command (2306 beyond).</summary>
    public int MaxCheckNames { get; init; } = 100;

    /// <summary>Every problem with these policies; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Zones.Count == 0)
        {
            errors.Add("Policies.Zones: at least one zone is needed");
        }

        foreach (var zone in Zones)
        {
            if (!DomainNames.IsValidHostName(zone, minLabels: 1))
            {
                errors.Add($"Policies.Zones: '{zone}' is not a valid zone name");
            }
        }

        if (MaxRegistrationYears is < 1 or > 99)
        {
            errors.Add("Policies.MaxRegistrationYears: must be 1-99");
        }

        void Positive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                errors.Add($"Policies.{name}: must be positive");
            }
        }

        Positive(AddGracePeriod, nameof(AddGracePeriod));
        Positive(RenewGracePeriod, nameof(RenewGracePeriod));
        Positive(AutoRenewGracePeriod, nameof(AutoRenewGracePeriod));
        Positive(TransferGracePeriod, nameof(TransferGracePeriod));
        Positive(RedemptionPeriod, nameof(RedemptionPeriod));
        Positive(PendingDeletePeriod, nameof(PendingDeletePeriod));
        Positive(RestoreReportPeriod, nameof(RestoreReportPeriod));
        Positive(TransferAutoApprovePeriod, nameof(TransferAutoApprovePeriod));
        if (TransferLockPeriod < TimeSpan.Zero)
        {
            errors.Add("Policies.TransferLockPeriod: must not be negative");
        }

        if (InitialCredit is < 0)
        {
            errors.Add("Policies.InitialCredit: must not be negative");
        }

        if (MaxNameServers < 1)
        {
            errors.Add("Policies.MaxNameServers: must be at least 1");
        }

        if (MaxHostAddresses < 1)
        {
            errors.Add("Policies.MaxHostAddresses: must be at least 1");
        }

        if (MinAuthInfoLength is < 1 or > 64)
        {
            errors.Add("Policies.MinAuthInfoLength: must be 1-64");
        }

        if (MaxCheckNames < 1)
        {
            errors.Add("Policies.MaxCheckNames: must be at least 1");
        }

        return errors;
    }
}
