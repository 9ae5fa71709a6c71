using System.Globalization;
using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// The start-up checks of results.csv beyond field syntax: each row fits its command and step, only codes a command
/// may return can be reached (§5.2; 510 and 557 on 2.0.0 only), no row is hidden behind an earlier one, and every
/// step each translation takes resolves every EPP code, success through a row of its own.
/// </summary>
internal static class ResultTableValidator
{
    private static readonly EppResultCode[] AllCodes = Enum.GetValues<EppResultCode>();
    private static readonly RrpVersion[] Versions = [RrpVersion.V1_1_0, RrpVersion.V2_0_0];

    public static void Validate(ResultTable table, List<TableError> errors)
    {
        foreach (var row in table.Rows)
        {
            CheckRow(row, errors);
        }

        CheckShadowing(table.Rows, errors);
        CheckCatalog(table, errors);
    }

    private static void CheckRow(ResultRow row, List<TableError> errors)
    {
        void Error(string? field, string message) => errors.Add(new TableError(row.File, row.Line, field, message));
        var word = row.Command is { } c ? c.ToWireText().ToUpperInvariant() : "a common row";

        if (row.Command is { } command)
        {
            foreach (var step in row.Steps)
            {
                if (StepCatalog.Find(command, row.Entity, step) is null)
                {
                    Error("step", $"no translation of {word} {row.Entity?.ToString() ?? "-"} takes the step '{step.ToToken()}'");
                }
            }
        }

        var noCodeSteps = row.Steps.Count(s => s.HasNoCode());
        if (noCodeSteps > 0 && noCodeSteps != row.Steps.Count)
        {
            Error("step", "'request' and 'reconcile' carry no EPP code and cannot share a row with other steps");
        }

        var wantsNoCode = row.Steps.Count > 0 && noCodeSteps == row.Steps.Count;
        var hasNoCode = !row.AnyCode && row.Codes.Count == 0;
        if (wantsNoCode != hasNoCode)
        {
            Error("epp", wantsNoCode ? "the request and reconcile steps carry no EPP code: write '-'" : "'-' (no EPP code) is for the request and reconcile steps only");
        }

        foreach (var term in row.Terms)
        {
            if (term.Spec.Commands is { } commands && (row.Command is null || !commands.Contains(row.Command.Value)))
            {
                Error("condition", $"'{term.Key}' is for {string.Join(", ", commands.Select(x => x.ToWireText().ToUpperInvariant()))} rows only");
            }

            if (term.Spec.Steps is { } steps && (row.Steps.Count == 0 || row.Steps.Any(s => !steps.Contains(s))))
            {
                Error("condition", $"'{term.Key}' is for the {string.Join(", ", steps.Select(s => s.ToToken()))} step only");
            }
        }

        foreach (var group in row.Terms.GroupBy(t => t.Key))
        {
            var positive = group.Where(t => !t.Negated).ToList();
            var negative = group.Where(t => t.Negated).ToList();
            if (positive.Count > 1 || negative.Count > 1
                || (positive.Count == 1 && negative.Count == 1 && (positive[0].Spec.Values is null || positive[0].Values.All(negative[0].Values.Contains))))
            {
                Error("condition", $"'{group.Key}' appears more than once or contradicts itself; the row could never match");
            }
        }

        if (row.Action == RowAction.Answer && row.Code is { } code)
        {
            var closing = code.ClosesConnection();
            if (closing && row.Session != RowSession.Closes)
            {
                Error("session", $"{(int)code} closes the connection: write 'closes'");
            }
            else if (!closing && row.Session == RowSession.Closes
                     && !(row.Command == RrpCommand.Session && code is RrpResponseCode.AuthenticationFailed or RrpResponseCode.AuthorizationFailed))
            {
                Error("session", $"only 220, 420, 520, 521 and a failed SESSION close the RRP session, not {(int)code}");
            }

            if (row.Session == RowSession.Counted
                && !(row.Command == RrpCommand.Session && code is RrpResponseCode.AuthenticationFailed or RrpResponseCode.AuthorizationFailed))
            {
                Error("session", "'counted' is for SESSION's failed attempts (530, 531) only");
            }
        }
        else if (row.Session != RowSession.Stays)
        {
            Error("session", $"the action '{row.Action.ToString().ToLowerInvariant()}' keeps the session: write 'stays'");
        }

        switch (row.Action)
        {
            case RowAction.Proceed when row.Command is { } gated && row.Steps.Any(s => StepCatalog.Find(gated, row.Entity, s) is { Gate: false }):
            case RowAction.Proceed when row.IsCommon:
                Error("rrp", "'proceed' is for the checks before a command (gate steps), never for the command itself or a common row");
                break;
            case RowAction.Resend when !row.Terms.Any(t => t.Key == "resent" && t.Negated):
                Error("condition", "a 'resend' row needs '!resent', so the command is sent again only once");
                break;
            case RowAction.Resend when row.Steps.Any(s => s.HasNoCode()):
                Error("rrp", "nothing was sent on the request and reconcile steps: 'resend' cannot apply");
                break;
            case RowAction.Malformed when row.AnyCode || row.Codes.Any(x => x is not (EppResultCode.SuccessNoMessages or EppResultCode.SuccessAckToDequeue or EppResultCode.SuccessEndingSession)):
                Error("rrp", "'malformed' is for the codes that never answer a command (1300, 1301, 1500)");
                break;
            case RowAction.Request or RowAction.Approve or RowAction.Reject or RowAction.Cancel
                when row.Command != RrpCommand.Transfer || row.Steps.Any(s => s is not (TableStep.DomainInfo or TableStep.TransferQuery)):
                Error("rrp", $"'{row.Action.ToString().ToLowerInvariant()}' chooses a TRANSFER operation: TRANSFER's domain:info and transfer:query rows only");
                break;
        }

        switch (row.Effect)
        {
            case RowEffect.Unresolved when !row.Terms.Any(t => t.Key == "reconcile" && !t.Negated && t.Values.Contains("unknown")):
                Error("effect", "'unresolved' goes with reconcile:unknown only");
                break;
            case RowEffect.Watch when row.Code is not { } w || !w.IsSuccess():
                Error("effect", "'watch' follows a pending success (1001) only");
                break;
        }
    }

