using Rrp2Epp.Mapping.Profiles;

namespace Rrp2Epp.Gateway.Options;

/// <summary>
/// A registry profile's settings (<c>Gateway:Profile</c> for the single registry, <c>Gateway:Registries:N:Profile</c>
/// for each routed one): how the translations treat that registry. With the registry's zones, time zone, contact
/// handles and the authInfo shape they become one <see cref="Mapping.RegistryProfile"/>, validated at start-up.
/// </summary>
public sealed record ProfileOptions
{
    /// <summary><c>Thin</c> (no contacts) or <c>Thick</c> (each registrar's handles from <see cref="RegistryOptions.Registrars"/> go on every create).</summary>
    public ContactModel Contacts { get; init; } = ContactModel.Thin;

    /// <summary>
    /// <c>Objects</c> (NameServer commands are <c>host:*</c>) or <c>Attributes</c> (the gateway's store keeps the RRP name
    /// servers and the domains carry them as <c>domain:hostAttr</c>).
    /// </summary>
    public HostModel Hosts { get; init; } = HostModel.Objects;

    /// <summary>Accept the IANA documentation ranges (192.0.2.0/24, 2001:db8::/32 ...) as name-server addresses instead of 535: demos and test registries only.</summary>
    public bool AllowDocumentationAddresses { get; init; }

    /// <summary><c>Strict</c>: the gateway enforces RRP's 544/551/531 rules EPP lacks; <c>Registry</c>: the EPP registry alone decides.</summary>
    public RrpRules RrpRules { get; init; } = RrpRules.Strict;

    /// <summary>Show VeriSign's REDEMPTIONPERIOD, PENDINGRESTORE, PENDINGDELETE and PENDINGTRANSFER (false: the RFC words only).</summary>
    public bool RrpExtendedStatuses { get; init; } = true;

    /// <summary>Years assumed for an ADD without <c>-Period</c> when the registry's answer carries no expiry date.</summary>
    public int DefaultRegistrationPeriod { get; init; } = 1;

    /// <summary>Years a RENEW without options adds.</summary>
    public int DefaultRenewPeriod { get; init; } = 1;

    /// <summary>The longest registration, counted from now, a RENEW may reach (556 beyond it).</summary>
    public int MaximumTerm { get; init; } = 10;

    /// <summary>DEL Domain first deletes the domain's unused child hosts (result-mapping §3.5).</summary>
    public bool DeleteCascade { get; init; } = true;

    /// <summary>How a MOD removing REGISTRAR-LOCK lifts <c>clientUpdateProhibited</c>: <c>Combined</c> or <c>UpdateProhibitedFirst</c>.</summary>
    public UpdateLockRemoval UpdateLockRemoval { get; init; } = UpdateLockRemoval.Combined;

    /// <summary>How far the registry's clock may lag the gateway's when a lost command is reconciled.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);
}
