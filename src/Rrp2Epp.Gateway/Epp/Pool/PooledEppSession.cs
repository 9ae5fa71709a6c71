using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>
/// One pool member lent to one RRP command for all its steps (a multi-step translation never changes session halfway).
/// A reconnect drops the broken connection for good and logs a fresh one in within the same slot, so the reconcile
/// step after an unknown outcome runs on a healthy session; disposing gives the member back (or its empty slot).
/// </summary>
internal sealed class PooledEppSession : IEppSession
{
    private readonly EppSessionPool _pool;
    private readonly bool _drainOnReturn;
    private EppConnection? _connection;
    private int _returned;

    public PooledEppSession(EppSessionPool pool, EppConnection connection, bool drainOnReturn = true)
    {
        _pool = pool;
        _connection = connection;
        _drainOnReturn = drainOnReturn;
        pool.OnLent();
    }

    public string RegistrarId => _pool.RegistrarId;

    public string ClientId => _pool.ClientId;

    public EppNegotiatedServices Services => _connection?.Services ?? _pool.Services ?? new EppNegotiatedServices([], []);

    public string ConnectionId => _connection?.Id ?? "-";

    public bool IsUsable => _connection?.State == EppConnectionState.LoggedIn;

    public long QueuedMessages { get; private set; }

    public async Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var connection = _connection ?? throw new EppTransportException(
            EppTransportFailure.ConnectionNotUsable, EppDelivery.NotSent, command.Kind, null, $"{command.Kind.LogName()} not sent: the pooled session has no connection");
        var response = await connection.SendAsync(command, cancellationToken).ConfigureAwait(false);
        QueuedMessages = response.MessageQueue?.Count ?? 0;
        if (QueuedMessages > 0 && _drainOnReturn)
        {
            _pool.WantDrain();
        }

        return response;
    }

    /// <summary>Sends <c>&lt;hello&gt;</c> on the member's connection.</summary>
    public Task<EppGreeting> HelloAsync(CancellationToken cancellationToken) =>
        (_connection ?? throw new InvalidOperationException("no connection")).HelloAsync(cancellationToken);

    public async Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } broken)
        {
            // Never reused: a connection whose last command is unanswered or whose framing failed (result-mapping §1.4).
            _connection = null;
            _pool.CountDiscarded();
            await broken.DisposeAsync().ConfigureAwait(false);
        }

        var (connection, failure) = await _pool.ReopenAsync(cancellationToken).ConfigureAwait(false);
        _connection = connection;
        return failure;
    }

    public Task EndAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            await _pool.ReturnAsync(_connection, _drainOnReturn && QueuedMessages > 0, mayDrain: _drainOnReturn).ConfigureAwait(false);
            _connection = null;
        }
    }
}
