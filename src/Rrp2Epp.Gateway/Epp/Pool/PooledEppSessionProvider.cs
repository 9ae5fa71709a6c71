using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Routing;

namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>
/// SESSION in pooled mode (result-mapping §3.1). A registrar's RRP login is verified against the login registry once;
/// while that verification is fresh, a SESSION presenting the same password (compared in constant time) is answered
/// from the pool without an EPP exchange. Anything else goes to the registry on a fresh connection: a different
/// password is never refused locally, because the gateway cannot be sure it is wrong (it may have been changed at the
/// registry or through another gateway instance), and <c>-NewPassword</c> always does. A login the registry accepts
/// replaces the verified password and its connection joins the pool.
/// </summary>
public sealed class PooledEppSessionProvider(EppSessionPools pools, ILogger<PooledEppSessionProvider> logger) : IEppSessionProvider
{
    /// <inheritdoc />
    public async Task<EppLoginResult> LoginAsync(EppCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (pools.IsVerified(credentials))
        {
            logger.LogInformation("SESSION of {Registrar:l} verified against the login the registry accepted: served from the pool", credentials.ClientId);
            var verified = new EppResponse { Results = [new EppResult(EppResultCode.Success, "served from the pool", null, [])] };
            return new EppLoginSucceeded(new Paths(pools, credentials.ClientId, "pool"), verified);
        }

        var result = await pools.OpenerOf(pools.Routes.Login).OpenAsync(credentials, cancellationToken).ConfigureAwait(false);
        if (result is not EppOpened opened)
        {
            return EppSessionOpener.ToLoginResult(result);
        }

        var connection = opened.Connection.Id;
        await pools.AcceptLoginAsync(credentials, opened.Connection).ConfigureAwait(false);
        return new EppLoginSucceeded(new Paths(pools, credentials.ClientId, connection), opened.Response);
    }

    /// <summary>A pooled RRP session's paths: each command borrows a member of the registrar's pool at its route.</summary>
    private sealed class Paths(EppSessionPools pools, string registrarId, string login) : IEppPaths
    {
        public string RegistrarId => registrarId;

        public string LoginDescription => login;

        public Task<EppLeaseResult> LeaseAsync(RegistryRoute route, CancellationToken cancellationToken) =>
            pools.PoolOf(route, registrarId).AcquireAsync(cancellationToken);

        public Task EndAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
