using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// Runs a translation (<see cref="ITranslation"/>): sends each <see cref="SendStep"/> through the RRP session's EPP
/// path and reports what happened, until a <see cref="FinishStep"/> comes back. It owns the transport rules of
/// result-mapping.md §4: nothing sent → <see cref="EppNotSent"/>; a query whose answer was lost → resent once on a
/// fresh connection (G6); a transform lost → <see cref="EppOutcomeUnknown"/> so the translation reconciles on a fresh
/// connection (G7); an answer 2500 → reported once a new session is up, else <see cref="EppPathLost"/> (G8); a re-login
/// refused → <see cref="EppPathLost"/> (G9). A connection whose last command is unanswered is never reused (the EPP
/// client marks it dead).
/// <para>
/// Resending a command the registry <em>answered</em> (2002, a query answered 2500) is not the executor's decision:
/// results.csv's <c>resend</c> rows own it, and the translation asks for the resend with
/// <see cref="SendStep.FreshSession"/>, which the executor honours by rebuilding the session first. So an answered
/// command goes out at most twice.
/// </para>
/// </summary>
public sealed class PlanExecutor(TimeProvider time, IOptions<GatewayOptions> options, ILogger<PlanExecutor> logger)
{
    private readonly int _maxSteps = options.Value.Sessions.MaxStepsPerCommand;

    /// <summary>
    /// Runs <paramref name="translation"/> to its finish. A bug in the translation is answered 549 (G12), never thrown.
    /// A <see cref="MarkUnresolvedEffect"/> or <see cref="WatchPendingActionEffect"/> the translation left without a clTRID gets the one of the last command sent.
    /// </summary>
    public async Task<FinishStep> RunAsync(ITranslation translation, IEppSession session, RrpCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(translation);
        ArgumentNullException.ThrowIfNull(session);
        PlanStep step;
        try
        {
            step = translation.Start();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Fault(command, "the translation failed to start", e);
        }

        var tracker = new ClientTransactionIdTracker();
        for (var steps = 0; ; steps++)
        {
            switch (step)
            {
                case FinishStep finish:
                    return tracker.FillIn(finish);
                case SendStep send when steps >= _maxSteps:
                    return Fault(command, $"the translation asked for more than {_maxSteps} exchanges (next: {send.Command.Kind.LogName()})", null);
                case SendStep send:
                    var result = await SendAsync(session, send.Command, send.FreshSession, tracker, cancellationToken).ConfigureAwait(false);
                    try
                    {
                        step = translation.Next(result);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        return Fault(command, "the translation failed on a step result", e);
                    }

                    break;
                default:
                    return Fault(command, "the translation returned an unknown step", null);
            }
        }
    }

    /// <summary>Sends one command outside a translation (authInfo rotation) with the transport rules above.</summary>
    public Task<EppStepResult> SendAsync(IEppSession session, EppCommand command, CancellationToken cancellationToken) =>
        SendAsync(session, command, freshSession: false, new ClientTransactionIdTracker(), cancellationToken);

