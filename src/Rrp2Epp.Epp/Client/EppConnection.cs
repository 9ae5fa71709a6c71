using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;

namespace Rrp2Epp.Epp.Client;

/// <summary>
/// One EPP session over TLS (RFC 5734): connect and read the greeting, log in with negotiated
/// services, exchange commands one at a time, keep alive with <c>&lt;hello&gt;</c>, log out.
/// </summary>
/// <remarks>
/// <para>Callers may share a connection: exchanges are serialised, one command in flight.</para>
/// <para>Result codes are values: <see cref="SendAsync"/> returns every response, failures
/// included. Only a broken transport throws <see cref="EppTransportException"/>, which says whether
/// the command was not sent or its outcome is unknown. After a timeout, a framing error, EOF, an
/// untrustworthy response, a wrong clTRID echo or a closing code (2500-2502) the connection is
/// <see cref="EppConnectionState.Dead"/> and is never used again.</para>
/// </remarks>
public sealed class EppConnection : IAsyncDisposable
{
    private static long s_connectionCounter;

    private readonly EppConnectionOptions _options;
    private readonly IEppExchangeObserver? _observer;
    private readonly TimeProvider _time;
    private readonly EppClientTransactionIds _transactionIds;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private EppConnectionState _state = EppConnectionState.Created;
    private Stream? _stream;
    private Socket? _socket;
    private long _lastActivityTicks;
    private string? _deathReason;

