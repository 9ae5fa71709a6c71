using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>A dedicated EPP connection owned by one RRP session at one registry, rebuilt (connect + login) when it dies.</summary>
internal sealed class DedicatedEppSession : IEppSession
{
    private readonly EppSessionOpener _opener;
    private readonly EppCredentials _credentials;
    private readonly ReconnectGate _gate;
    private readonly bool _refusalLosesPath;
    private readonly ILogger _logger;
    private EppConnection _connection;

    public DedicatedEppSession(EppSessionOpener opener, EppConnection connection, EppCredentials credentials, string registrarId, ReconnectGate gate, bool refusalLosesPath, ILogger logger)
    {
        _opener = opener;
        _connection = connection;
        _credentials = credentials;
        _gate = gate;
        _refusalLosesPath = refusalLosesPath;
        _logger = logger;
        RegistrarId = registrarId;
        Services = connection.Services ?? new EppNegotiatedServices([], []);
    }

    public string RegistrarId { get; }

    public string ClientId => _credentials.ClientId;

    public EppNegotiatedServices Services { get; private set; }

    public string ConnectionId => _connection.Id;

    public bool IsUsable => _connection.State == EppConnectionState.LoggedIn;

    public long QueuedMessages { get; private set; }

    public async Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken)
    {
        var response = await _connection.SendAsync(command, cancellationToken).ConfigureAwait(false);
        QueuedMessages = response.MessageQueue?.Count ?? 0;
        return response;
    }

    public async Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken)
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        var (connection, failure) = await _opener.ReopenAsync(_credentials, RegistrarId, _gate, _refusalLosesPath, cancellationToken).ConfigureAwait(false);
        if (connection is not null)
        {
            _connection = connection;
            Services = connection.Services ?? Services;
        }

        return failure;
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

/// <summary>A dedicated session lent to one command: disposing the lease leaves the session to its RRP session.</summary>
internal sealed class DedicatedLease(IEppSession session) : IEppSession
{
    public string RegistrarId => session.RegistrarId;

    public string ClientId => session.ClientId;

    public EppNegotiatedServices Services => session.Services;

    public string ConnectionId => session.ConnectionId;

    public bool IsUsable => session.IsUsable;

    public long QueuedMessages => session.QueuedMessages;

    public Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken) => session.SendAsync(command, cancellationToken);

    public Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken) => session.ReconnectAsync(cancellationToken);

    public Task EndAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
