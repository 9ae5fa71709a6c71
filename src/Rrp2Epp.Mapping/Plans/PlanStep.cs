using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Plans;

/// <summary>
/// What a translation wants next: send one EPP command, or finish with the RRP answer. A
/// translation is a pure state machine; the gateway's executor performs the I/O.
/// </summary>
public abstract record PlanStep
{
    private protected PlanStep()
    {
    }
}

/// <summary>
/// Send <paramref name="Command"/> to the registry and report the result with <see cref="ITranslation.Next"/>.
/// The executor reports a query whose answer it lost only after one retry of its own on another session (§4 G6),
/// a registry answer 2500 only once it has a new session for the next step (otherwise <see cref="EppPathLost"/>),
/// and 2502 only when no other pool member could take the command.
/// </summary>
/// <param name="Command">The command (the executor assigns the clTRID).</param>
public sealed record SendStep(EppCommand Command) : PlanStep
{
    /// <summary>
    /// Send on a freshly logged-in session, not the one that gave the previous answer: set when the translation resends
    /// a command the registry answered 2002 (a session that lost its login) or 2500.
    /// </summary>
    public bool FreshSession { get; init; }
}

/// <summary>
/// The translation is over: write <paramref name="Response"/> to the RRP client, then apply
/// <paramref name="Effects"/> (store writes and the like) and close the RRP session when
/// <paramref name="CloseSession"/> is set (220, 420, 520, 521, a second failed SESSION).
/// </summary>
/// <param name="Response">The RRP answer.</param>
/// <param name="CloseSession">Whether the RRP connection ends after the answer.</param>
/// <param name="Effects">Side effects for the gateway to apply, in order.</param>
/// <param name="Diagnostics">
/// Secret-free notes for the log (e.g. the table row that decided, the EPP reason text, EPP
/// statuses with no RRP twin). Never shown to the client.
/// </param>
public sealed record FinishStep(RrpResponse Response, bool CloseSession, IReadOnlyList<GatewayEffect> Effects, IReadOnlyList<string> Diagnostics) : PlanStep
{
    /// <summary>A plain answer with no effects.</summary>
    public static FinishStep Answer(RrpResponse response, params string[] diagnostics) => new(response, response.Code.ClosesConnection(), [], diagnostics);
}
