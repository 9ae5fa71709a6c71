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
    /// The zones (TLDs) the registry serves; a domain elsewhere is answered 541 without an EPP exchange. Configuring
    /// them replaces the default list (see <see cref="EffectiveZones"/>).
    /// </summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>The zones in force: the configured ones, or com and net.</summary>
    public IReadOnlyList<string> EffectiveZones => Zones.Count > 0 ? Zones : DefaultZones;

    /// <summary>The zones served when none are configured.</summary>
    public static IReadOnlyList<string> DefaultZones { get; } = ["com", "net"];

    /// <summary>How the translations treat the registry (RRP rules, terms, documentation addresses ...).</summary>
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

    /// <summary>The EPP registry behind the gateway.</summary>
    public RegistryOptions Registry { get; init; } = new();

    /// <summary>Where the gateway keeps its state (authInfo, unresolved objects, pending rotations).</summary>
    public StoreOptions Store { get; init; } = new();

    /// <summary>How generated authInfo values look.</summary>
    public AuthInfoOptions AuthInfo { get; init; } = new();

    /// <summary>The listeners in force: the configured ones, or the single default.</summary>
    public IReadOnlyList<RrpListenerOptions> EffectiveListeners => Listeners.Count > 0 ? Listeners : [new RrpListenerOptions()];
}
