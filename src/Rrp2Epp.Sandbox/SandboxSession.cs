using System.Net.Security;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// One EPP session on one TLS connection: greeting, login, commands, logout (RFC 5730 §2). The
/// session's reactions are a table of (state, command class); faults are applied around the
/// registry call; XML is read and written here, outside the registry's lock.
/// </summary>
internal sealed class SandboxSession
{
    private enum State
    {
        AwaitingLogin,
        LoggedIn,
    }

    private enum CommandClass
    {
        Hello,
        Login,
        Logout,
        Other,
    }

    /// <summary>What the session does after answering.</summary>
    private enum Next
    {
        Continue,
        Close,
        Abort,
    }

    private delegate ValueTask<Next> Handler(SandboxSession session, SandboxCommand command, FaultHandle? fault, CancellationToken ct);

    // The state table: what each command class does in each state.
    private static readonly Dictionary<(State, CommandClass), Handler> Table = new()
    {
        [(State.AwaitingLogin, CommandClass.Hello)] = (s, _, f, ct) => s.GreetAsync(f, ct),
        [(State.AwaitingLogin, CommandClass.Login)] = (s, c, f, ct) => s.LoginAsync((LoginRequest)c, f, ct),
        [(State.AwaitingLogin, CommandClass.Logout)] = (s, c, f, ct) => s.UseErrorAsync(c, f, ct),
        [(State.AwaitingLogin, CommandClass.Other)] = (s, c, f, ct) => s.UseErrorAsync(c, f, ct),
        [(State.LoggedIn, CommandClass.Hello)] = (s, _, f, ct) => s.GreetAsync(f, ct),
        [(State.LoggedIn, CommandClass.Login)] = (s, c, f, ct) => s.UseErrorAsync(c, f, ct),
        [(State.LoggedIn, CommandClass.Logout)] = (s, c, f, ct) => s.LogoutAsync(c, f, ct),
        [(State.LoggedIn, CommandClass.Other)] = (s, c, f, ct) => s.ObjectCommandAsync(c, f, ct),
    };

    private readonly SandboxServer _server;
    private readonly SslStream _ssl;
    private readonly SandboxCommandReader _reader = new();
    private readonly SandboxResponseWriter _writer = new();
    private State _state = State.AwaitingLogin;
    private string? _clientId;
    private HashSet<string> _objects = [];
    private HashSet<string> _extensions = [];
    private int _loginFailures;

    public SandboxSession(SandboxServer server, SslStream ssl)
    {
        _server = server;
        _ssl = ssl;
    }

    public string? ClientId => _clientId;

