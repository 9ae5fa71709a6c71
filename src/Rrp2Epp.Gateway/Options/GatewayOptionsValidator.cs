using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Options;

/// <summary>Checks <see cref="GatewayOptions"/> and reports every problem at once, each naming its configuration key.</summary>
/// <param name="hasEppClientCertificate">True when the host supplies the EPP client certificate in code (demo, tests).</param>
public sealed class GatewayOptionsValidator(bool hasEppClientCertificate = false) : IValidateOptions<GatewayOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Check(options, hasEppClientCertificate);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>
    /// Every problem with <paramref name="options"/>; empty when they are usable. <paramref name="hasEppClientCertificate"/>:
    /// the host supplies the EPP client certificate in code, so no registry needs a certificate file.
    /// </summary>
    public static IReadOnlyList<string> Check(GatewayOptions options, bool hasEppClientCertificate = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string g = GatewayOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.RegistryName) || !options.RegistryName.All(c => c is >= ' ' and <= '~'))
        {
            errors.Add($"{g}:RegistryName must be printable ASCII (it is the banner's first word)");
        }

        if (!TryFindZone(options.TimeZone, out _))
        {
            errors.Add($"{g}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA name such as America/New_York)");
        }

        CheckListeners(options.EffectiveListeners, errors);
        CheckSessions(options.Sessions, errors);
        CheckEppSessions(options.EppSessions, errors);
        RegistryOptionsValidator.Check(options, errors, hasEppClientCertificate);
        errors.AddRange(CheckStore(options.Store));

        // The tables are checked by their own rules: one source of truth.
        try
        {
            _ = TranslationSetup.LoadTables(options);
        }
        catch (MappingTableException e)
        {
            var folder = $"{g}:MappingsFolder '{options.MappingsFolder}'";
            errors.AddRange(e.Errors.Count == 0 ? [$"{folder}: {e.Message}"] : e.Errors.Select(t => $"{folder}: {t}"));
        }

        return errors;
    }

    /// <summary>Every problem with the store settings (also what <c>rrp2epp authinfo</c> checks); empty when usable.</summary>
    public static IReadOnlyList<string> CheckStore(StoreOptions store)
    {
        ArgumentNullException.ThrowIfNull(store);
        const string key = GatewayOptions.SectionName + ":Store";
        var errors = new List<string>();
        switch (store.Provider)
        {
            case StoreProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(store.DataDirectory))
                {
                    errors.Add($"{key}:DataDirectory must not be empty");
                }

                if (string.IsNullOrWhiteSpace(store.FileName) || store.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                {
                    errors.Add($"{key}:FileName must be a plain file name");
                }

                break;
            case StoreProvider.PostgreSql:
                CheckConnectionString(store, $"{key}:ConnectionString", errors);
                break;
            default:
                errors.Add($"{key}:Provider must be Sqlite or PostgreSql");
                break;
        }

        return errors;
    }

    /// <summary>Finds a zone by IANA or Windows id (UTC also as "UTC").</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!);
    }

    private static void CheckListeners(IReadOnlyList<RrpListenerOptions> listeners, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < listeners.Count; i++)
        {
            var l = listeners[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"{GatewayOptions.SectionName}:Listeners:{i}");
            if (!IPAddress.TryParse(l.Address, out _))
            {
                errors.Add($"{key}:Address '{l.Address}' is not an IP address");
            }

            if (l.Port is < 0 or > 65535)
            {
                errors.Add($"{key}:Port must be 0-65535");
            }
            else if (l.Port != 0 && !seen.Add($"{l.Address}:{l.Port}"))
            {
                errors.Add($"{key}: {l.Address}:{l.Port} is used by another listener");
            }

            if (!RrpVersions.TryParse(l.Version, out _))
            {
                errors.Add($"{key}:Version must be 1.1.0 or 2.0.0");
            }

            if (!Enum.IsDefined(l.ClientCertificates))
            {
                errors.Add($"{key}:ClientCertificates must be None, Optional or Required");
            }

            if (l.ClientCertificates == ClientCertificatePolicy.Required && string.IsNullOrWhiteSpace(l.ClientCertificateAuthorities) && l.AllowedClientCertificates.Count == 0)
            {
                errors.Add($"{key}: ClientCertificates=Required needs ClientCertificateAuthorities or AllowedClientCertificates");
            }

            for (var j = 0; j < l.AllowedClientCertificates.Count; j++)
            {
                if (EppConnectionOptions.NormalizeThumbprint(l.AllowedClientCertificates[j]) is null)
                {
                    errors.Add($"{key}:AllowedClientCertificates:{j} is not a SHA-256 thumbprint (64 hex digits)");
                }
            }

            RequireFile(errors, $"{key}:CertificatePath", l.CertificatePath);
            RequireFile(errors, $"{key}:ClientCertificateAuthorities", l.ClientCertificateAuthorities);
            if (l.LegacyTls && !OperatingSystem.IsLinux())
            {
                errors.Add($"{key}:LegacyTls works on Linux only (it needs OpenSSL's per-connection security level)");
            }

            if (l.HandshakeTimeout <= TimeSpan.Zero)
            {
                errors.Add($"{key}:HandshakeTimeout must be positive");
            }
        }
    }

    private static void CheckSessions(RrpSessionOptions s, List<string> errors)
    {
        const string key = GatewayOptions.SectionName + ":Sessions";
        if (s.IdleTimeout <= TimeSpan.Zero || s.IdleTimeout > TimeSpan.FromDays(1))
        {
            errors.Add($"{key}:IdleTimeout must be positive and at most a day");
        }

        if (s.MaxSessionsPerRegistrar < 1)
        {
            errors.Add($"{key}:MaxSessionsPerRegistrar must be at least 1");
        }

        if (s.ShutdownGrace < TimeSpan.Zero || s.ShutdownGrace > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{key}:ShutdownGrace must be 0 to 60 seconds");
        }

        if (s.MaxStepsPerCommand < 1)
        {
            errors.Add($"{key}:MaxStepsPerCommand must be at least 1");
        }
    }

    private static void CheckEppSessions(EppSessionOptions s, List<string> errors)
    {
        const string key = GatewayOptions.SectionName + ":EppSessions";
        if (!Enum.IsDefined(s.Mode))
        {
            errors.Add($"{key}:Mode must be Pooled or Dedicated");
        }

        if (s.PoolSize is < 1 or > 100)
        {
            errors.Add($"{key}:PoolSize must be 1-100");
        }

        foreach (var (name, value, max) in new[]
                 {
                     ("AcquireTimeout", s.AcquireTimeout, TimeSpan.FromMinutes(5)), ("KeepAliveInterval", s.KeepAliveInterval, TimeSpan.FromDays(1)),
                     ("PollInterval", s.PollInterval, TimeSpan.FromDays(1)), ("MaintenanceInterval", s.MaintenanceInterval, TimeSpan.FromDays(1)),
                     ("LoginVerificationLifetime", s.LoginVerificationLifetime, TimeSpan.FromDays(7)), ("MaxReconnectBackoff", s.MaxReconnectBackoff, TimeSpan.FromHours(1)),
                 })
        {
            if (value <= TimeSpan.Zero || value > max)
            {
                errors.Add($"{key}:{name} must be positive and at most {max:c}");
            }
        }
    }

    private static void CheckConnectionString(StoreOptions store, string key, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            errors.Add($"{key} is required with Provider=PostgreSql (e.g. Host=db;Database=rrp2epp;Username=rrp2epp;Password=...)");
            return;
        }

        if (store.ParseConnectionString() is not { } builder)
        {
            // The parser's message may quote a fragment of the value, and the value may hold the password: never shown.
            errors.Add($"{key} is not a valid Npgsql connection string (Key=value pairs separated by ';'; the value is not shown, it may hold a password)");
            return;
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            errors.Add($"{key} names no Host");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            errors.Add($"{key} names no Database");
        }
    }

    internal static void RequireFile(List<string> errors, string key, string? path)
    {
        if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
        {
            errors.Add($"{key}: file '{path}' does not exist");
        }
    }
}
