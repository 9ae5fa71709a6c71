using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>A dedicated EPP connection owned by one RRP session, rebuilt (connect + login) when it dies.</summary>
internal sealed class DedicatedEppSession : IEppSession
{
    private readonly EppConnectionFactory _factory;
    private readonly EppCredentials _credentials;
    private readonly ILogger _logger;
    private EppConnection _connection;

    public DedicatedEppSession(EppConnectionFactory factory, EppConnection connection, EppCredentials credentials, ILogger logger)
    {
        _factory = factory;
        _connection = connection;
        _credentials = credentials;
        _logger = logger;
        Services = connection.Services ?? new EppNegotiatedServices([], []);
    }

    public string RegistrarId => _credentials.ClientId;

    public EppNegotiatedServices Services { get; private set; }

    public string ConnectionId => _connection.Id;

    public bool IsUsable => _connection.State == EppConnectionState.LoggedIn;

    public Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken) => _connection.SendAsync(command, cancellationToken);

    public async Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken)
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        EppStepResult? last = null;
        var backoff = _factory.ReconnectBackoff;
        for (var attempt = 1; attempt <= _factory.ReconnectAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(backoff, _factory.Time, cancellationToken).ConfigureAwait(false);
                backoff *= 2;
            }

            var connection = _factory.Create();
            try
            {
                await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
                var response = await connection.LoginAsync(DedicatedEppSessionProvider.Login(_credentials), cancellationToken).ConfigureAwait(false);
                switch (response.Code)
                {
                    case EppResultCode.Success:
                        _connection = connection;
                        Services = connection.Services ?? Services;
                        _logger.LogInformation("EPP session of {Registrar:l} rebuilt on {Connection:l} (attempt {Attempt})", RegistrarId, connection.Id, attempt);
                        return null;
                    case EppResultCode.AuthenticationError or EppResultCode.AuthenticationErrorServerClosing or EppResultCode.AuthorizationError:
                        // The credentials stopped working (G9): the RRP session cannot usefully go on.
                        await connection.DisposeAsync().ConfigureAwait(false);
                        _connection = connection;
                        return new EppPathLost($"re-login refused with {(int)response.Code}");
                    case EppResultCode.SessionLimitExceededServerClosing:
                        last = new EppNotSent(EppTransportFailure.ConnectionNotUsable, false);
                        break;
                    default:
                        last = new EppNotSent(EppTransportFailure.ConnectionNotUsable, false);
                        break;
                }

                _logger.LogWarning("Re-login of {Registrar:l} answered {Code} (attempt {Attempt})", RegistrarId, (int)response.Code, attempt);
                await connection.DisposeAsync().ConfigureAwait(false);
                _connection = connection;
            }
            catch (EppTransportException e)
            {
                _logger.LogWarning("Reconnect of {Registrar:l} failed (attempt {Attempt}): {Failure}", RegistrarId, attempt, e.Message);
                await connection.DisposeAsync().ConfigureAwait(false);
                _connection = connection;
                last = new EppNotSent(e.Failure, DedicatedEppSessionProvider.IsLasting(e.Failure));
                if (DedicatedEppSessionProvider.IsLasting(e.Failure))
                {
                    break;
                }
            }
        }

        return last ?? new EppNotSent(EppTransportFailure.ConnectionNotUsable, false);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_connection.IsUsable)
            {
                await _connection.LogoutAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (EppTransportException e)
        {
            _logger.LogDebug("Logout of {Registrar:l} failed: {Failure}", RegistrarId, e.Message);
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
