using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tables;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// The registry profile and the mapping tables the gateway translates with, built once from <see cref="GatewayOptions"/>.
/// <see cref="GatewayOptionsValidator"/> runs the same <see cref="BuildProfile"/> and <see cref="LoadTables"/> at
/// start-up, so a bad profile or table stops the host with every problem named before this is ever built.
/// </summary>
public sealed class TranslationSetup
{
    /// <summary>Builds the profile and loads the tables.</summary>
    /// <exception cref="RegistryProfileException">The profile is invalid.</exception>
    /// <exception cref="MappingTableException">A configured table is invalid.</exception>
    public TranslationSetup(IOptions<GatewayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Profile = BuildProfile(options.Value).EnsureValid();
        Tables = LoadTables(options.Value);
    }

    /// <summary>The registry profile.</summary>
    public RegistryProfile Profile { get; }

    /// <summary>The validated tables of <c>mappings/</c> (embedded, or the configured folder's).</summary>
    public MappingTables Tables { get; }

    /// <summary>The profile <paramref name="options"/> describe (not yet validated).</summary>
    public static RegistryProfile BuildProfile(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = options.Profile;
        return new RegistryProfile
        {
            Name = options.RegistryName,
            Zones = options.EffectiveZones,
            TimeZone = GatewayOptionsValidator.TryFindZone(options.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc,
            AuthInfo = new AuthInfoRules(options.AuthInfo.Length, options.AuthInfo.Alphabet),
            AllowDocumentationAddresses = p.AllowDocumentationAddresses,
            RrpRules = p.RrpRules,
            RrpExtendedStatuses = p.RrpExtendedStatuses,
            DefaultRegistrationPeriod = p.DefaultRegistrationPeriod,
            DefaultRenewPeriod = p.DefaultRenewPeriod,
            MaximumTerm = p.MaximumTerm,
            DeleteCascade = p.DeleteCascade,
            UpdateLockRemoval = p.UpdateLockRemoval,
            ClockSkew = p.ClockSkew,
        };
    }

    /// <summary>The tables: the configured folder's (each file found there replaces the embedded one), else the embedded ones.</summary>
    /// <exception cref="MappingTableException">The folder is missing or a table is invalid (every problem, each naming file, line and field).</exception>
    public static MappingTables LoadTables(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.MappingsFolder) ? MappingTables.Default : MappingTables.Load(options.MappingsFolder);
    }
}
