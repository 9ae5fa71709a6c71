using Rrp2Epp.Epp;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping;

namespace Rrp2Epp.Gateway.Routing;

/// <summary>
/// One registry as the gateway reaches it: its zones, the profile its translations use, how to connect, whose
/// credentials it gets and how many pooled sessions a registrar may hold there. Built once at start-up from a
/// validated <see cref="RegistryOptions"/>.
/// </summary>
public sealed class RegistryRoute
{
    internal RegistryRoute(RegistryOptions options, RegistryProfile profile, EppConnectionFactory connections, int poolSize, bool isDefault)
    {
        Options = options;
        Name = options.Name!;
        Profile = profile;
        Connections = connections;
        PoolSize = poolSize;
        IsDefault = isDefault;
        Zones = [.. options.Zones.Select(z => z.ToLowerInvariant())];
    }

    /// <summary>The registry's name (logs, store keys, <c>rrp2epp messages</c>).</summary>
    public string Name { get; }

    /// <summary>The zones routed here, lower case.</summary>
    public IReadOnlyList<string> Zones { get; }

    /// <summary>The registry's options as configured.</summary>
    public RegistryOptions Options { get; }

    /// <summary>The profile the translations use for names routed here (validated).</summary>
    public RegistryProfile Profile { get; }

    /// <summary>Connections to this registry.</summary>
    public EppConnectionFactory Connections { get; }

    /// <summary>Pooled EPP sessions per registrar at this registry, at most.</summary>
    public int PoolSize { get; }

    /// <summary>The route of name servers outside every configured zone.</summary>
    public bool IsDefault { get; }

    /// <summary>RRP logins (and password changes) are verified here: the registrar's RRP credentials are its EPP ones.</summary>
    public bool PassesCredentialsThrough => Options.Credentials == CredentialMode.PassThrough;

    /// <summary>The registrar's mapped credentials at this registry; null when it has none here (or credentials pass through).</summary>
    public EppCredentials? MappedCredentialsOf(string registrarId) =>
        !PassesCredentialsThrough && Options.Registrars.TryGetValue(registrarId, out var account) && account is { ClientId: { } id, Password: { } password }
            ? new EppCredentials(id, new EppSecret(password))
            : null;

    /// <summary>The RRP registrar a clID of this registry belongs to: itself where credentials pass through, else the mapped registrar (or itself when none is).</summary>
    public string RrpIdOf(string clientId) =>
        PassesCredentialsThrough
            ? clientId
            : Options.Registrars.FirstOrDefault(a => string.Equals(a.Value?.ClientId, clientId, StringComparison.Ordinal)).Key ?? clientId;

    /// <summary>The length of the longest zone of this route that <paramref name="name"/> lies strictly under (0: none).</summary>
    internal int MatchLength(string name)
    {
        var best = 0;
        foreach (var zone in Zones)
        {
            if (zone.Length > best && name.Length > zone.Length + 1 && name[name.Length - zone.Length - 1] == '.'
                && name.EndsWith(zone, StringComparison.OrdinalIgnoreCase))
            {
                best = zone.Length;
            }
        }

        return best;
    }

    /// <inheritdoc />
    public override string ToString() => $"registry {Name} ({string.Join(", ", Zones)}; {Options.Host}:{Options.Port})";
}
