namespace Rrp2Epp.Mapping.Profiles;

/// <summary>Whether the registry wants contacts on <c>domain:create</c> (RRP has none).</summary>
public enum ContactModel
{
    /// <summary>Thin registry: no registrant and no contacts are sent.</summary>
    Thin,

    /// <summary>Thick registry: each registrar's configured handles are sent on create.</summary>
    Thick,
}

/// <summary>How the registry provisions name servers (RFC 5731 §1.1).</summary>
public enum HostModel
{
    /// <summary>Host objects: NameServer commands map to <c>host:*</c>, delegations to <c>domain:hostObj</c>.</summary>
    Objects,

    /// <summary>
    /// Host attributes: delegations are <c>domain:hostAttr</c> with glue taken from the gateway's store
    /// (<see cref="TranslationInputs.NameServerAddresses"/>); the registry has no host objects, so NameServer commands
    /// run against the gateway's store-backed ones (offered as <c>host-1.0</c> in the context's services).
    /// </summary>
    Attributes,
}

/// <summary>Who enforces the RRP rules EPP does not have (result-mapping.md §5.6, §6a decision 1).</summary>
public enum RrpRules
{
    /// <summary>The gateway refuses held domains (544), locked or held parents (551) and foreign parents (531) itself.</summary>
    Strict,

    /// <summary>The EPP registry alone decides; those pre-checks are off.</summary>
    Registry,
}

/// <summary>How a MOD that removes REGISTRAR-LOCK lifts <c>clientUpdateProhibited</c> (§6a decision 2).</summary>
public enum UpdateLockRemoval
{
    /// <summary>One update removing the lock and making the other changes; on 2304, remove <c>clientUpdateProhibited</c> alone first, then the rest.</summary>
    Combined,

    /// <summary>Always two updates: <c>clientUpdateProhibited</c> alone, then the rest.</summary>
    UpdateProhibitedFirst,
}

/// <summary>What RRP RESTORE sends (RFC 3915 §4.2.5).</summary>
public enum RestoreMode
{
    /// <summary>Only <c>rgp:restore op="request"</c>; the report is delivered out of band.</summary>
    RequestOnly,

    /// <summary>The request, then a report built from the profile's <see cref="RestoreReportTemplate"/>.</summary>
    RequestAndReport,
}
