using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tables;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// The mapping tables and the authInfo rules the gateway translates with, built once from <see cref="GatewayOptions"/>;
/// each registry's profile is <see cref="BuildProfile"/>'s (kept by its route). <see cref="GatewayOptionsValidator"/>
/// runs the same <see cref="BuildProfile"/> and <see cref="LoadTables"/> at start-up, so a bad profile or table stops
/// the host with every problem named before this is ever built.
/// </summary>
public sealed class TranslationSetup
{
    /// <summary>Loads the tables and the authInfo rules.</summary>
    /// <exception cref="MappingTableException">A configured table is invalid.</exception>
    public TranslationSetup(IOptions<GatewayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Tables = LoadTables(options.Value);
        AuthInfo = new AuthInfoRules(options.Value.AuthInfo.Length, options.Value.AuthInfo.Alphabet);
    }

    /// <summary>The validated tables of <c>mappings/</c> (embedded, or the configured folder's).</summary>
    public MappingTables Tables { get; }

    /// <summary>How generated authInfo values look (one shape for every registry).</summary>
    public AuthInfoRules AuthInfo { get; }

    /// <summary>The profile of <paramref name="registry"/> (one of <see cref="GatewayOptions.EffectiveRegistries"/>), not yet validated.</summary>
    public static RegistryProfile BuildProfile(GatewayOptions options, RegistryOptions registry)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        var p = registry.Profile ?? options.Profile;
        // The translations know the registrar by its clID at this registry: the mapped one where credentials are mapped.
        var handles = new Dictionary<string, RegistrarContacts>(StringComparer.Ordinal);
        foreach (var (registrar, account) in registry.Registrars)
        {
            if (account?.Contacts is { Registrant: { } registrant } contacts)
            {
                var clientId = registry.Credentials == CredentialMode.Mapped ? account.ClientId ?? registrar : registrar;
                handles[clientId] = new RegistrarContacts(registrant, contacts.Admin, contacts.Tech, contacts.Billing);
            }
        }

        return new RegistryProfile
        {
            Name = registry.Name ?? options.RegistryName,
            Zones = registry.Zones,
            TimeZone = GatewayOptionsValidator.TryFindZone(registry.TimeZone ?? options.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc,
            AuthInfo = new AuthInfoRules(options.AuthInfo.Length, options.AuthInfo.Alphabet),
            Contacts = p.Contacts,
            ContactHandles = handles,
            Hosts = p.Hosts,
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