    /// <summary>Creates a connection (nothing happens on the network until <see cref="ConnectAsync"/>).</summary>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public EppConnection(EppConnectionOptions options, IEppExchangeObserver? observer = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _options = options;
        _observer = observer;
        _time = timeProvider ?? TimeProvider.System;
        _transactionIds = new EppClientTransactionIds(options.ClientTransactionIdPrefix);
        Id = string.Create(CultureInfo.InvariantCulture, $"epp-{Interlocked.Increment(ref s_connectionCounter)}");
    }

    /// <summary>An id for logs (unique in this process).</summary>
    public string Id { get; }

    /// <summary>The options this connection was made with.</summary>
    public EppConnectionOptions Options => _options;

    /// <summary>The current state.</summary>
    public EppConnectionState State
    {
        get
        {
            lock (_sync)
            {
                return _state;
            }
        }
    }

    /// <summary>True when commands can be sent (<see cref="EppConnectionState.Open"/> or <see cref="EppConnectionState.LoggedIn"/>).</summary>
    public bool IsUsable => State is EppConnectionState.Open or EppConnectionState.LoggedIn;

    /// <summary>Why the connection died, when it did.</summary>
    public string? DeathReason
    {
        get
        {
            lock (_sync)
            {
                return _deathReason;
            }
        }
    }

    /// <summary>When the last exchange completed (by the injected clock); null before the greeting.</summary>
    public DateTimeOffset? LastActivity
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastActivityTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>The greeting received on connect.</summary>
    public EppGreeting? Greeting { get; private set; }

    /// <summary>The services negotiated by the last successful login; null before.</summary>
    public EppNegotiatedServices? Services { get; private set; }

    /// <summary>The SHA-256 thumbprint of the server certificate (for logs), once connected.</summary>
    public string? ServerCertificateThumbprint { get; private set; }

    /// <summary>Connects, completes the TLS handshake with certificate checks, and reads the greeting.</summary>
    /// <exception cref="EppTransportException">The server could not be reached, trusted or understood (nothing was sent).</exception>
    /// <exception cref="InvalidOperationException">The connection was already connected.</exception>
    public async Task<EppGreeting> ConnectAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_sync)
            {
                if (_state != EppConnectionState.Created)
                {
                    throw new InvalidOperationException($"connection {Id} is {_state}; connect a new one");
                }
            }

            var started = _time.GetTimestamp();
            var target = string.Create(CultureInfo.InvariantCulture, $"{_options.Host}:{_options.Port}");
            try
            {
                var (stream, socket, thumbprint) = await EppTlsConnector.OpenAsync(_options, _time, cancellationToken).ConfigureAwait(false);
                ServerCertificateThumbprint = thumbprint;
                lock (_sync)
                {
                    _stream = stream;
                    _socket = socket;
                }

                var greeting = await ReadGreetingAsync(stream, cancellationToken).ConfigureAwait(false);
                Greeting = greeting;
                Touch();
                lock (_sync)
                {
                    if (_state == EppConnectionState.Created)
                    {
                        _state = EppConnectionState.Open;
                    }
                }

                Report(new EppExchange(Id, EppCommandKind.Connect, target, null, null, null, _time.GetElapsedTime(started), 0, 0));
                return greeting;
            }
            catch (EppTransportException e)
            {
                MarkDead(e.Message);
                Report(new EppExchange(Id, EppCommandKind.Connect, target, null, null, null, _time.GetElapsedTime(started), 0, 0, e.Failure, e.Delivery));
                throw;
            }
            catch (OperationCanceledException)
            {
                MarkDead("connect cancelled by the caller");
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Connects and logs in, for callers (tests, tools, a pool) that want a ready session or none:
    /// a login answered with anything but 1000 disposes the connection and throws.
    /// </summary>
    /// <exception cref="EppTransportException">The transport broke.</exception>
    /// <exception cref="InvalidOperationException">The login was refused; the message has the code and the server's text.</exception>
    public static async Task<EppConnection> ConnectAndLoginAsync(
        EppConnectionOptions options, EppLoginRequest login, IEppExchangeObserver? observer = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var connection = new EppConnection(options, observer, timeProvider);
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var response = await connection.LoginAsync(login, cancellationToken).ConfigureAwait(false);
            if (response.Code != EppResultCode.Success)
            {
                throw new InvalidOperationException($"login of {login.ClientId} refused: {response.Results[0]}");
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Logs in, asking for the services both wanted and offered by the greeting. On 1000 the state
    /// becomes <see cref="EppConnectionState.LoggedIn"/> and <see cref="Services"/> says what was
    /// negotiated; any other code is returned as is (2200: wrong credentials; 2501/2502 kill the connection).
    /// </summary>
    /// <exception cref="InvalidOperationException">Not connected, or the greeting offers none of the wanted object services.</exception>
    /// <exception cref="EppTransportException">The transport broke.</exception>
    public async Task<EppResponse> LoginAsync(EppLoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var greeting = Greeting ?? throw new InvalidOperationException($"connection {Id} has no greeting yet; connect first");
        var objects = request.ObjectUris.Distinct(StringComparer.Ordinal).Where(greeting.OffersObject).ToList();
        var extensions = request.ExtensionUris.Distinct(StringComparer.Ordinal).Where(greeting.OffersExtension).ToList();
        if (objects.Count == 0)
        {
            throw new InvalidOperationException("the server offers none of the wanted object services: " + string.Join(", ", request.ObjectUris));
        }

        var language = greeting.Languages.Contains(request.Language, StringComparer.Ordinal) || greeting.Languages.Count == 0
            ? request.Language
            : greeting.Languages[0];
        var negotiated = new EppNegotiatedServices(objects, extensions)
        {
            UnavailableObjectUris = request.ObjectUris.Where(u => !greeting.OffersObject(u)).ToList(),
            UnavailableExtensionUris = request.ExtensionUris.Where(u => !greeting.OffersExtension(u)).ToList(),
        };
        var login = new LoginCommand(request.ClientId, request.Password, objects, extensions, request.NewPassword, "1.0", language);
        return await SendCoreAsync(login, negotiated, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs in with the default wanted services (domain, host, contact; rgp, secDNS).</summary>
    public Task<EppResponse> LoginAsync(string clientId, EppSecret password, CancellationToken cancellationToken = default) =>
        LoginAsync(new EppLoginRequest(clientId, password), cancellationToken);

    /// <summary>
    /// Sends a command with a fresh clTRID and returns the response, whatever its code. A
    /// <see cref="LoginCommand"/> sent this way also updates <see cref="State"/> and <see cref="Services"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The command is invalid (or fails the schemas with <see cref="EppConnectionOptions.ValidateOutgoingFrames"/>); nothing was sent.</exception>
    /// <exception cref="EppTransportException">The transport broke; see <see cref="EppTransportException.Delivery"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while waiting for the previous command; nothing was sent.</exception>
    public Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return SendCoreAsync(command, null, cancellationToken);
    }

    /// <summary>Sends <c>&lt;hello&gt;</c> (keep-alive) and returns the greeting it brings back.</summary>
    /// <exception cref="EppTransportException">The transport broke.</exception>
    public async Task<EppGreeting> HelloAsync(CancellationToken cancellationToken = default)
    {
        using var payload = EppCommandWriter.WriteHello();
        var message = await ExchangeAsync(EppCommandKind.Hello, null, null, payload, cancellationToken).ConfigureAwait(false);
        return (EppGreeting)message;
    }

    /// <summary>Sends <c>&lt;logout&gt;</c>. On 1500 the server closes and the state becomes <see cref="EppConnectionState.Closed"/>.</summary>
    /// <exception cref="EppTransportException">The transport broke.</exception>
    public Task<EppResponse> LogoutAsync(CancellationToken cancellationToken = default) =>
        SendCoreAsync(new LogoutCommand(), null, cancellationToken);

    /// <summary>Closes the connection without logging out (RFC 5734 §2 allows it). A command in flight fails.</summary>
    public async ValueTask DisposeAsync()
    {
        Stream? stream;
        lock (_sync)
        {
            if (_state != EppConnectionState.Dead)
            {
                _state = EppConnectionState.Closed;
            }

            stream = _stream;
            _stream = null;
            _socket = null;
        }

        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"EppConnection {Id} {_options.Host}:{_options.Port} {State}";

    private async Task<EppResponse> SendCoreAsync(EppCommand command, EppNegotiatedServices? negotiated, CancellationToken cancellationToken)
    {
        var clTrid = _transactionIds.Next();
        using var payload = EppCommandWriter.Write(command, clTrid);
        if (_options.ValidateOutgoingFrames)
        {
            var validation = EppSchemaValidator.Validate(payload.Payload);
            if (!validation.IsValid)
            {
                throw new ArgumentException($"the {command.Kind.LogName()} frame fails the EPP schemas: " + Scrub(string.Join("; ", validation.Errors), command.Secrets), nameof(command));
            }
        }

        var message = await ExchangeAsync(command.Kind, command.ObjectName, clTrid, payload, cancellationToken, command, negotiated).ConfigureAwait(false);
        return (EppResponse)message;
    }

    /// <summary>
    /// One exchange under the gate: write, read, check. Everything after the write begins is
    /// "outcome unknown" on failure, and every failure kills the connection.
    /// </summary>
    private async Task<EppMessage> ExchangeAsync(
        EppCommandKind kind, string? objectName, string? clTrid, EppFrame payload, CancellationToken cancellationToken,
        EppCommand? command = null, EppNegotiatedServices? negotiated = null)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var started = _time.GetTimestamp();
        var bytesSent = 0;
        var bytesReceived = 0;
        try
        {
            Stream stream;
            lock (_sync)
            {
                if (_state is not (EppConnectionState.Open or EppConnectionState.LoggedIn) || _stream is null)
                {
                    throw Failure(EppTransportFailure.ConnectionNotUsable, EppDelivery.NotSent, kind, objectName, clTrid,
                        $"connection is {_state}" + (_deathReason is null ? string.Empty : $" ({_deathReason})"), null, markDead: false);
                }

                stream = _stream;
            }

            if (PeerSpokeUnasked())
            {
                // Between exchanges an EPP server says nothing: readable means it closed (a restart, an idle timeout) or is
                // out of step. Sending would make the outcome unknown for nothing; not sending lets the caller rebuild first.
                throw Failure(EppTransportFailure.ConnectionClosed, EppDelivery.NotSent, kind, objectName, clTrid,
                    "the server closed the connection (or spoke unasked) while it was idle", null);
            }

            ReportFrame(EppFrameDirection.Sent, payload);
            using var timeout = new CancellationTokenSource(_options.CommandTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            EppFrame? frame;
            try
            {
                await EppFraming.WriteFrameAsync(stream, payload.Payload, linked.Token).ConfigureAwait(false);
                bytesSent = payload.Length + EppFraming.HeaderLength;
                frame = await EppFraming.ReadFrameAsync(stream, _options.MaxFrameBytes, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (timeout.IsCancellationRequested)
            {
                throw Failure(EppTransportFailure.ResponseTimedOut, EppDelivery.OutcomeUnknown, kind, objectName, clTrid,
                    $"no answer within {_options.CommandTimeout.TotalSeconds:0.###} s", e);
            }
            catch (OperationCanceledException e)
            {
                throw Failure(EppTransportFailure.Cancelled, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, "cancelled by the caller after sending", e);
            }
            catch (EppFramingException e)
            {
                throw Failure(EppTransportFailure.FramingError, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, e.Message, e);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or AuthenticationException)
            {
                throw Failure(EppTransportFailure.ConnectionLost, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, e.Message, e);
            }

            if (frame is null)
            {
                throw Failure(EppTransportFailure.ConnectionClosed, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, "the server closed the connection without answering", null);
            }

            EppMessage message;
            using (frame)
            {
                bytesReceived = frame.Length + EppFraming.HeaderLength;
                ReportFrame(EppFrameDirection.Received, frame);
                message = EppResponseReader.Read(frame.Payload, _options.MaxFrameBytes);
            }

            CheckAnswer(kind, objectName, clTrid, message);
            Touch();
            var response = message as EppResponse;
            if (response is not null && command is not null)
            {
                ApplyOutcome(command, response, negotiated);
            }

            Report(new EppExchange(Id, kind, objectName, clTrid, response?.ServerTransactionId, response?.Code, _time.GetElapsedTime(started), bytesSent, bytesReceived));
            return message;
        }
        catch (EppTransportException e)
        {
            Report(new EppExchange(Id, kind, objectName, clTrid, null, null, _time.GetElapsedTime(started), bytesSent, bytesReceived, e.Failure, e.Delivery));
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void CheckAnswer(EppCommandKind kind, string? objectName, string? clTrid, EppMessage message)
    {
        switch (message)
        {
            case EppMalformedMessage malformed:
                throw Failure(EppTransportFailure.MalformedResponse, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, "untrustworthy answer: " + malformed.Reason, null);
            case EppGreeting when kind != EppCommandKind.Hello:
                throw Failure(EppTransportFailure.UnexpectedMessage, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, "a greeting came back instead of a response", null);
            case EppResponse when kind == EppCommandKind.Hello:
                throw Failure(EppTransportFailure.UnexpectedMessage, EppDelivery.OutcomeUnknown, kind, objectName, clTrid, "a response came back instead of a greeting", null);
            case EppResponse response when clTrid is not null && response.ClientTransactionId is not null
                                           && !string.Equals(response.ClientTransactionId, clTrid, StringComparison.Ordinal):
                throw Failure(EppTransportFailure.TransactionIdMismatch, EppDelivery.OutcomeUnknown, kind, objectName, clTrid,
                    $"the answer echoes clTRID {EppResponseReader.Truncate(response.ClientTransactionId)}; the connection is out of step", null);
        }
    }

    private void ApplyOutcome(EppCommand command, EppResponse response, EppNegotiatedServices? negotiated)
    {
        if (command is LoginCommand login && response.Code == EppResultCode.Success)
        {
            Services = negotiated ?? new EppNegotiatedServices(login.ObjectUris.ToList(), login.ExtensionUris.ToList());
            lock (_sync)
            {
                if (_state == EppConnectionState.Open)
                {
                    _state = EppConnectionState.LoggedIn;
                }
            }
        }

        if (!response.ClosesConnection)
        {
            return;
        }

        // 1500 ends the session normally; 2500-2502 mean the server is closing on us.
        if (response.Code == EppResultCode.SuccessEndingSession)
        {
            Close(EppConnectionState.Closed, null);
        }
        else
        {
            Close(EppConnectionState.Dead, $"the server answered {(int)response.Code} and closes the connection");
        }
    }

    private async Task<EppGreeting> ReadGreetingAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.CommandTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        EppFrame? frame;
        try
        {
            frame = await EppFraming.ReadFrameAsync(stream, _options.MaxFrameBytes, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ConnectFailure(EppTransportFailure.GreetingTimedOut, $"no greeting within {_options.CommandTimeout.TotalSeconds:0.###} s", e);
        }
        catch (EppFramingException e)
        {
            throw ConnectFailure(EppTransportFailure.FramingError, e.Message, e);
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException)
        {
            // With TLS 1.3 a refused client certificate shows up here, on the first read.
            throw ConnectFailure(EppTransportFailure.ConnectionLost, e.Message, e);
        }

        if (frame is null)
        {
            throw ConnectFailure(EppTransportFailure.ConnectionClosed, "the server closed the connection before its greeting", null);
        }

        using (frame)
        {
            ReportFrame(EppFrameDirection.Received, frame);
            return EppResponseReader.Read(frame.Payload, _options.MaxFrameBytes) switch
            {
                EppGreeting greeting => greeting,
                EppMalformedMessage malformed => throw ConnectFailure(EppTransportFailure.GreetingMalformed, malformed.Reason, null),
                _ => throw ConnectFailure(EppTransportFailure.GreetingMalformed, "the first frame is not a greeting", null),
            };
        }
    }

    private EppTransportException ConnectFailure(EppTransportFailure failure, string detail, Exception? inner) =>
        EppTlsConnector.Failure(_options, failure, detail, inner);

    private EppTransportException Failure(
        EppTransportFailure failure, EppDelivery delivery, EppCommandKind kind, string? objectName, string? clTrid, string detail, Exception? inner, bool markDead = true)
    {
        var outcome = delivery == EppDelivery.NotSent ? "not sent" : "outcome unknown";
        var what = kind.LogName() + (objectName is null ? string.Empty : " " + objectName) + (clTrid is null ? string.Empty : $" (clTRID {clTrid})");
        var message = $"{what} on {Id} failed ({failure}, {outcome}): {detail}";
        if (markDead)
        {
            Close(EppConnectionState.Dead, $"{failure}: {detail}");
        }

        return new EppTransportException(failure, delivery, kind, clTrid, message, inner);
    }

    private void MarkDead(string reason) => Close(EppConnectionState.Dead, reason);

    /// <summary>True when the idle connection has something to read (data, the server's close) or is already broken.</summary>
    private bool PeerSpokeUnasked()
    {
        Socket? socket;
        lock (_sync)
        {
            socket = _socket;
        }

        try
        {
            return socket is not null && socket.Poll(0, SelectMode.SelectRead);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    /// <summary>Moves to a final state and drops the stream; the server may still be talking, but nobody listens any more.</summary>
    private void Close(EppConnectionState state, string? reason)
    {
        Stream? stream;
        lock (_sync)
        {
            if (_state is not (EppConnectionState.Dead or EppConnectionState.Closed))
            {
                _state = state;
                _deathReason = reason;
            }

            stream = _stream;
            _stream = null;
            _socket = null;
        }

        stream?.Dispose();
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetUtcNow().UtcTicks);

    private void Report(EppExchange exchange)
    {
        try
        {
            _observer?.OnExchange(exchange);
        }
        catch (Exception)
        {
            // An observer is for logging; its failure must not break the session.
        }
    }

    private void ReportFrame(EppFrameDirection direction, EppFrame frame)
    {
        try
        {
            if (_observer is { WantsFrames: true })
            {
                _observer.OnFrame(Id, direction, EppFrameRedactor.Redact(frame.Payload));
            }
        }
        catch (Exception)
        {
            // As above.
        }
    }

    private static string Scrub(string text, IEnumerable<EppSecret> secrets)
    {
        foreach (var secret in secrets)
        {
            var value = secret.Reveal();
            if (value.Length > 0)
            {
                text = text.Replace(value, EppSecret.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
