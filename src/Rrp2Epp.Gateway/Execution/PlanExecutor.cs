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
/// result-mapping.md §4: nothing sent → <see cref="EppNotSent"/>; a query lost or refused with 2500/2502 → resent once
/// on a fresh connection (G6, §2); a transform lost → <see cref="EppOutcomeUnknown"/> so the translation reconciles on a
/// fresh connection (G7); a transform answered 2500 → the answer once a new session is up, else
/// <see cref="EppPathLost"/> (G8); a re-login refused → <see cref="EppPathLost"/> (G9). A connection whose last command
/// is unanswered is never reused (the EPP client marks it dead).
/// </summary>
public sealed class PlanExecutor(TimeProvider time, IOptions<GatewayOptions> options, ILogger<PlanExecutor> logger)
{
    private readonly int _maxSteps = options.Value.Sessions.MaxStepsPerCommand;

    /// <summary>Runs <paramref name="translation"/> to its finish. A bug in the translation is answered 549 (G12), never thrown.</summary>
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

        for (var steps = 0; ; steps++)
        {
            switch (step)
            {
                case FinishStep finish:
                    return finish;
                case SendStep send when steps >= _maxSteps:
                    return Fault(command, $"the translation asked for more than {_maxSteps} exchanges (next: {send.Command.Kind.LogName()})", null);
                case SendStep send:
                    var result = await SendAsync(session, send.Command, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Sends one command with the retry and reconnect rules above and returns what became of it.</summary>
    public async Task<EppStepResult> SendAsync(IEppSession session, EppCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var isQuery = !command.IsTransform;
        for (var attempt = 1; ; attempt++)
        {
            if (!session.IsUsable)
            {
                var rebuilt = await session.ReconnectAsync(cancellationToken).ConfigureAwait(false);
                if (rebuilt is not null)
                {
                    return rebuilt;
                }
            }

            var sentAt = time.GetUtcNow();
            EppResponse response;
            try
            {
                response = await session.SendAsync(command, cancellationToken).ConfigureAwait(false);
            }
            catch (EppTransportException e) when (e.Delivery == EppDelivery.NotSent)
            {
                if (attempt == 1)
                {
                    continue;
                }

                return new EppNotSent(e.Failure, DedicatedEppSessionProvider.IsLasting(e.Failure));
            }
            catch (EppTransportException e)
            {
                if (isQuery && attempt == 1)
                {
                    logger.LogWarning("{Command} {Object} lost ({Failure}); resending once on a fresh connection", command.Kind.LogName(), command.ObjectName, e.Failure);
                    continue;
                }

                logger.LogWarning("{Command} {Object}: outcome unknown ({Failure}, clTRID {ClTrid})", command.Kind.LogName(), command.ObjectName, e.Failure, e.ClientTransactionId);
                return new EppOutcomeUnknown(e.Failure, sentAt);
            }
            catch (ArgumentException e)
            {
                // The gateway built a frame the schemas refuse: a lasting gateway or profile fault (549), nothing sent.
                logger.LogError("{Command} {Object} not sent: {Problem}", command.Kind.LogName(), command.ObjectName, e.Message);
                return new EppNotSent(EppTransportFailure.ConnectionNotUsable, true);
            }

            switch (response.Code)
            {
                case EppResultCode.CommandFailedServerClosing or EppResultCode.SessionLimitExceededServerClosing when attempt == 1 && (isQuery || response.Code == EppResultCode.SessionLimitExceededServerClosing):
                case EppResultCode.CommandUseError when attempt == 1:
                    // Not executed: resend once on a fresh, freshly logged-in connection (result-mapping.md §2).
                    logger.LogWarning("{Command} {Object} answered {Code}; resending once on a fresh connection", command.Kind.LogName(), command.ObjectName, (int)response.Code);
                    var fresh = await session.ReconnectAsync(cancellationToken).ConfigureAwait(false);
                    if (fresh is not null)
                    {
                        return fresh;
                    }

                    continue;
                case EppResultCode.SessionLimitExceededServerClosing:
                    return new EppNotSent(EppTransportFailure.ConnectionNotUsable, false);
                case EppResultCode.CommandFailedServerClosing:
                    var rebuilt = await session.ReconnectAsync(cancellationToken).ConfigureAwait(false);
                    return rebuilt is null ? new EppAnswered(response) : new EppPathLost("the registry answered 2500 and no new EPP session could be built");
                default:
                    return new EppAnswered(response);
            }
        }
    }

    private FinishStep Fault(RrpCommand command, string what, Exception? e)
    {
        logger.LogError(e, "Gateway fault on {RrpCommand}: {Problem}", command, what);
        return new FinishStep(RrpResponse.Of(RrpResponseCode.CommandFailed), false, [new AlertEffect($"gateway fault on {command}: {what}")], [what]);
    }
}
