using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Translations;
using Rrp2Epp.Rrp;
using Serilog.Context;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>
/// One RRP connection from banner to close: reads requests with the codec's caps, applies the state table
/// (<see cref="RrpSessionStateTable"/>), answers SESSION, QUIT and DESCRIBE itself and runs every other command's
/// translation through the executor on the session's own EPP path. Strict alternation: one request, one answer.
/// </summary>
internal sealed class RrpSession
{
    private readonly ConnectionContext _connection;
    private readonly RrpListener _listener;
    private readonly RrpSessionServices _services;
    private readonly ILogger _logger;
    private readonly PipeWriter _output;
    private RrpSessionState _state = RrpSessionState.Pre;
    private int _failedLogins;
    private IEppPaths? _paths;
    private string? _registrar;
    private DateTimeOffset _lastRotationCheck;

    public RrpSession(ConnectionContext connection, RrpListener listener, RrpSessionServices services)
    {
        _connection = connection;
        _listener = listener;
        _services = services;
        _logger = services.SessionLogger;
        _output = connection.Transport.Output;
    }

    public RrpSessionState State => _state;

    public async Task RunAsync()
    {
        await ReleaseHandshakeBufferAsync().ConfigureAwait(false);
        var banner = RrpBanner.Create(_services.Options.RegistryName, _listener.Version, _services.Time.GetUtcNow(), _services.Zone);
        await WriteAsync(output => RrpResponseWriter.Write(banner, output)).ConfigureAwait(false);
        await using var reader = new RrpFrameReader(_connection.Transport.Input, RrpLimits.Default);
        try
        {
            while (_state != RrpSessionState.Dis)
            {
                // The wait for the next request is here, not in a method of its own: an idle session waits in it, and
                // each async method it waits through holds a state machine box for as long as the session is idle.
                var idleTimeout = _services.Options.Sessions.IdleTimeout;
                RrpRequestReadResult? read;
                using (var idle = new CancellationTokenSource(idleTimeout, _services.Time))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, _services.Shutdown.GraceOver, _connection.ConnectionClosed))
                {
                    try
                    {
                        read = await reader.ReadRequestAsync(_listener.ParserOptions, linked.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionResetException)
                    {
                        read = null;
                        await ReadEndedAsync(e, idle.IsCancellationRequested, idleTimeout).ConfigureAwait(false);
                    }
                }

                if (read is null)
                {
                    break;
                }

                using (_registrar is null ? null : LogContext.PushProperty("Registrar", _registrar))
                {
                    await HandleAsync(read.Value).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await EndAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// SslStream keeps the buffer it rented for the handshake (8 KB) until a read completes, so a session whose client
    /// has not sent anything yet would hold it for as long as it stays idle. A zero-byte read that is cancelled before
    /// it starts ends at once, returns an empty read buffer to the pool (SslStream does that as every read ends) and
    /// leaves the stream as it was; Kestrel's reader has not started reading yet, so nothing races with it. Later reads
    /// are zero-byte reads first (Kestrel's TLS pipe), so an idle session holds no TLS read buffer at all.
    /// </summary>
    private async Task ReleaseHandshakeBufferAsync()
    {
        if (_connection.Features.Get<ISslStreamFeature>()?.SslStream is not { } tls)
        {
            return;
        }

        try
        {
            await tls.ReadAsync(Memory<byte>.Empty, new CancellationToken(canceled: true)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the read never started.
        }
    }

    // Why the wait for a request ended without one: the idle timeout, the gateway's shutdown, or the client left.
    private async Task ReadEndedAsync(Exception e, bool idleTimedOut, TimeSpan idleTimeout)
    {
        if (e is OperationCanceledException && idleTimedOut)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"idle timeout, no request for {idleTimeout.TotalSeconds:0.###} seconds");
            _logger.LogInformation("RRP session closed: {Reason:l} (state {State})", reason, _state);
            await AnswerAsync(RrpResponse.Closing(reason)).ConfigureAwait(false);
        }
        else if (e is OperationCanceledException && _services.Shutdown.GraceOver.IsCancellationRequested)
        {
            _logger.LogInformation("RRP session closed: the gateway is shutting down");
            await AnswerAsync(RrpResponse.Closing("gateway shutting down")).ConfigureAwait(false);
        }
        else
        {
            _logger.LogInformation("RRP client left (state {State})", _state);
        }
    }

    private async Task HandleAsync(RrpRequestReadResult read)
    {
        switch (read.Kind)
        {
            case RrpFrameKind.EndOfStream:
                _logger.LogInformation("RRP client closed the connection{Incomplete:l} (state {State})", read.Incomplete ? " in the middle of a request" : string.Empty, _state);
                _state = RrpSessionState.Dis;
                return;
            case RrpFrameKind.OverLimit or RrpFrameKind.Garbage:
                _logger.LogInformation("RRP request refused by the framer: {Reason:l}", read.Reason);
                await AnswerAsync(read.ImmediateResponse!).ConfigureAwait(false);
                return;
        }

        var parse = read.Parse;
        if (_services.Shutdown.IsStopping)
        {
            _logger.LogInformation("RRP {Command} not run: the gateway is shutting down", parse.Command);
            await AnswerAsync(RrpResponse.Of(RrpResponseCode.ServerErrorClosing)).ConfigureAwait(false);
            return;
        }

        var allowed = parse.Command is { } command && RrpSessionStateTable.Allows(_state, command);
        if (parse.ResolveCode(allowed) is { } error)
        {
            _logger.LogInformation("RRP {Command} refused with {Code}: {Detail:l}", parse.Command?.ToString() ?? "(unknown)", (int)error,
                error == RrpResponseCode.InvalidCommandSequence && parse.PrecedesSessionCheck is false && !allowed ? $"not accepted in state {_state}" : parse.ErrorDetail);
            await AnswerAsync(RrpResponse.Of(error)).ConfigureAwait(false);
            return;
        }

        var request = parse.Request!;
        var before = _state;
        if (before == RrpSessionState.Wfc && request is not QuitRequest)
        {
            await RotatePendingAsync(force: false).ConfigureAwait(false);
        }

        _state = RrpSessionStateTable.Next(_state, RrpSessionEvent.CommandAccepted);
        var started = Stopwatch.GetTimestamp();
        _logger.LogDebug("RRP request {Request}", request);
        switch (request)
        {
            case SessionRequest session:
                await LoginAsync(session, before).ConfigureAwait(false);
                break;
            case QuitRequest:
                await QuitAsync().ConfigureAwait(false);
                break;
            case DescribeRequest:
                await AnswerAsync(new RrpResponse(RrpResponseCode.Success, [new RrpAttribute(RrpAttributeNames.Protocol, _listener.Version.ToProtocolText())])).ConfigureAwait(false);
                break;
            default:
                await TranslateAsync(request).ConfigureAwait(false);
                break;
        }

        _logger.LogDebug("RRP {Command} done in {Elapsed:0.0} ms", request.Command, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task LoginAsync(SessionRequest request, RrpSessionState before)
    {
        // results.csv's SESSION rows decide (SessionMapping); the only local answer is the gateway's own session cap.
        var tables = _services.Setup.Tables;
        var attempt = before == RrpSessionState.Wfr ? 2 : 1;
        var outcome = SessionMapping.CheckLocally(request, attempt, tables);
        if (outcome is null && !_services.Limiter.TryAcquire(request.Id))
        {
            _logger.LogInformation("RRP SESSION of {Id:l} → 521 ({Max} sessions already open for this registrar; closing)", request.Id, _services.Options.Sessions.MaxSessionsPerRegistrar);
            _state = RrpSessionStateTable.Next(_state, RrpSessionEvent.LoginFailedFinal);
            await AnswerAsync(RrpResponse.Of(RrpResponseCode.TooManySessions), forceClose: true).ConfigureAwait(false);
            return;
        }

        if (outcome is null)
        {
            var credentials = new EppCredentials(request.Id, new EppSecret(request.Password), request.NewPassword is null ? null : new EppSecret(request.NewPassword));
            try
            {
                var (result, paths) = await OpenAsync(credentials).ConfigureAwait(false);
                outcome = SessionMapping.MapLogin(request, result, attempt, resent: false, tables);
                if (outcome.Resend)
                {
                    // 2002: the login went to a connection that was already logged in; one fresh connection, one retry.
                    await DropAsync(paths).ConfigureAwait(false);
                    (result, paths) = await OpenAsync(credentials).ConfigureAwait(false);
                    outcome = SessionMapping.MapLogin(request, result, attempt, resent: true, tables);
                }

                if (outcome.Response.Code == RrpResponseCode.Success && paths is not null)
                {
                    _paths = paths;
                    _registrar = request.Id;
                }
                else
                {
                    await DropAsync(paths).ConfigureAwait(false);
                    _services.Limiter.Release(request.Id);
                }
            }
            catch
            {
                _services.Limiter.Release(request.Id);
                throw;
            }
        }

        foreach (var note in outcome.Diagnostics)
        {
            _logger.LogDebug("SESSION: {Diagnostic:l}", note);
        }

        if (outcome.Alert)
        {
            _logger.LogError("ALERT: SESSION of {Id:l} answered {Code}: the gateway's login does not fit the registry", request.Id, (int)outcome.Response.Code);
        }

        if (_paths is not null && outcome.Response.Code == RrpResponseCode.Success)
        {
            _state = RrpSessionStateTable.Next(_state, RrpSessionEvent.LoginSucceeded);
            _logger.LogInformation("RRP SESSION of {Id:l} → 200{Changed:l} (EPP {Connection:l})", request.Id, request.NewPassword is null ? string.Empty : ", password changed", _paths.LoginDescription);
            await AnswerAsync(outcome.Response).ConfigureAwait(false);
            await RotatePendingAsync(force: true).ConfigureAwait(false);
            return;
        }

        if (outcome.Counted)
        {
            _failedLogins++;
        }

        var final = outcome.CloseSession;
        _state = RrpSessionStateTable.Next(_state, final ? RrpSessionEvent.LoginFailedFinal : outcome.Counted ? RrpSessionEvent.LoginFailed : RrpSessionEvent.LoginNotCounted, before);
        _logger.LogInformation("RRP SESSION of {Id:l} → {Code} (failed attempts {Failed}{Closing:l})", request.Id, (int)outcome.Response.Code, _failedLogins, final ? "; closing" : string.Empty);
        await AnswerAsync(outcome.Response, forceClose: final).ConfigureAwait(false);
    }

    /// <summary>One login through the session provider, as the step result SessionMapping reads, with the paths it opened (if any).</summary>
    private async Task<(EppStepResult Result, IEppPaths? Paths)> OpenAsync(EppCredentials credentials)
    {
        var login = await _services.EppSessions.LoginAsync(credentials, CancellationToken.None).ConfigureAwait(false);
        return login switch
        {
            EppLoginSucceeded ok => (new EppAnswered(ok.Response), ok.Paths),
            EppLoginRefused refused => (new EppAnswered(refused.Response), null),
            EppLoginUnreachable u => (new EppNotSent(u.Failure, u.Lasting), null),
            _ => throw new InvalidOperationException($"unknown login outcome {login.GetType().Name}"),
        };
    }

    private static async Task DropAsync(IEppPaths? paths)
    {
        if (paths is not null)
        {
            await paths.EndAsync(CancellationToken.None).ConfigureAwait(false);
            await paths.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task QuitAsync()
    {
        await DropAsync(_paths).ConfigureAwait(false);
        _paths = null;

        _logger.LogInformation("RRP QUIT → 220");
        await AnswerAsync(RrpResponse.Of(RrpResponseCode.SuccessClosing)).ConfigureAwait(false);
    }

    private async Task TranslateAsync(RrpRequest request)
    {
        var objectName = ObjectNameOf(request);
        var route = _services.Routes.For(request, out _);
        FinishStep finish;
        UnresolvedObject? unresolved = null;
        IEppSession? session = null;
        long queued = 0;
        try
        {
            try
            {
                if (route is null)
                {
                    finish = GatewayAnswers.NoRoute(objectName ?? string.Empty, _services.Routes.All.SelectMany(r => r.Zones));
                }
                else
                {
                    unresolved = objectName is null ? null : await _services.Store.GetUnresolvedAsync(objectName, CancellationToken.None).ConfigureAwait(false);

                    // One session for every step of the command (pooled: one member held until the effects are in).
                    switch (await _paths!.LeaseAsync(route, CancellationToken.None).ConfigureAwait(false))
                    {
                        case EppLeased leased:
                            session = _services.HostObjects.Wrap(leased.Session, route);
                            finish = await RunAsync(request, route, session, objectName, unresolved).ConfigureAwait(false);
                            break;
                        case EppLeaseFailed failed:
                            finish = GatewayAnswers.Unavailable(request.Command, objectName ?? string.Empty, failed.Failure, failed.Detail, _services.Setup.Tables);
                            break;
                        default:
                            throw new InvalidOperationException("unknown lease result");
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // G12: a gateway fault before or around sending (a store read, a translation factory bug).
                _logger.LogError(e, "Gateway fault on {Command}", request.Command);
                finish = new FinishStep(RrpResponse.Of(RrpResponseCode.CommandFailed), false, [], ["gateway fault"]);
            }

            foreach (var note in finish.Diagnostics)
            {
                _logger.LogDebug("{Command}: {Diagnostic:l}", request.Command, note);
            }

            // The effects land before the answer goes out (they never change it, §4 G13): a registrar acting on the answer at
            // once, the gainer of a transfer it just saw approved say, finds the gateway's state already settled.
            await SettleAsync(request, objectName, unresolved, finish, session, route).ConfigureAwait(false);
        }
        finally
        {
            queued = session?.QueuedMessages ?? 0;
            if (session is not null)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
        }

        _logger.LogInformation("RRP {Command} {Object:l} → {Code}", request.Command, objectName, (int)finish.Response.Code);
        await AnswerAsync(finish.Response, forceClose: finish.CloseSession).ConfigureAwait(false);
        if (queued > 0 && route is not null && !_services.Pooled && _paths is not null && _state != RrpSessionState.Dis)
        {
            // Dedicated mode has no idle pool member to drain on: the session drains its own queue between commands.
            await DrainAsync(route).ConfigureAwait(false);
        }
    }

    private async Task<FinishStep> RunAsync(RrpRequest request, RegistryRoute route, IEppSession session, string? objectName, UnresolvedObject? unresolved)
    {
        var needs = _services.Translator.InputsFor(request, route.Profile);
        var stored = needs.StoredAuthInfo && objectName is not null ? await _services.Store.GetAuthInfoAsync(objectName, CancellationToken.None).ConfigureAwait(false) : null;
        var context = new TranslationRequest(request, route.Profile, session.ClientId, _listener.Version, session.Services,
            needs.GeneratedAuthInfo ? _services.AuthInfo.Next() : null, needs.GeneratedAuthInfo ? _services.AuthInfo.Next() : null, stored, unresolved)
        {
            NameServerAddresses = await _services.HostObjects.GlueAsync(route, needs.NameServers, CancellationToken.None).ConfigureAwait(false),
            PooledSessions = _services.Pooled,
        };
        var translation = _services.Translator.Create(context);

        // The command runs to its end even if the client leaves: its effects (a new domain's authInfo) must land.
        return await _services.Executor.RunAsync(translation, session, request.Command, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task DrainAsync(RegistryRoute route)
    {
        if (await _paths!.LeaseAsync(route, CancellationToken.None).ConfigureAwait(false) is EppLeased { Session: var session })
        {
            await using (session.ConfigureAwait(false))
            {
                await TryAsync(() => _services.Drainer.DrainAsync(session, route, CancellationToken.None)).ConfigureAwait(false);
            }
        }
    }

    private async Task SettleAsync(RrpRequest request, string? objectName, UnresolvedObject? unresolved, FinishStep finish, IEppSession? session, RegistryRoute? route)
    {
        var effects = finish.Effects.ToList();
        var code = finish.Response.Code;

        // A transfer this registrar requested is watched, so its authInfo is rotated once the registry completes it.
        if (request is TransferRequest { Approve: null } transfer && code.IsSuccess())
        {
            await TryAsync(() => _services.Store.AddPendingRotationAsync(new PendingRotation(transfer.DomainName, _registrar!, _services.Time.GetUtcNow()), CancellationToken.None)).ConfigureAwait(false);
        }

        await _services.Effects.ApplyAsync(effects, _registrar!, finish.CloseSession ? null : session, route, CancellationToken.None).ConfigureAwait(false);

        // The translation saw the mark and gave a definite answer: the object is settled.
        if (unresolved is not null && objectName is not null && code is not (RrpResponseCode.ServerErrorClosing or RrpResponseCode.ServerErrorTryAgain or RrpResponseCode.CommandFailed)
            && !effects.OfType<MarkUnresolvedEffect>().Any())
        {
            await TryAsync(() => _services.Store.ClearUnresolvedAsync(objectName, CancellationToken.None)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Settles this registrar's pending authInfo rotations: all of them at login (<paramref name="force"/>) and once a
    /// check interval; in between only the ready ones (a transfer the loser approved through the gateway), so a gainer's
    /// next command finds the new authInfo in place without a registry query per command for transfers still pending.
    /// </summary>
    private async Task RotatePendingAsync(bool force)
    {
        var now = _services.Time.GetUtcNow();
        if (_paths is null)
        {
            return;
        }

        var all = force || now - _lastRotationCheck >= AuthInfoRotator.CheckInterval;
        if (all)
        {
            _lastRotationCheck = now;
        }

        await TryAsync(() => _services.Rotator.ProcessPendingAsync(_paths, CancellationToken.None, readyOnly: !all)).ConfigureAwait(false);
    }

    private async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "ALERT: gateway bookkeeping failed after an answer");
        }
    }

    private async Task AnswerAsync(RrpResponse response, bool forceClose = false)
    {
        var closes = forceClose || response.Code.ClosesConnection();
        _state = closes
            ? RrpSessionStateTable.Next(_state, RrpSessionEvent.Closed)
            : _state == RrpSessionState.Exe ? RrpSessionStateTable.Next(_state, RrpSessionEvent.CommandAnswered) : _state;
        await WriteAsync(output => RrpResponseWriter.Write(response, output)).ConfigureAwait(false);
    }

    private async Task WriteAsync(Action<IBufferWriter<byte>> write)
    {
        try
        {
            write(_output);
            await _output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or ConnectionResetException)
        {
            _logger.LogInformation("RRP answer not delivered: the client is gone");
            _state = RrpSessionState.Dis;
        }
    }

    private async Task EndAsync()
    {
        _state = RrpSessionState.Dis;
        await DropAsync(_paths).ConfigureAwait(false);
        _paths = null;

        if (_registrar is not null)
        {
            _services.Limiter.Release(_registrar);
        }

        // A TLS close_notify before the TCP close, so clients (openssl s_client) see a clean end, not a truncation.
        if (_connection.Features.Get<ISslStreamFeature>()?.SslStream is { } tls)
        {
            try
            {
                await tls.ShutdownAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                _logger.LogDebug("TLS shutdown not sent: {Reason:l}", e.Message);
            }
        }

        await _output.CompleteAsync().ConfigureAwait(false);
    }

    internal static string? ObjectNameOf(RrpRequest request) => request switch
    {
        AddDomainRequest r => r.DomainName,
        AddNameServerRequest r => r.NameServer,
        CheckDomainRequest r => r.DomainName,
        CheckNameServerRequest r => r.NameServer,
        DelDomainRequest r => r.DomainName,
        DelNameServerRequest r => r.NameServer,
        ModDomainRequest r => r.DomainName,
        ModNameServerRequest r => r.NameServer,
        RenewRequest r => r.DomainName,
        StatusDomainRequest r => r.DomainName,
        StatusNameServerRequest r => r.NameServer,
        TransferRequest r => r.DomainName,
        RestoreRequest r => r.DomainName,
        _ => null,
    };
}
