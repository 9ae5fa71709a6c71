using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>A registrar's EPP credentials as the RRP SESSION gave them (or as a registry's mapping names them).</summary>
/// <param name="ClientId">The registrar id (EPP clID).</param>
/// <param name="Password">The password (pw).</param>
/// <param name="NewPassword">The new password to set (newPW), or null.</param>
public sealed record EppCredentials(string ClientId, EppSecret Password, EppSecret? NewPassword = null);

/// <summary>What an attempt to log a registrar in produced.</summary>
public abstract record EppLoginResult
{
    private protected EppLoginResult()
    {
    }
}

/// <summary>Logged in (or, pooled, verified against the password the registry accepted); <paramref name="Paths"/> belong to the caller until it ends them.</summary>
public sealed record EppLoginSucceeded(IEppPaths Paths, EppResponse Response) : EppLoginResult;

/// <summary>The registry answered the login with a failure code (2200, 2501, 2502, 2201 ...).</summary>
public sealed record EppLoginRefused(EppResponse Response) : EppLoginResult;

/// <summary>The registry could not be reached or trusted: nothing was decided about the credentials.</summary>
public sealed record EppLoginUnreachable(EppTransportFailure Failure, bool Lasting, string Detail) : EppLoginResult;

/// <summary>
/// Logs RRP registrars in. Pooled (the default, <see cref="Pool.PooledEppSessionProvider"/>): verified once against the
/// login registry, then served from the registrar's pools; dedicated (<see cref="DedicatedEppSessionProvider"/>): one EPP
/// session per RRP session and registry.
/// </summary>
public interface IEppSessionProvider
{
    /// <summary>SESSION: logs the registrar in at the login registry (<see cref="RegistryRoutes.Login"/>).</summary>
    Task<EppLoginResult> LoginAsync(EppCredentials credentials, CancellationToken cancellationToken);
}

/// <summary>What asking for a session on a route produced: a session for one command, or why there is none.</summary>
public abstract record EppLeaseResult
{
    private protected EppLeaseResult()
    {
    }
}

/// <summary>A session for one RRP command and all its steps; dispose it when the command is done.</summary>
public sealed record EppLeased(IEppSession Session) : EppLeaseResult;

/// <summary>
/// No session: <see cref="EppNotSent"/> (unreachable, pool exhausted, no credentials here: 421 or, lasting, 549) or
/// <see cref="EppPathLost"/> (the registrar's credentials stopped working: 420).
/// </summary>
public sealed record EppLeaseFailed(EppStepResult Failure, string Detail) : EppLeaseResult;

/// <summary>One logged-in RRP session's paths to the registries its commands route to.</summary>
public interface IEppPaths : IAsyncDisposable
{
    /// <summary>The RRP registrar.</summary>
    string RegistrarId { get; }

    /// <summary>What the login rode on, for the log (a connection id, or the pool).</summary>
    string LoginDescription { get; }

    /// <summary>
    /// A session on <paramref name="route"/>'s registry for one command: every step of a multi-step translation goes
    /// through it (pooled: it holds one pool member until disposed).
    /// </summary>
    Task<EppLeaseResult> LeaseAsync(RegistryRoute route, CancellationToken cancellationToken);

    /// <summary>QUIT: dedicated sessions log out; pooled ones stay for the next RRP session. Never throws.</summary>
    Task EndAsync(CancellationToken cancellationToken);
}

/// <summary>
/// An EPP session for one command (pooled) or one RRP session (dedicated). One command in flight at a time. After a
/// transport failure or a closing code the current connection is never used again: <see cref="ReconnectAsync"/> builds
/// a fresh, logged-in one.
/// </summary>
public interface IEppSession : IAsyncDisposable
{
    /// <summary>The RRP registrar this session works for (the gateway's own records are kept under it).</summary>
    string RegistrarId { get; }

    /// <summary>
    /// The EPP clID the session is logged in as: the RRP id where credentials pass through, the mapped one elsewhere.
    /// Sponsorship and transfer parties read from the registry are compared with it.
    /// </summary>
    string ClientId { get; }

    /// <summary>The services the (last) login negotiated.</summary>
    EppNegotiatedServices Services { get; }

    /// <summary>The id of the current connection (for logs).</summary>
    string ConnectionId { get; }

    /// <summary>True when the current connection can take a command.</summary>
    bool IsUsable { get; }

    /// <summary>The message-queue count the last response showed (<c>msgQ count</c>); 0 when none did.</summary>
    long QueuedMessages { get; }

    /// <summary>Sends a command on the current connection; every result code is returned.</summary>
    /// <exception cref="EppTransportException">The transport broke (see its <see cref="EppTransportException.Delivery"/>).</exception>
    Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the current connection with a fresh, logged-in one (bounded attempts with back-off). Null on success;
    /// otherwise <see cref="EppNotSent"/> (try again later: 421/549) or <see cref="EppPathLost"/> (the credentials or the
    /// registry refused: 420).
    /// </summary>
    Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken);

    /// <summary>Ends the session: logs out (dedicated, at QUIT) or gives the connection back (pooled). Never throws.</summary>
    Task EndAsync(CancellationToken cancellationToken);
}
