using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>
/// One EPP connection per RRP session and registry (the simple mode of DESIGN §4): SESSION connects and logs in at the
/// login registry, the first command routed to another registry logs in there, QUIT logs out of every one.
/// </summary>
public sealed class DedicatedEppSessionProvider(RegistryRoutes routes, IOptions<GatewayOptions> options, ILogger<DedicatedEppSessionProvider> logger) : IEppSessionProvider
{
    private readonly ILogger _logger = logger;
    private readonly Dictionary<RegistryRoute, EppSessionOpener> _openers = routes.All.ToDictionary(r => r, r => new EppSessionOpener(r, logger));

    /// <inheritdoc />
    public async Task<EppLoginResult> LoginAsync(EppCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var route = routes.Login;
        var result = await _openers[route].OpenAsync(credentials, cancellationToken).ConfigureAwait(false);
        if (result is not EppOpened opened)
        {
            return EppSessionOpener.ToLoginResult(result);
        }

        // Later re-logins (after a lost connection) use the password now in force.
        var current = credentials with { Password = credentials.NewPassword ?? credentials.Password, NewPassword = null };
        var paths = new Paths(this, current);
        paths.Sessions[route] = NewSession(route, opened.Connection, current);
        return new EppLoginSucceeded(paths, opened.Response);
    }

    private DedicatedEppSession NewSession(RegistryRoute route, Rrp2Epp.Epp.Client.EppConnection connection, EppCredentials credentials) =>
        new(_openers[route], connection, credentials, credentials.ClientId, Gate(route), refusalLosesPath: true, logger);

    private ReconnectGate Gate(RegistryRoute route) =>
        new(new ReconnectBackoff(route.Connections.ReconnectBackoff, options.Value.EppSessions.MaxReconnectBackoff, Random.Shared.NextDouble), route.Connections.Time);

    /// <summary>One RRP session's dedicated sessions, by registry.</summary>
    private sealed class Paths(DedicatedEppSessionProvider provider, EppCredentials credentials) : IEppPaths
    {
        public Dictionary<RegistryRoute, DedicatedEppSession> Sessions { get; } = [];

        public string RegistrarId => credentials.ClientId;

        public string LoginDescription => Sessions.Values.FirstOrDefault()?.ConnectionId ?? "-";

        public async Task<EppLeaseResult> LeaseAsync(RegistryRoute route, CancellationToken cancellationToken)
        {
            if (Sessions.TryGetValue(route, out var session))
            {
                return new EppLeased(new DedicatedLease(session));
            }

            var login = route.PassesCredentialsThrough ? credentials : route.MappedCredentialsOf(RegistrarId);
            if (login is null)
            {
                provider._logger.LogError("ALERT: registrar {Registrar:l} has no credentials for registry {Registry:l} (Registrars:{Registrar:l})", RegistrarId, route.Name, RegistrarId);
                return new EppLeaseFailed(new EppNotSent(Rrp2Epp.Epp.Client.EppTransportFailure.ConnectionNotUsable, true), $"no credentials for {route.Name}");
            }

            var (connection, failure) = await provider._openers[route].ReopenAsync(login, RegistrarId, provider.Gate(route), route.PassesCredentialsThrough, cancellationToken).ConfigureAwait(false);
            if (connection is null)
            {
                return new EppLeaseFailed(failure!, $"no EPP session at {route.Name}");
            }

            session = new DedicatedEppSession(provider._openers[route], connection, login, RegistrarId, provider.Gate(route), route.PassesCredentialsThrough, provider._logger);
            Sessions[route] = session;
            return new EppLeased(new DedicatedLease(session));
        }

        public async Task EndAsync(CancellationToken cancellationToken)
        {
            foreach (var session in Sessions.Values)
            {
                await session.EndAsync(cancellationToken).ConfigureAwait(false);
            }

            Sessions.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var session in Sessions.Values)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }

            Sessions.Clear();
        }
    }
}
