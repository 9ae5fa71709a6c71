using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>The server states of RFC 2832 §4 (rrp-reference.md §2.1).</summary>
public enum RrpSessionState
{
    /// <summary>Connected, waiting for the first SESSION.</summary>
    Pre,

    /// <summary>One SESSION failed; waiting for the second and last attempt.</summary>
    Wfr,

    /// <summary>Logged in, waiting for a command.</summary>
    Wfc,

    /// <summary>Executing a command.</summary>
    Exe,

    /// <summary>Disconnected (after 220, 420, 520, 521 or a second failed SESSION).</summary>
    Dis,
}

/// <summary>What moves a session from one state to the next.</summary>
public enum RrpSessionEvent
{
    /// <summary>A request the state allows was read.</summary>
    CommandAccepted,

    /// <summary>SESSION succeeded.</summary>
    LoginSucceeded,

    /// <summary>SESSION failed and the session may retry.</summary>
    LoginFailed,

    /// <summary>SESSION failed with no retry left (second failure, or a closing refusal).</summary>
    LoginFailedFinal,

    /// <summary>SESSION was answered without using up an attempt (506, 421, 549, a sequence error).</summary>
    LoginNotCounted,

    /// <summary>A command other than SESSION was answered and the session stays.</summary>
    CommandAnswered,

    /// <summary>An answer that closes the connection (220, 420, 520, 521), an idle timeout, or the peer leaving.</summary>
    Closed,
}

/// <summary>
/// The session state table: which commands each state accepts (anything else is 547, rrp-reference.md §5.3) and the
/// transitions. Decisions beyond the reference: QUIT is accepted before login (the client only wants to leave; 220
/// and close), and SESSION is not accepted once logged in (547): a password change is made with the login
/// (<c>-NewPassword</c>), as RFC 2832 §4.3.8 defines it.
/// </summary>
public static class RrpSessionStateTable
{
    private static readonly RrpCommand[] LoggedInCommands =
    [
        RrpCommand.Add, RrpCommand.Check, RrpCommand.Del, RrpCommand.Describe, RrpCommand.Mod, RrpCommand.Quit,
        RrpCommand.Renew, RrpCommand.Status, RrpCommand.Transfer, RrpCommand.Restore,
    ];

    private static readonly Dictionary<RrpSessionState, HashSet<RrpCommand>> Accepts = new()
    {
        [RrpSessionState.Pre] = [RrpCommand.Session, RrpCommand.Quit],
        [RrpSessionState.Wfr] = [RrpCommand.Session, RrpCommand.Quit],
        [RrpSessionState.Wfc] = [.. LoggedInCommands],
        [RrpSessionState.Exe] = [],
        [RrpSessionState.Dis] = [],
    };

    private static readonly Dictionary<(RrpSessionState, RrpSessionEvent), RrpSessionState> Transitions = new()
    {
        [(RrpSessionState.Pre, RrpSessionEvent.CommandAccepted)] = RrpSessionState.Exe,
        [(RrpSessionState.Wfr, RrpSessionEvent.CommandAccepted)] = RrpSessionState.Exe,
        [(RrpSessionState.Wfc, RrpSessionEvent.CommandAccepted)] = RrpSessionState.Exe,
        [(RrpSessionState.Exe, RrpSessionEvent.LoginSucceeded)] = RrpSessionState.Wfc,
        [(RrpSessionState.Exe, RrpSessionEvent.LoginFailed)] = RrpSessionState.Wfr,
        [(RrpSessionState.Exe, RrpSessionEvent.LoginFailedFinal)] = RrpSessionState.Dis,
        [(RrpSessionState.Exe, RrpSessionEvent.CommandAnswered)] = RrpSessionState.Wfc,
        [(RrpSessionState.Pre, RrpSessionEvent.Closed)] = RrpSessionState.Dis,
        [(RrpSessionState.Wfr, RrpSessionEvent.Closed)] = RrpSessionState.Dis,
        [(RrpSessionState.Wfc, RrpSessionEvent.Closed)] = RrpSessionState.Dis,
        [(RrpSessionState.Exe, RrpSessionEvent.Closed)] = RrpSessionState.Dis,
        [(RrpSessionState.Dis, RrpSessionEvent.Closed)] = RrpSessionState.Dis,
    };

    /// <summary>Whether <paramref name="state"/> accepts <paramref name="command"/>.</summary>
    public static bool Allows(RrpSessionState state, RrpCommand command) => Accepts[state].Contains(command);

    /// <summary>
    /// The state after <paramref name="trigger"/>. <see cref="RrpSessionEvent.LoginNotCounted"/> returns to the state the
    /// SESSION came from (<paramref name="before"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The table has no such transition (a bug).</exception>
    public static RrpSessionState Next(RrpSessionState state, RrpSessionEvent trigger, RrpSessionState before = RrpSessionState.Pre)
    {
        if (state == RrpSessionState.Exe && trigger == RrpSessionEvent.LoginNotCounted)
        {
            return before;
        }

        return Transitions.TryGetValue((state, trigger), out var next)
            ? next
            : throw new InvalidOperationException($"no transition from {state} on {trigger}");
    }
}
