using System.Globalization;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Translations;

namespace Rrp2Epp.Gateway.Options;

/// <summary>
/// The registry half of <see cref="GatewayOptionsValidator"/>: every registry's connection, route, profile and
/// credentials, and the rules across them (unique names and zones, one default route, exactly one registry that
/// verifies RRP logins). Each problem names the configuration key and the registry.
/// </summary>
internal static class RegistryOptionsValidator
{
    public static void Check(GatewayOptions options, List<string> errors, bool hasEppClientCertificate)
    {
        const string g = GatewayOptions.SectionName;
        var registries = options.EffectiveRegistries;
        var listed = options.Registries.Count > 0;
        if (listed && options.Zones.Count > 0)
        {
            errors.Add($"{g}:Zones belongs to the single {g}:Registry; with {g}:Registries give each registry its own Zones");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var zones = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < registries.Count; i++)
        {
            var r = registries[i];
            var key = listed ? string.Create(CultureInfo.InvariantCulture, $"{g}:Registries:{i}") : $"{g}:Registry";
            var label = listed ? $"{key} ({r.Name})" : key;
            if (string.IsNullOrWhiteSpace(r.Name) || !r.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                errors.Add($"{key}:Name is required: letters, digits, '-', '_' or '.' (it names the registry in logs, the store and `rrp2epp messages`)");
            }
            else if (!names.Add(r.Name))
            {
                errors.Add($"{label}:Name is used by another registry");
            }

            if (r.Zones.Count == 0)
            {
                errors.Add($"{label}:Zones: at least one zone is needed");
            }

            foreach (var zone in r.Zones)
            {
                if (zones.TryGetValue(zone, out var other))
                {
                    errors.Add($"{label}:Zones: '{zone}' is already routed to {other}");
                }
                else
                {
                    zones[zone] = r.Name ?? key;
                }
            }

            if (r.TimeZone is not null && !GatewayOptionsValidator.TryFindZone(r.TimeZone, out _))
            {
                errors.Add($"{label}:TimeZone '{r.TimeZone}' is not a known time zone (use an IANA name such as America/New_York)");
            }

            if (r.PoolSize is < 1 or > 100)
            {
                errors.Add($"{label}:PoolSize must be 1-100");
            }

            CheckConnection(r, label, errors, hasEppClientCertificate);
            CheckAccounts(r, label, errors);

            // The profile's own rules (zones, terms, handles, authInfo shape): one source of truth.
            var profileKey = listed || options.Registry.Profile is not null ? $"{label}:Profile" : $"{g}:Profile";
            foreach (var error in TranslationSetup.BuildProfile(options, r).Validate())
            {
                errors.Add($"{profileKey}: {error}");
            }
        }

        if (registries.Count(r => r.Default) > 1)
        {
            errors.Add($"{g}:Registries: at most one registry may be the Default route (of name servers outside every zone)");
        }

        var passThrough = registries.Count(r => r.Credentials == CredentialMode.PassThrough);
        if (passThrough != 1)
        {
            errors.Add($"{g}:Registries: exactly one registry must have Credentials PassThrough (RRP logins and -NewPassword are verified there); {passThrough} have");
        }
    }

    private static void CheckConnection(RegistryOptions r, string label, List<string> errors, bool hasEppClientCertificate)
    {
        var probe = new EppConnectionOptions
        {
            Host = r.Host,
            Port = r.Port,
            TargetHost = r.TargetHost,
            PinnedServerCertificates = r.PinnedServerCertificates,
            ConnectTimeout = r.ConnectTimeout,
            CommandTimeout = r.CommandTimeout,
            ClientTransactionIdPrefix = r.ClientTransactionIdPrefix,
        };

        // The certificate is checked when it is loaded; every other rule is the EPP client's own.
        foreach (var error in probe.Validate().Where(e => !e.StartsWith(nameof(EppConnectionOptions.ClientCertificate), StringComparison.Ordinal)))
        {
            errors.Add($"{label}: {error}");
        }

        if (!hasEppClientCertificate && string.IsNullOrWhiteSpace(r.ClientCertificatePath))
        {
            errors.Add($"{label}:ClientCertificatePath is required: EPP uses mutual TLS (RFC 5734 §9)");
        }

        GatewayOptionsValidator.RequireFile(errors, $"{label}:ClientCertificatePath", r.ClientCertificatePath);
        GatewayOptionsValidator.RequireFile(errors, $"{label}:TrustedCertificateAuthorities", r.TrustedCertificateAuthorities);
        if (r.ReconnectAttempts is < 1 or > 10)
        {
            errors.Add($"{label}:ReconnectAttempts must be 1-10");
        }

        if (r.ReconnectBackoff < TimeSpan.Zero || r.ReconnectBackoff > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{label}:ReconnectBackoff must be 0 to 60 seconds");
        }

        if (!Enum.IsDefined(r.Credentials))
        {
            errors.Add($"{label}:Credentials must be PassThrough or Mapped");
        }
    }

    private static void CheckAccounts(RegistryOptions r, string label, List<string> errors)
    {
        var thick = (r.Profile?.Contacts ?? ContactModel.Thin) == ContactModel.Thick;
        if (r.Credentials == CredentialMode.Mapped && r.Registrars.Count == 0)
        {
            errors.Add($"{label}:Registrars: Credentials Mapped needs each registrar's ClientId and Password");
        }

        if (thick && r.Registrars.Count == 0)
        {
            errors.Add($"{label}:Registrars: a thick registry needs each registrar's contact handles (Registrars:<registrar>:Contacts:Registrant ...)");
        }

        foreach (var (registrar, account) in r.Registrars)
        {
            var at = $"{label}:Registrars:{registrar}";
            if (r.Credentials == CredentialMode.Mapped)
            {
                if (!SessionMapping.IsEppClientId(account?.ClientId))
                {
                    errors.Add($"{at}:ClientId is required for registrar '{registrar}' (Credentials Mapped): 3-16 characters");
                }

                if (!SessionMapping.IsEppPassword(account?.Password))
                {
                    errors.Add($"{at}:Password is required for registrar '{registrar}' (Credentials Mapped): 6-16 characters, no spaces at its ends");
                }
            }
            else if (account?.ClientId is not null || account?.Password is not null)
            {
                errors.Add($"{at}: ClientId and Password are for Credentials Mapped; with PassThrough the RRP login is the EPP login");
            }

            if (thick && string.IsNullOrWhiteSpace(account?.Contacts?.Registrant))
            {
                errors.Add($"{at}:Contacts:Registrant is missing: registry '{r.Name}' is thick, so registrar '{registrar}' needs contact handles for its creates");
            }
        }
    }
}