    /// <summary>Runs the session until logout, a closing code, a fault, idle timeout, the peer leaving or <paramref name="stop"/>.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var options = _server.Options;
        try
        {
            await SendAsync(_writer.Greeting(options.ServerId, _server.Registry.Now, _server.ObjectUris, _server.ExtensionUris), stop).ConfigureAwait(false);
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop);
            while (true)
            {
                idle.CancelAfter(options.IdleTimeout);
                EppFrame? frame;
                try
                {
                    frame = await EppFraming.ReadFrameAsync(_ssl, options.MaxFrameBytes, idle.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // Idle too long: TLS close_notify, then close, with no EPP code (RFC 5734 §9).
                    _server.Log($"session {_clientId ?? "-"}: idle timeout");
                    await _ssl.ShutdownAsync().ConfigureAwait(false);
                    return;
                }
                catch (EppFramingException e) when (e.Error == EppFramingError.FrameTooLarge)
                {
                    _server.Log($"session {_clientId ?? "-"}: {e.Message}");
                    await RespondAsync(new SandboxResult(EppResultCode.CommandFailedServerClosing), null, stop).ConfigureAwait(false);
                    return;
                }

                if (frame is null)
                {
                    return;
                }

                idle.CancelAfter(Timeout.InfiniteTimeSpan);
                Next next;
                using (frame)
                {
                    next = await HandleAsync(frame.Payload, stop).ConfigureAwait(false);
                }

                if (next == Next.Close)
                {
                    await _ssl.ShutdownAsync().ConfigureAwait(false);
                    return;
                }

                if (next == Next.Abort)
                {
                    return;
                }
            }
        }
        finally
        {
            if (_state == State.LoggedIn)
            {
                _server.Registry.EndSession(_clientId!);
            }
        }
    }

    private async ValueTask<Next> HandleAsync(ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        var read = _reader.Read(payload);
        if (read.Command is not { } command)
        {
            _server.Log($"session {_clientId ?? "-"}: {(int)read.ErrorCode}: {read.Error}");
            await RespondAsync(new SandboxResult(read.ErrorCode), read.ClTrid, ct).ConfigureAwait(false);
            return Next.Continue;
        }

        var commandClass = command switch
        {
            HelloRequest => CommandClass.Hello,
            LoginRequest => CommandClass.Login,
            LogoutRequest => CommandClass.Logout,
            _ => CommandClass.Other,
        };
        var registrar = command is LoginRequest login ? login.ClientId : _clientId;
        _server.Registry.CountReceived(command.Kind, command.ObjectNames);
        var fault = _server.Faults.Match(command.Kind, registrar, name => command.ObjectNames.Any(n => string.Equals(DomainNames.Normalize(n), DomainNames.Normalize(name), StringComparison.Ordinal)));
        switch (fault?.Rule.Action)
        {
            case FaultAction.CloseBeforeApply:
                _server.Log($"fault: closing before {command.Kind}");
                return Next.Abort;
            case FaultAction.Fail2400:
                await RespondAsync(new SandboxResult(EppResultCode.CommandFailed), command.ClTrid, ct).ConfigureAwait(false);
                return Next.Continue;
            case FaultAction.Fail2500 or FaultAction.Fail2501 or FaultAction.Fail2502:
                var closing = fault.Rule.Action switch
                {
                    FaultAction.Fail2500 => EppResultCode.CommandFailedServerClosing,
                    FaultAction.Fail2501 => EppResultCode.AuthenticationErrorServerClosing,
                    _ => EppResultCode.SessionLimitExceededServerClosing,
                };
                await RespondAsync(new SandboxResult(closing), command.ClTrid, ct).ConfigureAwait(false);
                return Next.Close;
        }

        return await Table[(_state, commandClass)](this, command, fault, ct).ConfigureAwait(false);
    }

    private async ValueTask<Next> GreetAsync(FaultHandle? fault, CancellationToken ct)
    {
        _server.CountHello();
        var frame = _writer.Greeting(_server.Options.ServerId, _server.Registry.Now, _server.ObjectUris, _server.ExtensionUris);
        return await DeliverAsync(frame, fault, Next.Continue, ct).ConfigureAwait(false);
    }

    private ValueTask<Next> UseErrorAsync(SandboxCommand command, FaultHandle? fault, CancellationToken ct) =>
        AnswerAsync(new SandboxResult(EppResultCode.CommandUseError), command, fault, Next.Continue, ct);

    private async ValueTask<Next> LoginAsync(LoginRequest login, FaultHandle? fault, CancellationToken ct)
    {
        SandboxResult? refusal = null;
        if (login.Version != "1.0")
        {
            refusal = SandboxResult.Fail(EppResultCode.UnimplementedProtocolVersion, ErrorValue.Epp("version", login.Version, "Only version 1.0 is offered"));
        }
        else if (login.Lang != "en")
        {
            refusal = SandboxResult.Fail(EppResultCode.UnimplementedOption, ErrorValue.Epp("lang", login.Lang, "Only lang en is offered"));
        }
        else if (login.ObjectUris.FirstOrDefault(u => !_server.ObjectUris.Contains(u)) is { } badObject)
        {
            refusal = SandboxResult.Fail(EppResultCode.UnimplementedObjectService, ErrorValue.Epp("objURI", badObject, "Not announced in the greeting"));
        }
        else if (login.ExtensionUris.FirstOrDefault(u => !_server.ExtensionUris.Contains(u)) is { } badExtension)
        {
            refusal = SandboxResult.Fail(EppResultCode.UnimplementedExtension, ErrorValue.Epp("extURI", badExtension, "Not announced in the greeting"));
        }

        if (refusal is not null)
        {
            return await AnswerAsync(refusal, login, fault, Next.Continue, ct).ConfigureAwait(false);
        }

        switch (_server.Registry.Login(login.ClientId, login.Password, login.NewPassword, _server.Options.MaxSessionsPerRegistrar))
        {
            case LoginOutcome.BadCredentials:
                if (++_loginFailures >= _server.Options.MaxLoginFailures)
                {
                    return await AnswerAsync(SandboxResult.Fail(EppResultCode.AuthenticationErrorServerClosing,
                        ErrorValue.Epp("clID", login.ClientId, "Too many failed logins")), login, fault, Next.Close, ct).ConfigureAwait(false);
                }

                return await AnswerAsync(SandboxResult.Fail(EppResultCode.AuthenticationError,
                    ErrorValue.Epp("clID", login.ClientId, "Unknown client id or wrong password")), login, fault, Next.Continue, ct).ConfigureAwait(false);
            case LoginOutcome.TooManySessions:
                return await AnswerAsync(SandboxResult.Fail(EppResultCode.SessionLimitExceededServerClosing,
                    ErrorValue.Epp("clID", login.ClientId, $"At most {_server.Options.MaxSessionsPerRegistrar} sessions per registrar")), login, fault, Next.Close, ct).ConfigureAwait(false);
        }

        _state = State.LoggedIn;
        _clientId = login.ClientId;
        _objects = [.. login.ObjectUris];
        _extensions = [.. login.ExtensionUris];
        return await AnswerAsync(SandboxResult.Ok, login, fault, Next.Continue, ct).ConfigureAwait(false);
    }

    private ValueTask<Next> LogoutAsync(SandboxCommand command, FaultHandle? fault, CancellationToken ct)
    {
        // The session ends before 1500 goes out, so a client that has read it sees the registrar's session count down.
        var (count, head) = _server.Registry.QueueState(_clientId!);
        _server.Registry.EndSession(_clientId!);
        _state = State.AwaitingLogin;
        var frame = _writer.Response(new SandboxResult(EppResultCode.SuccessEndingSession), command.ClTrid, _server.NextServerTrid(), count, head);
        return DeliverAsync(frame, fault, Next.Close, ct);
    }

    private ValueTask<Next> ObjectCommandAsync(SandboxCommand command, FaultHandle? fault, CancellationToken ct)
    {
        if (command.ObjectUri is { } uri && !_objects.Contains(uri))
        {
            return AnswerAsync(SandboxResult.Fail(EppResultCode.UnimplementedObjectService,
                ErrorValue.Epp("objURI", uri, _server.ObjectUris.Contains(uri) ? "Not declared at login" : "Not offered by this registry")), command, fault, Next.Continue, ct);
        }

        if (command is RejectedRequest rejected)
        {
            _server.Log($"session {_clientId}: {rejected.Code}: {rejected.Reason}");
            return AnswerAsync(new SandboxResult((EppResultCode)rejected.Code), command, fault, Next.Continue, ct);
        }

        if (command.Extensions.FirstOrDefault(e => !_extensions.Contains(e)) is { } extension)
        {
            return AnswerAsync(SandboxResult.Fail(EppResultCode.UnimplementedExtension,
                ErrorValue.Epp("extURI", extension, _server.ExtensionUris.Contains(extension) ? "Not declared at login" : "Not offered by this registry")), command, fault, Next.Continue, ct);
        }

        var svTrid = _server.NextServerTrid();
        var outcome = _server.Registry.Execute(command, _clientId!, _extensions.Contains(EppNamespaces.Rgp), svTrid);
        var frame = _writer.Response(outcome.Result, command.ClTrid, svTrid, outcome.QueueCount, outcome.QueueHead);
        return DeliverAsync(frame, fault, Next.Continue, ct);
    }

    /// <summary>Answers a result computed by the session itself, with the queue state when logged in.</summary>
    private ValueTask<Next> AnswerAsync(SandboxResult result, SandboxCommand command, FaultHandle? fault, Next next, CancellationToken ct)
    {
        var (count, head) = _state == State.LoggedIn ? _server.Registry.QueueState(_clientId!) : (0, null);
        var frame = _writer.Response(result, command.ClTrid, _server.NextServerTrid(), count, head);
        return DeliverAsync(frame, fault, next, ct);
    }

    /// <summary>Sends an answer to an applied command, honouring the after-apply faults.</summary>
    private async ValueTask<Next> DeliverAsync(ReadOnlyMemory<byte> frame, FaultHandle? fault, Next next, CancellationToken ct)
    {
        if (fault?.Rule.Action == FaultAction.CloseAfterApply)
        {
            _server.Log("fault: closing after applying a command");
            return Next.Abort;
        }

        if (fault?.Rule.Action == FaultAction.DelayResponse)
        {
            await fault.DelayAsync(ct).ConfigureAwait(false);
        }

        await SendAsync(frame, ct).ConfigureAwait(false);
        return next;
    }

    private async ValueTask RespondAsync(SandboxResult result, string? clTrid, CancellationToken ct)
    {
        var (count, head) = _state == State.LoggedIn ? _server.Registry.QueueState(_clientId!) : (0, null);
        await SendAsync(_writer.Response(result, clTrid, _server.NextServerTrid(), count, head), ct).ConfigureAwait(false);
    }

    private ValueTask SendAsync(ReadOnlyMemory<byte> frame, CancellationToken ct) => _ssl.WriteAsync(frame, ct);
}
