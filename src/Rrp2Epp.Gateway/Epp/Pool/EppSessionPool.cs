using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>
/// The logged-in EPP sessions one registrar holds at one registry, shared by all its RRP sessions (DESIGN §4), in the
/// manner of Npgsql's pool: a <see cref="Channel{T}"/> of idle members and free slots, read first come, first served,
/// so the channel hands a returned member straight to the longest waiter. At most <see cref="Capacity"/> slots exist;
/// a slot holds a connection (idle in the channel, lent to a command, or being opened) or is empty (a null token in
/// the channel that the next reader fills by logging in). One command is in flight per member, a member whose
/// connection broke is never put back (its slot returns empty), a wait for a member is bounded (then 421), and
/// logging in again after failures waits a jittered back-off shared by the whole pool.
/// </summary>
internal sealed class EppSessionPool : IAsyncDisposable
{
    private readonly Channel<EppConnection?> _idle = Channel.CreateUnbounded<EppConnection?>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly EppSessionOpener _opener;
    private readonly Func<EppCredentials?> _credentials;
    private readonly Action _credentialsRefused;
    private readonly IPoolDrain _drain;
    private readonly TimeProvider _time;
    private readonly PoolTimings _timings;
    private readonly ILogger _logger;
    private readonly Lock _tasksLock = new();
    private readonly HashSet<Task> _drains = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _slots;
    private int _waiting;
    private int _leased;
    private int _logins;
    private int _discarded;
    private int _drainWanted;
    private long _lastDrainTicks;
    private long _drainBlockedUntilTicks;

