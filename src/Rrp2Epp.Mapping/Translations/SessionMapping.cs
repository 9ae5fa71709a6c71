using Rrp2Epp.Epp;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>What the RRP session does after a SESSION attempt.</summary>
/// <param name="Response">The RRP answer.</param>
/// <param name="CloseSession">Close after the answer (a second failure, 2501, 2502, a lost path).</param>
/// <param name="Counted">The attempt used up one of the two tries (PRE → WFR); false for faults that were not the registrar's.</param>
/// <param name="Resend">Log in again once on a fresh connection before answering (2002: the connection was already logged in); the response is then only the fallback.</param>
/// <param name="Alert">An operator must look (a lasting version, objURI or extURI mismatch).</param>
/// <param name="Diagnostics">Secret-free notes for the log, naming the deciding rows.</param>
public sealed record SessionOutcome(RrpResponse Response, bool CloseSession, bool Counted, bool Resend, bool Alert, IReadOnlyList<string> Diagnostics);

/// <summary>
/// SESSION (result-mapping.md §3.1) as pure functions: the gateway logs in itself (the EPP client's login, or the
/// pool's verified-secret shortcut) and maps the request checks and the login's result here, through results.csv's
/// SESSION rows and failures.csv.
/// </summary>
public static class SessionMapping
{
    /// <summary>
    /// The checks made before any login (§3.1 local rows): <c>-Id</c> must be an EPP clID (3-16 characters), and the
    /// passwords EPP pwTypes (6-16 characters that xs:token normalisation leaves unchanged). Null when the login may
    /// be sent. <paramref name="attempt"/> is 1 in PRE and 2 in WFR.
    /// </summary>
    public static SessionOutcome? CheckLocally(SessionRequest request, int attempt, MappingTables tables)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tables);
        var facts = Facts(request, attempt, resent: false);
        if (!IsEppClientId(request.Id))
        {
            facts.Offending(EppNamespaces.Epp, "clID");
        }

        if (!IsEppPassword(request.Password))
        {
            facts.Offending(EppNamespaces.Epp, "pw");
        }

        if (request.NewPassword is { } newPassword && !IsEppPassword(newPassword))
        {
            facts.Offending(EppNamespaces.Epp, "newPW");
        }

        if (facts.Values.Count == 0)
        {
            return null;
        }

        var resolution = tables.Results.Resolve(RrpCommand.Session, null, TableStep.Request, null, facts);
        return resolution.Row is { } row ? FromRow(row, [$"refused locally: {string.Join(", ", facts.Values.Select(v => v.LocalName))}"], tables) : null;
    }

    /// <summary>
    /// The RRP answer to a login's outcome. <paramref name="attempt"/> is 1 in PRE and 2 in WFR;
    /// <paramref name="resent"/> is true when this is the one retry <see cref="SessionOutcome.Resend"/> asked for.
    /// </summary>
    public static SessionOutcome MapLogin(SessionRequest request, EppStepResult result, int attempt, bool resent, MappingTables tables)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(tables);
        switch (result)
        {
            case EppNotSent notSent:
                return FromFailure(tables, notSent.Lasting ? GatewayFailureKind.NotSentLasting : GatewayFailureKind.NotSent, notSent.Failure.ToString());
            case EppOutcomeUnknown unknown:
                return FromFailure(tables, GatewayFailureKind.OutcomeUnknown, unknown.Failure.ToString());
            case EppPathLost lost:
                return FromFailure(tables, GatewayFailureKind.PathLost, lost.Reason);
        }

        var response = ((EppAnswered)result).Response;
        var facts = Facts(request, attempt, resent);
        facts.Values = [.. response.Values];
        var row = tables.Results.Resolve(RrpCommand.Session, null, TableStep.Login, response.Code, facts).Row
            ?? throw new InvalidOperationException("results.csv resolves every login result (checked at load)");
        return FromRow(row, [$"login → {response.Results[0]}"], tables);
    }

    /// <summary>eppcom:clIDType: a token of 3-16 characters.</summary>
    public static bool IsEppClientId(string? id) => id is { Length: >= 3 and <= 16 } && IsToken(id);

    /// <summary>eppcom:pwType: a token of 6-16 characters (no leading, trailing or doubled spaces, no tabs or line breaks).</summary>
    public static bool IsEppPassword(string? password) => password is { Length: >= 6 and <= 16 } && IsToken(password);

    private static bool IsToken(string text) =>
        !text.StartsWith(' ') && !text.EndsWith(' ') && !text.Contains("  ", StringComparison.Ordinal)
        && !text.AsSpan().ContainsAny('\t', '\r', '\n');

    private static DecisionFacts Facts(SessionRequest request, int attempt, bool resent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(attempt, 2);
        return new DecisionFacts(request.Id, RrpVersion.V2_0_0, strictRules: true)
        {
            Attempt = attempt,
            Resent = resent,
            Category = EppCommandCategory.Session,
        };
    }

    // Only SESSION's codes may leave (§1.2); the loader makes this unreachable, the guard keeps it so.
    private static SessionOutcome Guard(SessionOutcome outcome) =>
        RrpResponseCodes.IsAllowed(RrpCommand.Session, RrpVersion.V1_1_0, outcome.Response.Code)
            ? outcome
            : outcome with { Response = RrpResponse.Of(RrpResponseCode.CommandFailed), CloseSession = false, Diagnostics = [.. outcome.Diagnostics, $"bug: {(int)outcome.Response.Code} is not on SESSION's list; answering 549"] };

    private static SessionOutcome FromRow(ResultRow row, IReadOnlyList<string> notes, MappingTables tables)
    {
        var diagnostics = notes.Append(tables.Results.Describe(row)).ToList();
        if (row.Action == RowAction.Resend)
        {
            return new SessionOutcome(RrpResponse.Of(RrpResponseCode.CommandFailed), false, false, true, false, diagnostics);
        }

        var code = row.Code ?? RrpResponseCode.CommandFailed;
        var closes = row.Session == RowSession.Closes || code.ClosesConnection();
        return Guard(new SessionOutcome(code == RrpResponseCode.ServerClosingConnection ? RrpResponse.Closing("session") : RrpResponse.Of(code), closes, row.Session != RowSession.Stays, false, row.Effect == RowEffect.Alert, diagnostics));
    }

    private static SessionOutcome FromFailure(MappingTables tables, GatewayFailureKind kind, string detail)
    {
        var row = tables.Failures.Resolve(kind, RrpCommand.Session);
        var response = row.Code is not null ? row.ToResponse(detail) : RrpResponse.Of(RrpResponseCode.ServerErrorTryAgain);
        return Guard(new SessionOutcome(response, row.Closes, false, false, row.Alert, [$"{row.Id} {kind.ToToken()}: {detail}"]));
    }
}
