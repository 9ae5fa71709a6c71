using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Routing;

namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>
/// Every pool of the gateway, one per registrar and registry, made on first use, and the verified login of each
/// registrar at the login registry (what its pass-through pools log in with). The maintenance service walks them.
/// </summary>
public sealed class EppSessionPools : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Registry, string Registrar), Lazy<EppSessionPool>> _pools = new();
    private readonly ConcurrentDictionary<string, VerifiedLogin> _verified = new(StringComparer.Ordinal);
    private readonly Dictionary<RegistryRoute, EppSessionOpener> _openers;
    private readonly EppSessionOptions _options;
    private readonly TimeProvider _time;
    private readonly IPoolDrain _drain;
    private readonly Func<double> _random;
    private readonly ILogger _logger;

    /// <summary>Creates the (empty) set of pools.</summary>
    public EppSessionPools(RegistryRoutes routes, IOptions<GatewayOptions> options, TimeProvider time, Poll.PollDrainer drain, ILogger<EppSessionPools> logger)
        : this(routes, options, time, drain, Random.Shared.NextDouble, logger)
    {
    }

    internal EppSessionPools(RegistryRoutes routes, IOptions<GatewayOptions> options, TimeProvider time, IPoolDrain drain, Func<double> random, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(options);
        Routes = routes;
        _options = options.Value.EppSessions;
        _time = time;
        _drain = drain;
        _random = random;
        _logger = logger;
        _openers = routes.All.ToDictionary(r => r, r => new EppSessionOpener(r, logger));
    }

    /// <summary>The routes the pools serve.</summary>
    public RegistryRoutes Routes { get; }

    /// <summary>A snapshot of every pool's counters, for logs and tests.</summary>
    public IReadOnlyList<EppPoolStatistics> Statistics =>
        [.. _pools.Values.Where(p => p.IsValueCreated).Select(p => p.Value).Select(p => new EppPoolStatistics(p.Route.Name, p.RegistrarId, p.Capacity, p.Slots, p.Idle, p.Leased, p.Waiting, p.Logins, p.Discarded))];

    /// <summary>The counters of one pool (zeros when it does not exist yet).</summary>
    public EppPoolStatistics StatisticsOf(string registry, string registrar) =>
        Statistics.FirstOrDefault(s => string.Equals(s.Registry, registry, StringComparison.OrdinalIgnoreCase) && s.Registrar == registrar)
        ?? new EppPoolStatistics(registry, registrar, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>One maintenance pass over every pool: keep-alive hellos, dead members dropped, poll queues drained when due.</summary>
    public async Task MaintainAsync(CancellationToken cancellationToken)
    {
        foreach (var pool in _pools.Values.Where(p => p.IsValueCreated).Select(p => p.Value))
        {
            try
            {
                await pool.MaintainAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Maintenance of the pool of {Registrar:l} at {Registry:l} failed", pool.RegistrarId, pool.Route.Name);
            }
        }
    }

    /// <summary>Completes when every poll drain running now has finished.</summary>
    public Task DrainsAsync() => Task.WhenAll(_pools.Values.Where(p => p.IsValueCreated).Select(p => p.Value.DrainsAsync()));

    /// <summary>Closes every pool (idle members log out).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values.Where(p => p.IsValueCreated))
        {
            await pool.Value.DisposeAsync().ConfigureAwait(false);
        }

        _pools.Clear();
    }

    /// <summary>True when SESSION may be answered from the verified login (no new password, not expired, the same password).</summary>
    internal bool IsVerified(EppCredentials credentials)
    {
        return credentials.NewPassword is null
               && _verified.TryGetValue(credentials.ClientId, out var login)
               && _time.GetUtcNow() - login.VerifiedAt < _options.LoginVerificationLifetime
               && login.Matches(credentials.Password);
    }

    /// <summary>Records what the login registry accepted and gives the connection that proved it to the registrar's pool.</summary>
    internal async Task AcceptLoginAsync(EppCredentials credentials, EppConnection connection)
    {
        _verified[credentials.ClientId] = new VerifiedLogin(credentials.NewPassword ?? credentials.Password, _time.GetUtcNow());
        await PoolOf(Routes.Login, credentials.ClientId).AdoptAsync(connection).ConfigureAwait(false);
    }

    /// <summary>The opener of a route (SESSION's own login uses it).</summary>
    internal EppSessionOpener OpenerOf(RegistryRoute route) => _openers[route];

    /// <summary>The pool of <paramref name="registrarId"/> at <paramref name="route"/>, made on first use.</summary>
    internal EppSessionPool PoolOf(RegistryRoute route, string registrarId) =>
        _pools.GetOrAdd((route.Name, registrarId), key => new Lazy<EppSessionPool>(() => Create(route, key.Registrar))).Value;

    private EppSessionPool Create(RegistryRoute route, string registrarId)
    {
        Func<EppCredentials?> credentials = route.PassesCredentialsThrough
            ? () => _verified.TryGetValue(registrarId, out var login) ? new EppCredentials(registrarId, login.Password) : null
            : () => route.MappedCredentialsOf(registrarId);
        var gate = new ReconnectGate(new ReconnectBackoff(route.Connections.ReconnectBackoff, _options.MaxReconnectBackoff, _random), _time);
        var timings = new PoolTimings(_options.AcquireTimeout, _options.KeepAliveInterval, _options.PollInterval);
        _logger.LogInformation("EPP session pool of {Registrar:l} at {Registry:l}: up to {Capacity} sessions", registrarId, route.Name, route.PoolSize);
        return new EppSessionPool(route, registrarId, _openers[route], credentials, () => Forget(registrarId), gate, _drain, _time, timings, _logger);
    }

    /// <summary>The registry refused the verified password since: the next SESSION logs in again.</summary>
    private void Forget(string registrarId)
    {
        if (_verified.TryRemove(registrarId, out _))
        {
            _logger.LogWarning("The verified login of {Registrar:l} was refused by the registry: its next SESSION logs in again", registrarId);
        }
    }
}

/// <summary>One pool's counters.</summary>
/// <param name="Registry">The registry.</param>
/// <param name="Registrar">The RRP registrar.</param>
/// <param name="Capacity">The most members.</param>
/// <param name="Slots">Slots in use.</param>
/// <param name="Idle">Slots waiting in the queue now (idle members and empty slots).</param>
/// <param name="Leased">Members lent to commands now.</param>
/// <param name="Waiting">Commands waiting for a member now.</param>
/// <param name="Logins">Logins made.</param>
/// <param name="Discarded">Members dropped (broken connection, failed keep-alive).</param>
public sealed record EppPoolStatistics(string Registry, string Registrar, int Capacity, int Slots, int Idle, int Leased, int Waiting, int Logins, int Discarded);