    public EppSessionPool(
        RegistryRoute route, string registrarId, EppSessionOpener opener, Func<EppCredentials?> credentials, Action credentialsRefused,
        ReconnectGate gate, IPoolDrain drain, TimeProvider time, PoolTimings timings, ILogger logger)
    {
        Route = route;
        RegistrarId = registrarId;
        _opener = opener;
        _credentials = credentials;
        _credentialsRefused = credentialsRefused;
        Gate = gate;
        _drain = drain;
        _time = time;
        _timings = timings;
        _logger = logger;
        _lastDrainTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>The registry.</summary>
    public RegistryRoute Route { get; }

    /// <summary>The RRP registrar whose sessions these are.</summary>
    public string RegistrarId { get; }

    /// <summary>The most members this pool holds.</summary>
    public int Capacity => Route.PoolSize;

    /// <summary>Commands waiting for a member now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Members lent to commands now.</summary>
    public int Leased => Volatile.Read(ref _leased);

    /// <summary>Slots waiting in the queue now: idle members, and empty slots the next command logs a member into.</summary>
    public int Idle => _idle.Reader.Count;

    /// <summary>Slots in use (members plus empty slots).</summary>
    public int Slots => Volatile.Read(ref _slots);

    /// <summary>Logins this pool has made.</summary>
    public int Logins => Volatile.Read(ref _logins);

    /// <summary>Members dropped because their connection broke or a keep-alive failed.</summary>
    public int Discarded => Volatile.Read(ref _discarded);

    /// <summary>The back-off state of this pool's logins.</summary>
    internal ReconnectGate Gate { get; }

    /// <summary>The services the last login negotiated (before any: unknown).</summary>
    public EppNegotiatedServices? Services { get; private set; }

    /// <summary>The EPP clID the members log in as.</summary>
    public string ClientId => _credentials()?.ClientId ?? RegistrarId;

    /// <summary>A response showed waiting poll messages: the next member coming back (or the maintenance) drains them.</summary>
    public void WantDrain() => Volatile.Write(ref _drainWanted, 1);

    /// <summary>Counts a member lent out (a lease made).</summary>
    public void OnLent() => Interlocked.Increment(ref _leased);

    /// <summary>
    /// A member for one command, within the acquire timeout: an idle one, a new one while there is room, else the next
    /// one given back (first come, first served). On time-out: <see cref="EppNotSent"/> (421, result-mapping §4 G5).
    /// </summary>
    public async Task<EppLeaseResult> AcquireAsync(CancellationToken cancellationToken)
    {
        if (_stopping.IsCancellationRequested)
        {
            return new EppLeaseFailed(new EppNotSent(EppTransportFailure.ConnectionNotUsable, false), "the gateway is shutting down");
        }

        using var timeout = new CancellationTokenSource(_timings.AcquireTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token, _stopping.Token);
        try
        {
            while (true)
            {
                if (_idle.Reader.TryRead(out var item))
                {
                    return await TakeAsync(item, linked.Token).ConfigureAwait(false);
                }

                if (TryAddSlot())
                {
                    return await FillAsync(linked.Token).ConfigureAwait(false);
                }

                Interlocked.Increment(ref _waiting);
                try
                {
                    item = await _idle.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref _waiting);
                }

                return await TakeAsync(item, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("No free EPP session for {Registrar:l} at {Registry:l} within {Timeout} ({Capacity} in use, {Waiting} waiting)",
                RegistrarId, Route.Name, _timings.AcquireTimeout, Capacity, Waiting);
            return new EppLeaseFailed(new EppNotSent(EppTransportFailure.ConnectionNotUsable, false), $"no free EPP session at {Route.Name} within {_timings.AcquireTimeout}");
        }
        catch (Exception e) when (e is ChannelClosedException || (e is OperationCanceledException && _stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            return new EppLeaseFailed(new EppNotSent(EppTransportFailure.ConnectionNotUsable, false), "the gateway is shutting down");
        }
    }

    /// <summary>Rebuilds the connection of a lent member in the same slot (the broken one is already gone).</summary>
    public async Task<(EppConnection? Connection, EppStepResult? Failure)> ReopenAsync(CancellationToken cancellationToken)
    {
        if (_credentials() is not { } credentials)
        {
            return (null, NoCredentials());
        }

        var (connection, failure) = await _opener.ReopenAsync(credentials, RegistrarId, Gate, Route.PassesCredentialsThrough, cancellationToken).ConfigureAwait(false);
        if (connection is not null)
        {
            Interlocked.Increment(ref _logins);
            Services = connection.Services ?? Services;
        }
        else if (failure is EppPathLost)
        {
            _credentialsRefused();
        }

        return (connection, failure);
    }

    /// <summary>A broken member was dropped by its lease.</summary>
    public void CountDiscarded() => Interlocked.Increment(ref _discarded);

    /// <summary>
    /// A lease gives its member back: a healthy connection goes to the longest waiter or the idle queue (after a poll
    /// drain when messages wait); a broken one is disposed and its slot returns empty.
    /// </summary>
    public async ValueTask ReturnAsync(EppConnection? connection, bool messagesWaiting, bool mayDrain = true)
    {
        Interlocked.Decrement(ref _leased);
        if (connection is null || connection.State != EppConnectionState.LoggedIn)
        {
            if (connection is not null)
            {
                CountDiscarded();
                _logger.LogInformation("EPP connection {Connection:l} of {Registrar:l} at {Registry:l} dropped from the pool: {Reason:l}", connection.Id, RegistrarId, Route.Name, connection.DeathReason ?? connection.State.ToString());
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            Put(null);
            return;
        }

        if (mayDrain && (messagesWaiting || Volatile.Read(ref _drainWanted) == 1) && DrainAllowed(_time.GetUtcNow()))
        {
            // The answer is already on its way to the RRP client; the queue is drained before the member is free again.
            Interlocked.Exchange(ref _drainWanted, 0);
            Track(DrainThenPutAsync(connection));
            return;
        }

        if (messagesWaiting)
        {
            WantDrain();
        }

        Put(connection);
    }

    /// <summary>
    /// One maintenance pass over the idle members: drop dead ones, send <c>&lt;hello&gt;</c> on those quiet for
    /// the keep-alive interval, and drain the poll queue on one of them when it is due.
    /// </summary>
    public async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var keepAlive = _timings.KeepAliveInterval;
        var drainDue = DrainAllowed(now)
            && (Volatile.Read(ref _drainWanted) == 1 || now.UtcTicks - Interlocked.Read(ref _lastDrainTicks) >= _timings.PollInterval.Ticks);
        for (var n = _idle.Reader.Count; n > 0 && _idle.Reader.TryRead(out var item); n--)
        {
            if (item is null)
            {
                Put(null);
                continue;
            }

            if (item.State != EppConnectionState.LoggedIn)
            {
                await DropAsync(item, "dead while idle").ConfigureAwait(false);
                continue;
            }

            if (now - (item.LastActivity ?? now) >= keepAlive)
            {
                try
                {
                    await item.HelloAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (EppTransportException e)
                {
                    await DropAsync(item, $"keep-alive failed: {e.Failure}").ConfigureAwait(false);
                    continue;
                }
            }

            if (drainDue)
            {
                drainDue = false;
                Interlocked.Exchange(ref _drainWanted, 0);
                await DrainThenPutAsync(item).ConfigureAwait(false);
                continue;
            }

            Put(item);
        }
    }

    /// <summary>Completes when the poll drains running now have finished (tests wait on it instead of sleeping).</summary>
    public Task DrainsAsync()
    {
        lock (_tasksLock)
        {
            return Task.WhenAll(_drains);
        }
    }

    /// <summary>Stops lending, waits for running drains, logs idle members out and closes them.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] drains;
        lock (_tasksLock)
        {
            drains = [.. _drains];
        }

        await Task.WhenAll(drains).ConfigureAwait(false);
        _idle.Writer.TryComplete();
        while (_idle.Reader.TryRead(out var item))
        {
            if (item is not null)
            {
                await EndAsync(item).ConfigureAwait(false);
            }
        }

        _stopping.Dispose();
    }

    /// <summary>Adopts a connection SESSION logged in with (when there is room; else it is logged out).</summary>
    public async Task AdoptAsync(EppConnection connection)
    {
        Services = connection.Services ?? Services;
        Interlocked.Increment(ref _logins);
        if (TryAddSlot())
        {
            Put(connection);
            return;
        }

        await EndAsync(connection).ConfigureAwait(false);
    }

    private async Task<EppLeaseResult> TakeAsync(EppConnection? item, CancellationToken cancellationToken)
    {
        if (item is not null && item.State == EppConnectionState.LoggedIn)
        {
            return new EppLeased(new PooledEppSession(this, item));
        }

        if (item is not null)
        {
            CountDiscarded();
            await item.DisposeAsync().ConfigureAwait(false);
        }

        return await FillAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs a new member in for an empty slot this caller holds; the slot goes back empty on failure.</summary>
    private async Task<EppLeaseResult> FillAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (connection, failure) = await ReopenAsync(cancellationToken).ConfigureAwait(false);
            if (connection is not null)
            {
                return new EppLeased(new PooledEppSession(this, connection));
            }

            Put(null);
            return new EppLeaseFailed(failure!, $"no EPP session at {Route.Name}");
        }
        catch
        {
            Put(null);
            throw;
        }
    }

    /// <summary>No drain while one that stopped early (the store failed) waits out its poll interval.</summary>
    private bool DrainAllowed(DateTimeOffset now) => now.UtcTicks >= Interlocked.Read(ref _drainBlockedUntilTicks);

    private EppStepResult NoCredentials()
    {
        if (Route.PassesCredentialsThrough)
        {
            // The password the registry accepted was refused since: the registrar's credentials stopped working (G9).
            return new EppPathLost($"the login of {RegistrarId} at {Route.Name} is no longer valid");
        }

        _logger.LogError("ALERT: registrar {Registrar:l} has no credentials for registry {Registry:l} (Registrars:{Registrar:l})", RegistrarId, Route.Name, RegistrarId);
        return new EppNotSent(EppTransportFailure.ConnectionNotUsable, true);
    }

    private bool TryAddSlot()
    {
        while (true)
        {
            var slots = Volatile.Read(ref _slots);
            if (slots >= Capacity)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _slots, slots + 1, slots) == slots)
            {
                return true;
            }
        }
    }

