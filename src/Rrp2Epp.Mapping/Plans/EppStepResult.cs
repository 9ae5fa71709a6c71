using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Responses;

namespace Rrp2Epp.Mapping.Plans;

/// <summary>What became of a <see cref="SendStep"/>: an answer, or a transport failure of a known kind.</summary>
public abstract record EppStepResult
{
    private protected EppStepResult()
    {
    }
}

/// <summary>The registry answered (any result code, success or not).</summary>
public sealed record EppAnswered(EppResponse Response) : EppStepResult;

/// <summary>
/// Nothing reached the registry (or it provably did not act): registry unreachable, TLS failure,
/// no session available, the connection was already dead. State unchanged; result-mapping.md §4 G1-G5, G10.
/// </summary>
/// <param name="Failure">What went wrong.</param>
/// <param name="Lasting">True for a lasting fault (certificate rejected, profile mismatch): 549 rather than 421.</param>
public sealed record EppNotSent(EppTransportFailure Failure, bool Lasting) : EppStepResult;

/// <summary>
/// The command was sent but no trustworthy answer arrived (timeout, connection lost, malformed
/// answer, clTRID mismatch): the registry may or may not have acted. For a query the executor
/// has already retried once on a fresh session (G6); for a transform the translation must
/// reconcile before it answers (G7).
/// </summary>
/// <param name="Failure">What went wrong.</param>
/// <param name="SentAt">When the command was sent (registry dates are compared with it, allowing the profile's clock skew).</param>
public sealed record EppOutcomeUnknown(EppTransportFailure Failure, DateTimeOffset SentAt) : EppStepResult;

/// <summary>
/// The registry path is gone and cannot be rebuilt for this RRP session (re-login refused with
/// 2501, or the registry closed with 2500 and no new session could be built): result-mapping.md
/// §1.5 row 420, §4 G8/G9.
/// </summary>
/// <param name="Reason">Secret-free text for the log.</param>
public sealed record EppPathLost(string Reason) : EppStepResult;