    /// <summary>Sends one command with the transport rules above; <paramref name="freshSession"/> rebuilds the session first.</summary>
    internal async Task<EppStepResult> SendAsync(IEppSession session, EppCommand command, bool freshSession, ClientTransactionIdTracker tracker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var isQuery = !command.IsTransform;
        for (var attempt = 1; ; attempt++)
        {
            // A session rebuilt right after a 2500 is already fresh: the resend the table asks for goes out on it.
            if ((freshSession && !tracker.Rebuilt) || !session.IsUsable)
            {
                var rebuilt = await session.ReconnectAsync(cancellationToken).ConfigureAwait(false);
                if (rebuilt is not null)
                {
                    return rebuilt;
                }
            }

            freshSession = false;
            tracker.Rebuilt = false;
            var sentAt = time.GetUtcNow();
            EppResponse response;
            try
            {
                response = await session.SendAsync(command, cancellationToken).ConfigureAwait(false);
                tracker.Last = response.ClientTransactionId ?? tracker.Last;
            }
            catch (EppTransportException e) when (e.Delivery == EppDelivery.NotSent)
            {
                // Nothing reached the registry: one more try on a rebuilt connection cannot apply anything twice.
                if (attempt == 1)
                {
                    continue;
                }

                return new EppNotSent(e.Failure, EppSessionOpener.IsLasting(e.Failure));
            }
            catch (EppTransportException e)
            {
                tracker.Last = e.ClientTransactionId ?? tracker.Last;
                if (isQuery && attempt == 1)
                {
                    logger.LogWarning("{Command:l} {Object:l} lost ({Failure}); resending once on a fresh connection", command.Kind.LogName(), command.ObjectName, e.Failure);
                    continue;
                }

                logger.LogWarning("{Command:l} {Object:l}: outcome unknown ({Failure}, clTRID {ClTrid:l})", command.Kind.LogName(), command.ObjectName, e.Failure, e.ClientTransactionId);
                return new EppOutcomeUnknown(e.Failure, sentAt);
            }
            catch (ArgumentException e)
            {
                // The gateway built a frame the schemas refuse: a lasting gateway or profile fault (549), nothing sent.
                logger.LogError("{Command:l} {Object:l} not sent: {Problem:l}", command.Kind.LogName(), command.ObjectName, e.Message);
                return new EppNotSent(EppTransportFailure.ConnectionNotUsable, true);
            }

            switch (response.Code)
            {
                case EppResultCode.SessionLimitExceededServerClosing when attempt == 1:
                    // Not executed, and the registry dropped this connection: another (rebuilt) session takes the command,
                    // as another pool member would (result-mapping.md §2, row 2502).
                    logger.LogWarning("{Command:l} {Object:l} answered 2502; resending once on a fresh connection", command.Kind.LogName(), command.ObjectName);
                    freshSession = true;
                    continue;
                case EppResultCode.SessionLimitExceededServerClosing:
                    return new EppNotSent(EppTransportFailure.ConnectionNotUsable, false);
                case EppResultCode.CommandFailedServerClosing:
                    // Reported only once a new session is up for the next step (the translation's table may resend on it).
                    var rebuilt = await session.ReconnectAsync(cancellationToken).ConfigureAwait(false);
                    tracker.Rebuilt = rebuilt is null;
                    return rebuilt is null ? new EppAnswered(response) : new EppPathLost("the registry answered 2500 and no new EPP session could be built");
                default:
                    return new EppAnswered(response);
            }
        }
    }

    private FinishStep Fault(RrpCommand command, string what, Exception? e)
    {
        logger.LogError(e, "Gateway fault on {RrpCommand}: {Problem:l}", command, what);
        return new FinishStep(RrpResponse.Of(RrpResponseCode.CommandFailed), false, [new AlertEffect($"gateway fault on {command}: {what}")], [what]);
    }

    /// <summary>The clTRID of the last command a run sent, for the unresolved mark and the pending-action watch the translation cannot fill in.</summary>
    internal sealed class ClientTransactionIdTracker
    {
        public string? Last { get; set; }

        /// <summary>The session was rebuilt after the last answer and has carried no command since.</summary>
        public bool Rebuilt { get; set; }

        public FinishStep FillIn(FinishStep finish)
        {
            if (Last is null || !finish.Effects.Any(e => e is MarkUnresolvedEffect { ClientTransactionId: "" } or WatchPendingActionEffect { ClientTransactionId: "" }))
            {
                return finish;
            }

            var effects = finish.Effects.Select(e => e switch
            {
                MarkUnresolvedEffect { ClientTransactionId: "" } mark => mark with { ClientTransactionId = Last },
                WatchPendingActionEffect { ClientTransactionId: "" } watch => watch with { ClientTransactionId = Last },
                _ => e,
            }).ToList();
            return finish with { Effects = effects };
        }
    }
}
