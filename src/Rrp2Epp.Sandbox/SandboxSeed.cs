using System.Globalization;
using System.Text.Json;

namespace Rrp2Epp.Sandbox;

/// <summary>A registrar account of the seed.</summary>
public sealed record SeedRegistrar(string Id, string Password);

/// <summary>A host object of the seed.</summary>
public sealed record SeedHost(string Name, string Sponsor, IReadOnlyList<string> Addresses, IReadOnlyList<string> Statuses);

/// <summary>A pending transfer of a seeded domain.</summary>
public sealed record SeedTransfer(string Status, string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? ActionBy);

/// <summary>A domain of the seed.</summary>
public sealed record SeedDomain(
    string Name,
    string Sponsor,
    DateTimeOffset Created,
    DateTimeOffset Expires,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Nameservers,
    string AuthInfo,
    string? RgpStatus,
    SeedTransfer? Transfer);

/// <summary>
/// The sandbox's starting state, in the format of <c>shared/sandbox-seed.md</c> (field names and
/// meanings kept exactly). <see cref="Parse"/> checks everything that does not depend on the
/// registry's policies; the registry checks the rest when it loads the seed. Both report every
/// error at once, each naming the object and the field.
/// </summary>
public sealed record SandboxSeed(
    DateTimeOffset? Clock,
    IReadOnlyList<SeedRegistrar> Registrars,
    IReadOnlyList<SeedHost> Hosts,
    IReadOnlyList<SeedDomain> Domains)
{
    internal static readonly string[] DomainStatusNames =
    [
        "ok", "inactive", "clientHold", "serverHold", "clientDeleteProhibited", "clientRenewProhibited",
        "clientTransferProhibited", "clientUpdateProhibited", "serverDeleteProhibited", "serverRenewProhibited",
        "serverTransferProhibited", "serverUpdateProhibited", "pendingDelete", "pendingTransfer",
    ];

    internal static readonly string[] RgpStatusNames =
        ["addPeriod", "renewPeriod", "autoRenewPeriod", "transferPeriod", "redemptionPeriod", "pendingRestore", "pendingDelete"];

    /// <summary>The state used when no seed is given: two registrars, nothing registered.</summary>
    public static SandboxSeed Demo { get; } = new(
        null,
        [new SeedRegistrar("registrarA", "i-am-registrarA"), new SeedRegistrar("registrarB", "i-am-registrarB")],
        [],
        []);

    /// <summary>Reads and checks a seed file.</summary>
    /// <exception cref="SandboxSeedException">The file cannot be read or breaks a rule.</exception>
    public static SandboxSeed Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SandboxSeedException([$"seed file {path}: {e.Message}"]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and checks seed JSON.</summary>
    /// <exception cref="SandboxSeedException">The JSON breaks a rule.</exception>
    public static SandboxSeed Parse(string json, string source = "seed")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new SandboxSeedException([$"{source}: not valid JSON: {e.Message}"]);
        }

        using (document)
        {
            var reader = new SeedReader();
            var seed = reader.Read(document.RootElement);
            if (reader.Errors.Count > 0)
            {
                throw new SandboxSeedException(reader.Errors);
            }

            return seed;
        }
    }

    /// <summary>Walks the JSON, collecting every error with the object and field it concerns.</summary>
    private sealed class SeedReader
    {
        public List<string> Errors { get; } = [];

        public SandboxSeed Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Errors.Add("seed: the top level must be a JSON object");
                return Demo;
            }

            Unknown(root, "seed", "clock", "registrars", "hosts", "domains");
            DateTimeOffset? clock = null;
            if (root.TryGetProperty("clock", out var c) && c.ValueKind != JsonValueKind.Null)
            {
                clock = Date(c, "seed", "clock");
            }

            var registrars = Array(root, "registrars", "seed", required: true).Select((e, i) => Registrar(e, i)).ToList();
            var hosts = Array(root, "hosts", "seed", required: false).Select((e, i) => Host(e, i)).ToList();
            var domains = Array(root, "domains", "seed", required: false).Select((e, i) => Domain(e, i)).ToList();
            CrossCheck(registrars, hosts, domains);
            return new SandboxSeed(clock, registrars, hosts, domains);
        }

        private SeedRegistrar Registrar(JsonElement e, int i)
        {
            var where = $"registrars[{i}]";
            if (!IsObject(e, where))
            {
                return new SeedRegistrar("", "");
            }

            var id = String(e, "id", where, required: true) ?? "";
            where = $"registrars[{i}] \"{id}\"";
            Unknown(e, where, "id", "password");
            if (id.Length is < 3 or > 16 || id.Any(char.IsWhiteSpace))
            {
                Errors.Add($"{where}: field \"id\": an EPP client id has 3-16 characters and no spaces");
            }

            var password = String(e, "password", where, required: true) ?? "";
            if (password.Length is < 6 or > 16 || password != password.Trim())
            {
                Errors.Add($"{where}: field \"password\": an EPP password has 6-16 characters (no leading or trailing spaces)");
            }

            return new SeedRegistrar(id, password);
        }

        private SeedHost Host(JsonElement e, int i)
        {
            var where = $"hosts[{i}]";
            if (!IsObject(e, where))
            {
                return new SeedHost("", "", [], []);
            }

            var name = DomainNames.Normalize(String(e, "name", where, required: true) ?? "");
            where = $"hosts[{i}] \"{name}\"";
            Unknown(e, where, "name", "sponsor", "addresses", "statuses");
            if (!DomainNames.IsValidHostName(name))
            {
                Errors.Add($"{where}: field \"name\": not a valid host name");
            }

            var sponsor = String(e, "sponsor", where, required: true) ?? "";
            var addresses = new List<string>();
            foreach (var text in Strings(e, "addresses", where))
            {
                var canonical = DomainNames.CanonicalAddress(text, text.Contains(':', StringComparison.Ordinal) ? "v6" : "v4");
                if (canonical is null)
                {
                    Errors.Add($"{where}: field \"addresses\": '{text}' is not an IPv4 or IPv6 address");
                }
                else if (addresses.Contains(canonical))
                {
                    Errors.Add($"{where}: field \"addresses\": '{text}' is listed twice");
                }
                else
                {
                    addresses.Add(canonical);
                }
            }

            var statuses = Strings(e, "statuses", where);
            foreach (var s in statuses)
            {
                if (s is not ("ok" or "linked") && (ObjectStatuses.Parse(s) is not { } flag || (flag & ObjectStatuses.HostMask) == 0))
                {
                    Errors.Add($"{where}: field \"statuses\": '{s}' is not a host status a seed can set (ok, linked, client/serverDeleteProhibited, client/serverUpdateProhibited)");
                }
            }

            if (statuses.Contains("ok") && statuses.Any(s => s is not ("ok" or "linked")))
            {
                Errors.Add($"{where}: field \"statuses\": 'ok' cannot be combined with other statuses (RFC 5732 §2.3)");
            }

            return new SeedHost(name, sponsor, addresses, statuses);
        }

        private SeedDomain Domain(JsonElement e, int i)
        {
            var where = $"domains[{i}]";
            if (!IsObject(e, where))
            {
                return new SeedDomain("", "", default, default, [], [], "", null, null);
            }

            var name = DomainNames.Normalize(String(e, "name", where, required: true) ?? "");
            where = $"domains[{i}] \"{name}\"";
            Unknown(e, where, "name", "sponsor", "created", "expires", "statuses", "nameservers", "authInfo", "rgpStatus", "transfer");
            if (!DomainNames.IsValidHostName(name))
            {
                Errors.Add($"{where}: field \"name\": not a valid domain name");
            }

            var sponsor = String(e, "sponsor", where, required: true) ?? "";
            var created = e.TryGetProperty("created", out var cr) ? Date(cr, where, "created") : Missing(where, "created");
            var expires = e.TryGetProperty("expires", out var ex) ? Date(ex, where, "expires") : Missing(where, "expires");
            if (created != default && expires != default && expires <= created)
            {
                Errors.Add($"{where}: field \"expires\": must be later than \"created\"");
            }

            var statuses = Strings(e, "statuses", where);
            var nameservers = Strings(e, "nameservers", where).Select(DomainNames.Normalize).ToList();
            foreach (var ns in nameservers)
            {
                if (!DomainNames.IsValidHostName(ns))
                {
                    Errors.Add($"{where}: field \"nameservers\": '{ns}' is not a valid host name");
                }
            }

            if (nameservers.Distinct(StringComparer.Ordinal).Count() != nameservers.Count)
            {
                Errors.Add($"{where}: field \"nameservers\": a name server is listed twice");
            }

            var authInfo = String(e, "authInfo", where, required: true) ?? "";
            if (authInfo.Length is 0)
            {
                Errors.Add($"{where}: field \"authInfo\": must not be empty");
            }

            string? rgp = null;
            if (e.TryGetProperty("rgpStatus", out var r) && r.ValueKind != JsonValueKind.Null)
            {
                rgp = r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                if (rgp is null || !RgpStatusNames.Contains(rgp))
                {
                    Errors.Add($"{where}: field \"rgpStatus\": must be null or one of {string.Join(", ", RgpStatusNames)}");
                    rgp = null;
                }
            }

            SeedTransfer? transfer = null;
            if (e.TryGetProperty("transfer", out var t) && t.ValueKind != JsonValueKind.Null)
            {
                transfer = Transfer(t, where);
            }

            CheckDomainStatuses(where, statuses, rgp, transfer);
            return new SeedDomain(name, sponsor, created, expires, statuses, nameservers, authInfo, rgp, transfer);
        }

        private SeedTransfer? Transfer(JsonElement t, string where)
        {
            if (!IsObject(t, where + " field \"transfer\""))
            {
                return null;
            }

            var w = where + " field \"transfer\"";
            Unknown(t, w, "status", "requestedBy", "requestedAt", "actionBy");
            var status = String(t, "status", w, required: true) ?? "";
            if (status != "pending")
            {
                Errors.Add($"{where}: field \"transfer.status\": only \"pending\" can be seeded");
            }

            var by = String(t, "requestedBy", w, required: true) ?? "";
            var at = t.TryGetProperty("requestedAt", out var a) ? Date(a, where, "transfer.requestedAt") : Missing(where, "transfer.requestedAt");
            DateTimeOffset? actionBy = null;
            if (t.TryGetProperty("actionBy", out var b) && b.ValueKind != JsonValueKind.Null)
            {
                actionBy = Date(b, where, "transfer.actionBy");
                if (actionBy < at)
                {
                    Errors.Add($"{where}: field \"transfer.actionBy\": must not be before \"requestedAt\"");
                }
            }

            return new SeedTransfer(status, by, at, actionBy);
        }

        private void CheckDomainStatuses(string where, IReadOnlyList<string> statuses, string? rgp, SeedTransfer? transfer)
        {
            foreach (var s in statuses)
            {
                if (!DomainStatusNames.Contains(s))
                {
                    var hint = s is "pendingCreate" or "pendingRenew" or "pendingUpdate"
                        ? "the sandbox has no offline review, so it cannot hold this status"
                        : "allowed: " + string.Join(", ", DomainStatusNames);
                    Errors.Add($"{where}: field \"statuses\": '{s}' is not a domain status a seed can set ({hint})");
                }
            }

            if (statuses.Distinct(StringComparer.Ordinal).Count() != statuses.Count)
            {
                Errors.Add($"{where}: field \"statuses\": a status is listed twice");
            }

            if (statuses.Contains("ok") && statuses.Count > 1)
            {
                Errors.Add($"{where}: field \"statuses\": 'ok' cannot be combined with other statuses (RFC 5731 §2.3)");
            }

            var pendingDelete = statuses.Contains("pendingDelete");
            var pendingTransfer = statuses.Contains("pendingTransfer");
            if (pendingDelete && pendingTransfer)
            {
                Errors.Add($"{where}: field \"statuses\": two pending* statuses cannot be combined (RFC 5731 §2.3)");
            }

            if (pendingDelete && statuses.Any(s => s.EndsWith("DeleteProhibited", StringComparison.Ordinal)))
            {
                Errors.Add($"{where}: field \"statuses\": pendingDelete cannot be combined with *DeleteProhibited (RFC 5731 §2.3)");
            }

            if (pendingTransfer && statuses.Any(s => s.EndsWith("TransferProhibited", StringComparison.Ordinal)))
            {
                Errors.Add($"{where}: field \"statuses\": pendingTransfer cannot be combined with *TransferProhibited (RFC 5731 §2.3)");
            }

            var deletedRgp = rgp is "redemptionPeriod" or "pendingRestore" or "pendingDelete";
            if (pendingDelete != deletedRgp)
            {
                Errors.Add(pendingDelete
                    ? $"{where}: field \"rgpStatus\": a pendingDelete domain needs rgpStatus redemptionPeriod, pendingRestore or pendingDelete (RFC 3915 §2)"
                    : $"{where}: field \"statuses\": rgpStatus {rgp} needs the EPP status pendingDelete (RFC 3915 §2)");
            }

            if (pendingTransfer != (transfer is not null))
            {
                Errors.Add(pendingTransfer
                    ? $"{where}: field \"transfer\": a pendingTransfer domain needs a pending transfer"
                    : $"{where}: field \"statuses\": a domain with a pending transfer needs the status pendingTransfer");
            }
        }

        private void CrossCheck(List<SeedRegistrar> registrars, List<SeedHost> hosts, List<SeedDomain> domains)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < registrars.Count; i++)
            {
                if (!ids.Add(registrars[i].Id))
                {
                    Errors.Add($"registrars[{i}] \"{registrars[i].Id}\": field \"id\": registrar id used twice");
                }
            }

            var hostNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < hosts.Count; i++)
            {
                var h = hosts[i];
                if (!hostNames.Add(h.Name))
                {
                    Errors.Add($"hosts[{i}] \"{h.Name}\": field \"name\": host listed twice");
                }

                if (!ids.Contains(h.Sponsor))
                {
                    Errors.Add($"hosts[{i}] \"{h.Name}\": field \"sponsor\": unknown registrar \"{h.Sponsor}\"");
                }
            }

            var domainNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < domains.Count; i++)
            {
                var d = domains[i];
                var where = $"domains[{i}] \"{d.Name}\"";
                if (!domainNames.Add(d.Name))
                {
                    Errors.Add($"{where}: field \"name\": domain listed twice");
                }

                if (!ids.Contains(d.Sponsor))
                {
                    Errors.Add($"{where}: field \"sponsor\": unknown registrar \"{d.Sponsor}\"");
                }

                if (d.Transfer is { } t)
                {
                    if (!ids.Contains(t.RequestedBy))
                    {
                        Errors.Add($"{where}: field \"transfer.requestedBy\": unknown registrar \"{t.RequestedBy}\"");
                    }
                    else if (t.RequestedBy == d.Sponsor)
                    {
                        Errors.Add($"{where}: field \"transfer.requestedBy\": the sponsor cannot request its own domain");
                    }
                }
            }
        }

        private bool IsObject(JsonElement e, string where)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Errors.Add($"{where}: must be a JSON object");
            return false;
        }

        private void Unknown(JsonElement e, string where, params string[] known)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (!known.Contains(p.Name))
                {
                    Errors.Add($"{where}: field \"{p.Name}\": unknown field (known: {string.Join(", ", known)})");
                }
            }
        }

        private IEnumerable<JsonElement> Array(JsonElement e, string field, string where, bool required)
        {
            if (!e.TryGetProperty(field, out var a) || a.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Errors.Add($"{where}: field \"{field}\": required");
                }

                return [];
            }

            if (a.ValueKind != JsonValueKind.Array)
            {
                Errors.Add($"{where}: field \"{field}\": must be an array");
                return [];
            }

            return a.EnumerateArray().ToList();
        }

        private List<string> Strings(JsonElement e, string field, string where)
        {
            var list = new List<string>();
            foreach (var item in Array(e, field, where, required: false))
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add(item.GetString()!);
                }
                else
                {
                    Errors.Add($"{where}: field \"{field}\": every item must be a string");
                }
            }

            return list;
        }

        private string? String(JsonElement e, string field, string where, bool required)
        {
            if (!e.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Errors.Add($"{where}: field \"{field}\": required");
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                Errors.Add($"{where}: field \"{field}\": must be a string");
                return null;
            }

            return v.GetString();
        }

        private DateTimeOffset Missing(string where, string field)
        {
            Errors.Add($"{where}: field \"{field}\": required");
            return default;
        }

        private DateTimeOffset Date(JsonElement v, string where, string field)
        {
            var text = v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
                && text.Contains('T', StringComparison.Ordinal)
                && (text.EndsWith('Z') || text.EndsWith("+00:00", StringComparison.Ordinal)))
            {
                return value;
            }

            Errors.Add($"{where}: field \"{field}\": '{text}' is not a UTC date-time (ISO 8601 with Z, e.g. 2003-11-18T15:27:00Z)");
            return default;
        }
    }
}

/// <summary>A seed that breaks the format or a rule; <see cref="Exception.Message"/> lists every error.</summary>
public sealed class SandboxSeedException(IReadOnlyList<string> errors)
    : Exception("Bad sandbox seed: " + string.Join("; ", errors))
{
    /// <summary>Each error, naming the object and the field.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