    private void Put(EppConnection? item)
    {
        if (!_idle.Writer.TryWrite(item) && item is not null)
        {
            // The pool is closing: nobody will take it.
            _ = EndAsync(item);
        }
    }

    private async Task DropAsync(EppConnection connection, string reason)
    {
        CountDiscarded();
        _logger.LogInformation("EPP connection {Connection:l} of {Registrar:l} at {Registry:l} dropped from the pool: {Reason:l}", connection.Id, RegistrarId, Route.Name, reason);
        await connection.DisposeAsync().ConfigureAwait(false);
        Put(null);
    }

    private async Task DrainThenPutAsync(EppConnection connection)
    {
        var lease = new PooledEppSession(this, connection, drainOnReturn: false);
        try
        {
            var started = _time.GetUtcNow();
            Interlocked.Exchange(ref _lastDrainTicks, started.UtcTicks);
            if (!await _drain.DrainAsync(lease, Route, _stopping.Token).ConfigureAwait(false))
            {
                // Messages stay queued at the registry (unacknowledged); try again one poll interval later.
                Interlocked.Exchange(ref _drainBlockedUntilTicks, (started + _timings.PollInterval).UtcTicks);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the member goes back and is closed with the rest.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "ALERT: draining the poll queue of {Registrar:l} at {Registry:l} failed", RegistrarId, Route.Name);
        }
        finally
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Track(Task task)
    {
        lock (_tasksLock)
        {
            _drains.Add(task);
        }

        _ = task.ContinueWith(
            t =>
            {
                lock (_tasksLock)
                {
                    _drains.Remove(t);
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task EndAsync(EppConnection connection)
    {
        try
        {
            if (connection.State == EppConnectionState.LoggedIn)
            {
                using var polite = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await connection.LogoutAsync(polite.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is EppTransportException or OperationCanceledException)
        {
            _logger.LogDebug("Logout of {Registrar:l} at {Registry:l} failed: {Failure:l}", RegistrarId, Route.Name, e.Message);
        }
        finally
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
