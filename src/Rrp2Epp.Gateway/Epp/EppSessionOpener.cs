using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Mapping.Profiles;
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
/// The first login also compares what the greeting offered with the registry's profile and says where they differ.
/// </summary>
internal sealed class EppSessionOpener(RegistryRoute route, ILogger logger)
{
    private readonly EppConnectionFactory _factory = route.Connections;
    private int _compared;

    /// <summary>One connect and login; never throws for the registry's or the network's failures.</summary>
    public async Task<EppOpenResult> OpenAsync(EppCredentials credentials, CancellationToken cancellationToken)
    {
        var connection = _factory.Create();
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var response = await connection.LoginAsync(Login(credentials), cancellationToken).ConfigureAwait(false);
            if (response.Code == EppResultCode.Success)
            {
                CompareWithProfile(connection.Services);
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
        for (var attempt = 1; attempt <= _factory.ReconnectAttempts; attempt++)
        {
            var wait = gate.Wait;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _factory.Time, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Once per registry: the profile is configuration, the greeting the registry's truth. A mismatch is not fatal (the
    /// commands it affects get their documented answers) but an operator should hear of it at the first login.
    /// </summary>
    private void CompareWithProfile(EppNegotiatedServices? services)
    {
        if (services is null || Interlocked.Exchange(ref _compared, 1) == 1)
        {
            return;
        }

        var hosts = services.HasObject(EppNamespaces.Host);
        if (route.Profile.Hosts == HostModel.Objects && !hosts)
        {
            logger.LogError("ALERT: registry {Registry:l} offers no host objects (host-1.0) but its profile says Hosts Objects: NameServer commands will answer 549; configure Profile:Hosts Attributes", route.Name);
        }
        else if (route.Profile.Hosts == HostModel.Attributes && hosts)
        {
            logger.LogWarning("Registry {Registry:l} offers host objects (host-1.0) but its profile says Hosts Attributes: the gateway's store keeps the name servers", route.Name);
        }

        if (!services.HasExtension(EppNamespaces.Rgp))
        {
            logger.LogWarning("Registry {Registry:l} offers no RGP (rgp-1.0): RESTORE will answer 500", route.Name);
        }
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
