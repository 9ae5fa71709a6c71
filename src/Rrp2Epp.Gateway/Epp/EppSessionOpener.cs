using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>What one connect-and-login produced.</summary>
internal abstract record EppOpenResult;

/// <summary>Logged in on <paramref name="Connection"/>.</summary>
internal sealed record EppOpened(EppConnection Connection, EppResponse Response) : EppOpenResult;

/// <summary>The registry answered the login with a failure code; the connection is gone.</summary>
internal sealed record EppOpenRefused(EppResponse Response) : EppOpenResult;

/// <summary>The registry could not be reached or trusted.</summary>
internal sealed record EppOpenFailed(EppTransportFailure Failure, bool Lasting, string Detail) : EppOpenResult;

/// <summary>
/// Connects and logs in to one registry (<see cref="OpenAsync"/>), and rebuilds a lost session with bounded attempts
/// and jittered back-off (<see cref="ReopenAsync"/>): the one place both the dedicated sessions and the pools do it.
/// </summary>
internal sealed class EppSessionOpener(EppConnectionFactory factory, ILogger logger)
{
    /// <summary>The connections this opener makes.</summary>
    public EppConnectionFactory Factory => factory;

    /// <summary>One connect and login; never throws for the registry's or the network's failures.</summary>
    public async Task<EppOpenResult> OpenAsync(EppCredentials credentials, CancellationToken cancellationToken)
    {
        var connection = factory.Create();
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var response = await connection.LoginAsync(Login(credentials), cancellationToken).ConfigureAwait(false);
            if (response.Code == EppResultCode.Success)
            {
                return new EppOpened(connection, response);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            return new EppOpenRefused(response);
        }
        catch (EppTransportException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return new EppOpenFailed(e.Failure, IsLasting(e.Failure), e.Message);
        }
        catch (InvalidOperationException e)
        {
            // The greeting offers none of the object services the gateway needs: a lasting profile mismatch.
            await connection.DisposeAsync().ConfigureAwait(false);
            return new EppOpenFailed(EppTransportFailure.GreetingMalformed, true, e.Message);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Builds a fresh session for <paramref name="credentials"/>: up to the registry's ReconnectAttempts, each after the
    /// wait <paramref name="gate"/> imposes. Returns the connection, or the failure a command reports:
    /// <see cref="EppNotSent"/> (unreachable: 421, lasting: 549), or, when the registry refuses the credentials
    /// themselves, <see cref="EppPathLost"/> if <paramref name="refusalLosesPath"/> (G9: the registrar's own credentials
    /// stopped working, 420) else a lasting <see cref="EppNotSent"/> (a configured mapping is wrong: 549).
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller's deadline passed while waiting.</exception>
    public async Task<(EppConnection? Connection, EppStepResult? Failure)> ReopenAsync(
        EppCredentials credentials, string registrarId, ReconnectGate gate, bool refusalLosesPath, CancellationToken cancellationToken)
    {
        EppStepResult? last = null;
        for (var attempt = 1; attempt <= factory.ReconnectAttempts; attempt++)
        {
            var wait = gate.Wait;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, factory.Time, cancellationToken).ConfigureAwait(false);
            }

            switch (await OpenAsync(credentials, cancellationToken).ConfigureAwait(false))
            {
                case EppOpened opened:
                    gate.Succeeded();
                    logger.LogInformation("EPP session of {Registrar:l} built on {Connection:l} (attempt {Attempt})", registrarId, opened.Connection.Id, attempt);
                    return (opened.Connection, null);
                case EppOpenRefused { Response.Code: EppResultCode.AuthenticationError or EppResultCode.AuthenticationErrorServerClosing or EppResultCode.AuthorizationError } refused:
                    gate.Failed();
                    logger.LogError("ALERT: the registry refused the login of {Registrar:l} with {Code}: its credentials no longer work", registrarId, (int)refused.Response.Code);
                    return (null, refusalLosesPath
                        ? new EppPathLost($"re-login refused with {(int)refused.Response.Code}")
                        : new EppNotSent(EppTransportFailure.ConnectionNotUsable, true));
                case EppOpenRefused refused:
                    gate.Failed();
                    logger.LogWarning("Login of {Registrar:l} answered {Code} (attempt {Attempt})", registrarId, (int)refused.Response.Code, attempt);
                    last = new EppNotSent(EppTransportFailure.ConnectionNotUsable, false);
                    break;
                case EppOpenFailed failed:
                    gate.Failed();
                    logger.LogWarning("Connect of {Registrar:l} failed (attempt {Attempt}): {Failure}", registrarId, attempt, failed.Detail);
                    last = new EppNotSent(failed.Failure, failed.Lasting);
                    if (failed.Lasting)
                    {
                        return (null, last);
                    }

                    break;
            }
        }

        return (null, last ?? new EppNotSent(EppTransportFailure.ConnectionNotUsable, false));
    }

    /// <summary>Failures a retry will not cure (result-mapping.md §4 G3/G4): 549 rather than 421.</summary>
    public static bool IsLasting(EppTransportFailure failure) =>
        failure is EppTransportFailure.ServerCertificateRejected or EppTransportFailure.GreetingMalformed;

    /// <summary>The EPP login of <paramref name="credentials"/>.</summary>
    public static EppLoginRequest Login(EppCredentials credentials) =>
        new(credentials.ClientId, credentials.Password) { NewPassword = credentials.NewPassword };

    /// <summary>What a caller that got nothing back from <see cref="OpenAsync"/> reports to SESSION.</summary>
    public static EppLoginResult ToLoginResult(EppOpenResult result) => result switch
    {
        EppOpenRefused refused => new EppLoginRefused(refused.Response),
        EppOpenFailed failed => new EppLoginUnreachable(failed.Failure, failed.Lasting, failed.Detail),
        _ => throw new ArgumentException("an opened session is not a failure", nameof(result)),
    };
}
