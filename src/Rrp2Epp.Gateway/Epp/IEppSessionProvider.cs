using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>A registrar's EPP credentials as the RRP SESSION gave them.</summary>
/// <param name="ClientId">The registrar id (EPP clID).</param>
/// <param name="Password">The password (pw).</param>
/// <param name="NewPassword">The new password to set (newPW), or null.</param>
public sealed record EppCredentials(string ClientId, EppSecret Password, EppSecret? NewPassword = null);

/// <summary>What an attempt to open an EPP session for a registrar produced.</summary>
public abstract record EppLoginResult
{
    private protected EppLoginResult()
    {
    }
}

/// <summary>Logged in; <paramref name="Session"/> belongs to the caller until it ends it.</summary>
public sealed record EppLoginSucceeded(IEppSession Session, EppResponse Response) : EppLoginResult;

/// <summary>The registry answered the login with a failure code (2200, 2501, 2502, 2201 ...).</summary>
public sealed record EppLoginRefused(EppResponse Response) : EppLoginResult;

/// <summary>The registry could not be reached or trusted: nothing was decided about the credentials.</summary>
public sealed record EppLoginUnreachable(EppTransportFailure Failure, bool Lasting, string Detail) : EppLoginResult;

/// <summary>
/// Gives each RRP session its path to the registry. Issue 4 has one dedicated EPP connection per RRP session
/// (<see cref="DedicatedEppSessionProvider"/>); issue 5 adds a pooled provider behind the same interface.
/// </summary>
public interface IEppSessionProvider
{
    /// <summary>Opens (or, pooled, borrows) a logged-in session for the credentials.</summary>
    Task<EppLoginResult> OpenAsync(EppCredentials credentials, CancellationToken cancellationToken);
}

/// <summary>
/// One RRP session's EPP path. One command in flight at a time. After a transport failure or a closing code the
/// current connection is never used again: <see cref="ReconnectAsync"/> builds a fresh, logged-in one.
/// </summary>
public interface IEppSession : IAsyncDisposable
{
    /// <summary>The registrar this session is logged in as.</summary>
    string RegistrarId { get; }

    /// <summary>The services the (last) login negotiated.</summary>
    EppNegotiatedServices Services { get; }

    /// <summary>The id of the current connection (for logs).</summary>
    string ConnectionId { get; }

    /// <summary>True when the current connection can take a command.</summary>
    bool IsUsable { get; }

    /// <summary>Sends a command on the current connection; every result code is returned.</summary>
    /// <exception cref="EppTransportException">The transport broke (see its <see cref="EppTransportException.Delivery"/>).</exception>
    Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the current connection with a fresh, logged-in one (bounded attempts with back-off). Null on success;
    /// otherwise <see cref="EppNotSent"/> (try again later: 421/549) or <see cref="EppPathLost"/> (the credentials or the
    /// registry refused: 420).
    /// </summary>
    Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken);

    /// <summary>Ends the session for QUIT: logs out (dedicated) or gives the connection back (pooled). Never throws.</summary>
    Task EndAsync(CancellationToken cancellationToken);
}
