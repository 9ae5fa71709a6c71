using Rrp2Epp.Mapping.Profiles;

namespace Rrp2Epp.Gateway.Options;

/// <summary>
/// The registry profile's settings (section <c>Gateway:Profile</c>): how the translations treat this registry. They
/// become one <see cref="Mapping.RegistryProfile"/> with <see cref="GatewayOptions.Zones"/>, the time zone and the authInfo
/// shape, validated at start-up. Host objects and a thin registry are fixed in this version (host attributes and
/// thick-registry contacts arrive with issue 5).
/// </summary>
public sealed record ProfileOptions
{
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
