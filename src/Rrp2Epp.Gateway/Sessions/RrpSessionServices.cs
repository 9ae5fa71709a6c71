using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.HostAttributes;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Poll;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>The shared services every RRP session uses (one instance per host).</summary>
public sealed class RrpSessionServices(
    IOptions<GatewayOptions> options,
    TimeProvider time,
    IEppSessionProvider eppSessions,
    RegistryRoutes routes,
    HostAttributeSupport hostObjects,
    PollDrainer drainer,
    PlanExecutor executor,
    IRrpTranslator translator,
    TranslationSetup setup,
    EffectApplier effects,
    AuthInfoRotator rotator,
    AuthInfoGenerator authInfo,
    IGatewayStore store,
    SessionLimiter limiter,
    GatewayShutdown shutdown,
    ILoggerFactory loggers)
{
    /// <summary>The options in force.</summary>
    public GatewayOptions Options { get; } = options.Value;

    /// <summary>The zone RRP time stamps and the banner use.</summary>
    public TimeZoneInfo Zone { get; } = GatewayOptionsValidator.TryFindZone(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The gateway's clock.</summary>
    public TimeProvider Time => time;

    /// <summary>EPP sessions.</summary>
    public IEppSessionProvider EppSessions => eppSessions;

    /// <summary>True in pooled mode (QUIT sends no logout; idle pool members drain the poll queues).</summary>
    public bool Pooled { get; } = options.Value.EppSessions.Mode == EppSessionMode.Pooled;

    /// <summary>The TLD routing table.</summary>
    public RegistryRoutes Routes => routes;

    /// <summary>Store-backed host objects for registries with host attributes.</summary>
    public HostAttributeSupport HostObjects => hostObjects;

    /// <summary>The poll queue drainer (dedicated mode drains between commands).</summary>
    public PollDrainer Drainer => drainer;

    /// <summary>The plan executor.</summary>
    public PlanExecutor Executor => executor;

    /// <summary>The translations.</summary>
    public IRrpTranslator Translator => translator;

    /// <summary>The registry profile and mapping tables (SESSION reads its rows there).</summary>
    public TranslationSetup Setup => setup;

    /// <summary>Effects after an answer.</summary>
    public EffectApplier Effects => effects;

    /// <summary>authInfo rotation after transfers.</summary>
    public AuthInfoRotator Rotator => rotator;

    /// <summary>authInfo generation.</summary>
    public AuthInfoGenerator AuthInfo => authInfo;

    /// <summary>The store.</summary>
    public IGatewayStore Store => store;

    /// <summary>The per-registrar session cap.</summary>
    public SessionLimiter Limiter => limiter;

    /// <summary>Shutdown state.</summary>
    public GatewayShutdown Shutdown => shutdown;

    /// <summary>Loggers.</summary>
    public ILoggerFactory Loggers => loggers;

    /// <summary>
    /// The logger every RRP session writes with: one for all of them, since each logger the factory makes carries its
    /// own caches (about 1 KB with Serilog) that an idle session would otherwise hold. The session's properties come
    /// from the log context, not from the logger.
    /// </summary>
    internal ILogger SessionLogger { get; } = loggers.CreateLogger<RrpSession>();
}