    // A row is unreachable when an earlier row of the same command takes all its steps and codes under a subset of
    // its terms: the earlier row always matches first.
    private static void CheckShadowing(IReadOnlyList<ResultRow> rows, List<TableError> errors)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var later = rows[i];
            var laterTerms = later.Terms.Select(t => t.Canonical).ToHashSet(StringComparer.Ordinal);
            for (var j = 0; j < i; j++)
            {
                var earlier = rows[j];
                if (earlier.Command != later.Command || (!earlier.IsCommon && earlier.Entity != later.Entity))
                {
                    continue;
                }

                var steps = earlier.Steps.Count == 0 || (later.Steps.Count > 0 && later.Steps.All(earlier.Steps.Contains));
                var codes = earlier.AnyCode
                    ? later.AnyCode || later.Codes.Count > 0
                    : !later.AnyCode && (later.Codes.Count == 0 ? earlier.Codes.Count == 0 : later.Codes.All(earlier.Codes.Contains));
                if (steps && codes && earlier.Terms.All(t => laterTerms.Contains(t.Canonical)))
                {
                    errors.Add(new TableError(later.File, later.Line, null, $"unreachable: line {earlier.Line.ToString(CultureInfo.InvariantCulture)} matches whenever this row does"));
                    break;
                }
            }
        }
    }

    private static void CheckCatalog(ResultTable table, List<TableError> errors)
    {
        var reported = new HashSet<(int Line, string What)>();
        foreach (var entry in StepCatalog.Entries)
        {
            var what = $"{entry.Command.ToWireText().ToUpperInvariant()} {entry.Entity?.ToString() ?? "-"} {entry.Step.ToToken()}";
            var candidates = table.CandidatesFor(entry.Command, entry.Entity, entry.Step);
            if (!candidates.Any(r => !r.IsCommon))
            {
                errors.Add(new TableError(table.File, 0, null, $"no row for {what}"));
                continue;
            }

            foreach (var required in entry.Required)
            {
                if (!candidates.Any(r => !r.IsCommon && r.Codes.Contains(required)))
                {
                    errors.Add(new TableError(table.File, 0, null, $"{what}: EPP {(int)required} needs a row of its own (success must not fall to a common row)"));
                }
            }

            if (entry.Step == TableStep.Reconcile)
            {
                foreach (var verdict in new[] { "applied", "not-applied", "unknown" })
                {
                    if (!candidates.Any(r => r.Terms.Any(t => t.Key == "reconcile" && !t.Negated && t.Values.Contains(verdict))))
                    {
                        errors.Add(new TableError(table.File, 0, null, $"{what}: no row for reconcile:{verdict}"));
                    }
                }
            }

            var codes = entry.Step.HasNoCode() ? new EppResultCode?[] { null } : AllCodes.Select(c => (EppResultCode?)c).ToArray();
            foreach (var version in Versions)
            {
                var unresolved = new List<string>();
                foreach (var code in codes)
                {
                    var resolved = false;
                    foreach (var row in candidates)
                    {
                        if (!row.MatchesCode(code) || Excludes(row, version))
                        {
                            continue;
                        }

                        if (row.Action == RowAction.Answer && row.Code is { } rrp && !RrpResponseCodes.IsAllowed(entry.Command, version, rrp)
                            && reported.Add((row.Line, what)))
                        {
                            var hint = rrp is RrpResponseCode.InvalidEncoding or RrpResponseCode.NameServerLocked && version == RrpVersion.V1_1_0
                                ? $"; {(int)rrp} exists in RRP 2.0.0 only: add 'version:2.0.0' (1.1.0 sends {(rrp == RrpResponseCode.InvalidEncoding ? 541 : 552)})"
                                : string.Empty;
                            errors.Add(new TableError(row.File, row.Line, "rrp", $"{(int)rrp} is not on {entry.Command.ToWireText().ToUpperInvariant()}'s list for RRP {version.ToText()} (rrp-reference.md §5.2), yet {what} reaches this row{hint}"));
                        }

                        if (row.Terms.Count == 0)
                        {
                            resolved = true;
                            break;
                        }
                    }

                    if (!resolved && code is { } unresolvedCode)
                    {
                        unresolved.Add(((int)unresolvedCode).ToString(CultureInfo.InvariantCulture));
                    }
                }

                if (unresolved.Count > 0)
                {
                    errors.Add(new TableError(table.File, 0, null, $"{what} on RRP {version.ToText()}: no 'always' row resolves EPP {string.Join(", ", unresolved)} (add a default row)"));
                }
            }
        }
    }

    private static bool Excludes(ResultRow row, RrpVersion version)
    {
        var text = version.ToText();
        return row.Terms.Any(t => t.Key == "version" && (t.Negated ? t.Values.Contains(text) : !t.Values.Contains(text)));
    }
}
