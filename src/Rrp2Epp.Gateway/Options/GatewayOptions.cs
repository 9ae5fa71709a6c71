namespace Rrp2Epp.Gateway.Options;

/// <summary>
/// Everything the gateway reads from configuration (section <c>Gateway</c>: appsettings.json, then
/// environment variables such as <c>RRP2EPP__Gateway__Registry__Host</c>, then the command line).
/// Immutable once bound; <see cref="GatewayOptionsValidator"/> reports every problem at once at start-up.
/// </summary>
public sealed record GatewayOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Gateway";

    /// <summary>The name in the RRP banner (<c>&lt;name&gt; RRP Server version x.y.z</c>).</summary>
    public string RegistryName { get; init; } = "Rrp2Epp";

    /// <summary>The IANA (or Windows) time zone RRP time stamps are written in (RRP has no zone on the wire).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// The single registry's zones (TLDs); a domain elsewhere is answered 541 without an EPP exchange. Configuring them
    /// replaces the default list (com, net). Not used with <see cref="Registries"/>, whose entries name their own.
    /// </summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>The zones served when none are configured.</summary>
    public static IReadOnlyList<string> DefaultZones { get; } = ["com", "net"];

    /// <summary>How the translations treat the single registry (RRP rules, terms, contacts, host model ...).</summary>
    public ProfileOptions Profile { get; init; } = new();

    /// <summary>
    /// A folder whose <c>results.csv</c>, <c>statuses.csv</c> and <c>failures.csv</c> replace the built-in tables file by
    /// file; none (the default): the tables embedded in the build. Loaded and validated at start-up.
    /// </summary>
    public string? MappingsFolder { get; init; }

    /// <summary>The RRP listeners; none configured means one on 0.0.0.0:648 speaking 2.0.0.</summary>
    public IReadOnlyList<RrpListenerOptions> Listeners { get; init; } = [];

    /// <summary>Session rules: idle timeout, session cap, shutdown grace.</summary>
    public RrpSessionOptions Sessions { get; init; } = new();

    /// <summary>The EPP registry behind the gateway in the single-registry form (with <see cref="Zones"/> and <see cref="Profile"/>).</summary>
    public RegistryOptions Registry { get; init; } = new();

    /// <summary>
    /// Several registries, each with its zones, profile and credentials: a name goes to the registry of its longest
    /// configured zone suffix. When set, <see cref="Registry"/>, <see cref="Zones"/> and <see cref="Profile"/> are not used.
    /// </summary>
    public IReadOnlyList<RegistryOptions> Registries { get; init; } = [];

    /// <summary>Pooled or dedicated EPP sessions, pool size, waits, keep-alive and poll drain.</summary>
    public EppSessionOptions EppSessions { get; init; } = new();

    /// <summary>Where the gateway keeps its state (authInfo, unresolved objects, pending rotations).</summary>
    public StoreOptions Store { get; init; } = new();

    /// <summary>How generated authInfo values look.</summary>
    public AuthInfoOptions AuthInfo { get; init; } = new();

    /// <summary>
    /// The registries in force, each complete: the configured list, or the single registry with
    /// <see cref="RegistryName"/>, <see cref="Zones"/> (or com and net) and <see cref="Profile"/> filled in.
    /// </summary>
    public IReadOnlyList<RegistryOptions> EffectiveRegistries => Registries.Count > 0
        ? [.. Registries.Select(r => r with { Profile = r.Profile ?? new ProfileOptions() })]
        : [Registry with
        {
            Name = Registry.Name ?? RegistryName,
            Zones = Registry.Zones.Count > 0 ? Registry.Zones : Zones.Count > 0 ? Zones : DefaultZones,
            Profile = Registry.Profile ?? Profile,
            Default = true,
        }];

    /// <summary>The listeners in force: the configured ones, or the single default.</summary>
    public IReadOnlyList<RrpListenerOptions> EffectiveListeners => Listeners.Count > 0 ? Listeners : [new RrpListenerOptions()];
}
