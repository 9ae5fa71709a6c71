using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Epp.Pool;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.HostAttributes;
using Rrp2Epp.Gateway.Logging;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Poll;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Sessions;
using Rrp2Epp.Gateway.Store;
using Serilog;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>
/// Builds the gateway host: one code path for the <c>gateway</c> and <c>demo</c> verbs and the tests. A Generic Host
/// (ASP.NET Core's, for Kestrel) with options bound from configuration and validated at start (all errors at once),
/// Serilog, the store, the EPP session provider, and one Kestrel listener per configured RRP endpoint.
/// </summary>
public static class GatewayHost
{
    /// <summary>Builds (does not start) the host.</summary>
    public static WebApplication Create(GatewayHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        ConfigureConfiguration(builder.Configuration, settings);
        AddGateway(builder.Services, builder.Configuration, settings);
        builder.WebHost.ConfigureKestrel(ConfigureListeners);
        return builder.Build();
    }

    /// <summary>Starts the host, initialises the store, and records each listener's bound endpoint.</summary>
    /// <exception cref="OptionsValidationException">The configuration is invalid (every problem is listed).</exception>
    public static async Task StartGatewayAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        await app.Services.GetRequiredService<IGatewayStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var listener in app.Services.GetRequiredService<RrpListeners>().All)
        {
            listener.BoundEndPoint = listener.KestrelOptions?.IPEndPoint;
        }
    }

    /// <summary>The RRP listeners (bound endpoints are set once <see cref="StartGatewayAsync"/> returned).</summary>
    public static IReadOnlyList<RrpListener> RrpListeners(this WebApplication app) =>
        app.Services.GetRequiredService<RrpListeners>().All;

    /// <summary>The configuration sources in order: file, caller defaults, environment, command line, caller overrides.</summary>
    public static void ConfigureConfiguration(IConfigurationBuilder configuration, GatewayHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        configuration.Sources.Clear();
        if (settings.ConfigFile is not null)
        {
            configuration.AddJsonFile(Path.GetFullPath(settings.ConfigFile), optional: false, reloadOnChange: false);
        }

        configuration.AddInMemoryCollection(settings.Defaults);
        if (settings.UseEnvironmentVariables)
        {
            configuration.AddEnvironmentVariables(GatewayHostSettings.EnvironmentPrefix);
        }

        configuration.AddCommandLine([.. settings.Args]);
        configuration.AddInMemoryCollection(settings.Overrides);
    }

    /// <summary>Registers the gateway's services (replaceable afterwards through <see cref="GatewayHostSettings.ConfigureServices"/>).</summary>
    public static void AddGateway(IServiceCollection services, IConfiguration configuration, GatewayHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>>(new GatewayOptionsValidator(hasEppClientCertificate: settings.EppClientCertificate is not null));
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IHostLifetime, CallerHostLifetime>();
        services.AddSingleton(settings.Time ?? TimeProvider.System);
        // The host's own logger, not the static Log.Logger: with the static one, two hosts in one process (the tests run
        // several at once) write into whichever registered last, and disposing one silences the others.
        services.AddSerilog((_, logger) => GatewayLogging.Configure(logger, configuration, settings.ConfigureLogging), preserveStaticLogger: true);

        services.AddSingleton<GatewayCertificates>();
        services.AddSingleton<IEppExchangeObserver, EppExchangeLogger>();
        services.AddSingleton<RegistryRoutes>();
        services.AddSingleton<PollDrainer>();
        services.AddSingleton<EppSessionPools>();
        services.AddHostedService<EppPoolMaintenance>();
        services.AddSingleton<DedicatedEppSessionProvider>();
        services.AddSingleton<PooledEppSessionProvider>();
        services.TryAddSingleton<IEppSessionProvider>(sp => sp.GetRequiredService<IOptions<GatewayOptions>>().Value.EppSessions.Mode == EppSessionMode.Dedicated
            ? sp.GetRequiredService<DedicatedEppSessionProvider>()
            : sp.GetRequiredService<PooledEppSessionProvider>());
        services.AddSingleton<HostAttributeSupport>();
        services.TryAddSingleton<IGatewayStore>(sp => CreateStore(sp.GetRequiredService<IOptions<GatewayOptions>>().Value.Store));
        services.AddSingleton<TranslationSetup>();
        services.TryAddSingleton<IRrpTranslator, MappingTranslator>();
        services.AddSingleton<PlanExecutor>();
        services.AddSingleton<AuthInfoGenerator>();
        services.AddSingleton<AuthInfoRotator>();
        services.AddSingleton<EffectApplier>();
        services.AddSingleton<SessionLimiter>();
        services.AddSingleton<GatewayShutdown>();
        services.AddSingleton<RrpSessionServices>();
        services.AddSingleton(sp => new RrpListeners(sp.GetRequiredService<IOptions<GatewayOptions>>().Value.EffectiveListeners.Select(l => new RrpListener(l)).ToList()));
        services.AddHostedService<StartupReport>();
        settings.ConfigureServices?.Invoke(services);
    }

    /// <summary>The store the options name.</summary>
    public static IGatewayStore CreateStore(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StoreProvider.Sqlite => new SqliteGatewayStore(Path.Combine(options.DataDirectory, options.FileName)),
            StoreProvider.PostgreSql => new PostgreSqlGatewayStore(options.ConnectionString!),
            _ => throw new InvalidOperationException($"unknown store provider {options.Provider}"),
        };
    }

    private static void ConfigureListeners(WebHostBuilderContext context, KestrelServerOptions kestrel)
    {
        var services = kestrel.ApplicationServices;
        var certificates = services.GetRequiredService<GatewayCertificates>();
        var sessions = services.GetRequiredService<RrpSessionServices>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RrpTls));
        kestrel.AddServerHeader = false;
        foreach (var listener in services.GetRequiredService<RrpListeners>().All)
        {
            var handler = new RrpConnectionHandler(listener, sessions);
            kestrel.Listen(IPAddress.Parse(listener.Options.Address), listener.Options.Port, listen =>
            {
                listener.KestrelOptions = listen;
                listen.UseHttps(RrpTls.Options(listener.Options, certificates.ServerCertificate(listener.Options), logger));
                listen.Run(handler.OnConnectedAsync);
            });
        }
    }
}

/// <summary>The host's RRP listeners.</summary>
/// <param name="All">Every listener, in configuration order.</param>
public sealed record RrpListeners(IReadOnlyList<RrpListener> All);
