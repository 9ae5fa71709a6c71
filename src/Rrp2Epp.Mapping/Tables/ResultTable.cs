using System.Globalization;
using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// <c>results.csv</c>: which RRP answer an EPP result gives for each command and step (result-mapping.md §2, §3).
/// Built only through <see cref="MappingTables"/>, which validates it.
/// </summary>
public sealed class ResultTable
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["command", "entity", "step", "epp", "condition", "rrp", "session", "effect", "tag", "note"];

    private readonly Dictionary<(RrpCommand, RrpEntity?, TableStep), ResultRow[]> _candidates = [];

    // Every decision notes its row; the rows never change once loaded, so each is described once, not per request.
    private readonly Dictionary<ResultRow, string> _descriptions;

    private ResultTable(string file, IReadOnlyList<ResultRow> rows)
    {
        File = file;
        Rows = rows;
        _descriptions = rows.ToDictionary<ResultRow, ResultRow, string>(r => r, r => r.Describe(), ReferenceEqualityComparer.Instance);
        foreach (var entry in StepCatalog.Entries)
        {
            var key = (entry.Command, entry.Entity, entry.Step);
            _candidates[key] =
            [
                .. rows.Where(r => !r.IsCommon && r.Command == entry.Command && r.Entity == entry.Entity && r.MatchesStep(entry.Step)),
                .. rows.Where(r => r.IsCommon && r.MatchesStep(entry.Step)),
            ];
        }
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<ResultRow> Rows { get; }

    /// <summary>The rows tried for one step of one command, in the order they are tried.</summary>
    public IReadOnlyList<ResultRow> CandidatesFor(RrpCommand command, RrpEntity? entity, TableStep step) =>
        _candidates.TryGetValue((command, entity, step), out var rows) ? rows : [];

    internal static ResultTable Parse(string file, string text, List<TableError> errors)
    {
        var rows = new List<ResultRow>();
        foreach (var csv in CsvFile.Read(file, text, Columns, errors))
        {
            if (ParseRow(file, csv, errors) is { } row)
            {
                rows.Add(row);
            }
        }

        var table = new ResultTable(file, rows);
        ResultTableValidator.Validate(table, errors);
        return table;
    }

    /// <summary>The first row that decides, or the fact a row still needs, or neither (no row: the request step proceeds).</summary>
    /// <summary><see cref="ResultRow.Describe"/> of <paramref name="row"/>, made once per row of this table.</summary>
    public string Describe(ResultRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _descriptions.TryGetValue(row, out var description) ? description : row.Describe();
    }

    internal Resolution Resolve(RrpCommand command, RrpEntity? entity, TableStep step, EppResultCode? code, DecisionFacts facts)
    {
        // Index loops: a foreach over these interface-typed lists boxes an enumerator per row, on every answer.
        var candidates = CandidatesFor(command, entity, step);
        for (var r = 0; r < candidates.Count; r++)
        {
            var row = candidates[r];
            if (!row.MatchesCode(code))
            {
                continue;
            }

            var needs = FactKind.None;
            var possible = true;
            for (var t = 0; t < row.Terms.Count; t++)
            {
                var value = row.Terms[t].Evaluate(facts, out var fact);
                if (value == false)
                {
                    possible = false;
                    break;
                }

                if (value is null && needs == FactKind.None)
                {
                    needs = fact;
                }
            }

            if (!possible)
            {
                continue;
            }

            return needs == FactKind.None ? new Resolution(row, FactKind.None) : new Resolution(null, needs);
        }

        return new Resolution(null, FactKind.None);
    }

    /// <summary>
    /// Whether any of the command's own rows for <paramref name="step"/> could refuse: its terms that read no object
    /// state (local, version, …) are not false under <paramref name="facts"/>. A gate no row can close is skipped: it
    /// would cost a query for nothing (the parent read under the registry's rules, say).
    /// </summary>
    internal bool CanRefuse(RrpCommand command, RrpEntity? entity, TableStep step, DecisionFacts facts) =>
        CandidatesFor(command, entity, step).Any(r => !r.IsCommon && r.Action != RowAction.Proceed
            && r.Terms.All(t => t.Spec.Fact != FactKind.None || t.Evaluate(facts, out _) != false));

    private static ResultRow? ParseRow(string file, CsvRow csv, List<TableError> errors)
    {
        var before = errors.Count;
        void Error(string field, string message) => errors.Add(new TableError(file, csv.Line, field, message));

        RrpCommand? command = null;
        var commandText = csv["command"];
        if (commandText != "*")
        {
            if (RrpCommands.TryParse(commandText, out var parsed) && parsed != RrpCommand.Describe
                && string.Equals(commandText, parsed.ToWireText().ToUpperInvariant(), StringComparison.Ordinal))
            {
                command = parsed;
            }
            else
            {
                Error("command", $"'{commandText}' is not an RRP command in upper case (ADD, CHECK, DEL, MOD, QUIT, RENEW, SESSION, STATUS, TRANSFER, RESTORE) or '*'");
            }
        }

        RrpEntity? entity = null;
        var entityText = csv["entity"];
        switch (entityText)
        {
            case "Domain":
                entity = RrpEntity.Domain;
                break;
            case "NameServer":
                entity = RrpEntity.NameServer;
                break;
            case "-":
                break;
            case "*":
                if (commandText != "*")
                {
                    Error("entity", "'*' is for common rows only; name the entity (Domain, NameServer, or '-' for SESSION and QUIT)");
                }

                break;
            default:
                Error("entity", $"'{entityText}' is not Domain, NameServer, '-' or '*'");
                break;
        }

        if (commandText == "*" && entityText != "*")
        {
            Error("entity", "a common row ('*' command) takes '*' as its entity");
        }
        else if (command is { } c && errors.Count == before && !StepCatalog.Takes(c, entity))
        {
            Error("entity", $"{commandText} takes {(c is RrpCommand.Session or RrpCommand.Quit ? "no entity ('-')" : c is RrpCommand.Renew or RrpCommand.Transfer or RrpCommand.Restore ? "Domain only" : "Domain or NameServer")}");
        }

        var steps = new List<TableStep>();
        var stepText = csv["step"];
        if (stepText == "*")
        {
            if (commandText != "*")
            {
                Error("step", "'*' is for common rows only; name the step");
            }
        }
        else
        {
            foreach (var token in stepText.Split('|'))
            {
                if (TableSteps.TryParse(token.Trim(), out var step))
                {
                    steps.Add(step);
                }
                else
                {
                    Error("step", $"'{token}' is not a step (request, login, logout, domain:check, host:check, domain:info, host:info, parent:info, newparent:info, transfer:query, domain:create, host:create, domain:update, host:update, domain:delete, host:delete, domain:renew, transfer:request|approve|reject|cancel, restore:request, restore:report, reconcile)");
                }
            }
        }

        var codes = new List<EppResultCode>();
        var anyCode = false;
        var eppText = csv["epp"];
        if (eppText == "*")
        {
            anyCode = true;
        }
        else if (eppText != "-")
        {
            foreach (var token in eppText.Split('|'))
            {
                if (int.TryParse(token.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && EppResultCodes.IsDefined(number))
                {
                    codes.Add((EppResultCode)number);
                }
                else
                {
                    Error("epp", $"'{token}' is not an RFC 5730 result code");
                }
            }

            if (codes.Distinct().Count() != codes.Count)
            {
                Error("epp", "a code is listed twice");
            }
        }

        var terms = ParseCondition(csv["condition"], out var conditionProblem);
        if (conditionProblem is not null)
        {
            Error("condition", conditionProblem);
        }

        var action = RowAction.Answer;
        RrpResponseCode? code = null;
        var rrpText = csv["rrp"];
        switch (rrpText)
        {
            case "proceed": action = RowAction.Proceed; break;
            case "resend": action = RowAction.Resend; break;
            case "malformed": action = RowAction.Malformed; break;
            case "request": action = RowAction.Request; break;
            case "approve": action = RowAction.Approve; break;
            case "reject": action = RowAction.Reject; break;
            case "cancel": action = RowAction.Cancel; break;
            default:
                if (rrpText.Length == 3 && int.TryParse(rrpText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && ((RrpResponseCode)number).IsDefined())
                {
                    code = (RrpResponseCode)number;
                }
                else
                {
                    Error("rrp", $"'{rrpText}' is neither an RRP response code nor an action (proceed, resend, malformed, request, approve, reject, cancel)");
                }

                break;
        }

        var session = csv["session"] switch
        {
            "stays" => RowSession.Stays,
            "closes" => RowSession.Closes,
            "counted" => RowSession.Counted,
            var other => Invalid(other, "session", "stays, closes or counted", RowSession.Stays),
        };

        var effect = csv["effect"] switch
        {
            "-" or "" => RowEffect.None,
            "alert" => RowEffect.Alert,
            "watch" => RowEffect.Watch,
            "unresolved" => RowEffect.Unresolved,
            var other => Invalid(other, "effect", "'-', alert, watch or unresolved", RowEffect.None),
        };

        var tags = ParseTags(csv["tag"], out var tagProblem);
        if (tagProblem is not null)
        {
            Error("tag", tagProblem);
        }

        if (errors.Count != before)
        {
            return null;
        }

        return new ResultRow
        {
            File = file,
            Line = csv.Line,
            Command = command,
            Entity = entity,
            Steps = steps,
            Codes = codes,
            AnyCode = anyCode,
            Terms = terms,
            Condition = csv["condition"],
            Action = action,
            Code = code,
            Session = session,
            Effect = effect,
            Tags = tags,
            Note = csv["note"],
        };

        T Invalid<T>(string value, string field, string allowed, T fallback)
        {
            Error(field, $"'{value}' is not one of {allowed}");
            return fallback;
        }
    }

    internal static IReadOnlyList<ConditionTerm> ParseCondition(string text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "empty; write 'always' for a row without condition";
            return [];
        }

        var terms = new List<ConditionTerm>();
        var parts = text.Split('&').Select(p => p.Trim()).ToArray();
        if (parts.Contains("always", StringComparer.Ordinal))
        {
            if (parts.Length > 1)
            {
                problem = "'always' stands alone";
            }

            return [];
        }

        var problems = new List<string>();
        foreach (var part in parts)
        {
            if (ConditionTerm.Parse(part, out var termProblem) is { } term)
            {
                terms.Add(term);
            }
            else
            {
                problems.Add(termProblem);
            }
        }

        if (problems.Count > 0)
        {
            problem = string.Join("; ", problems);
        }

        return terms;
    }

    internal static RowTags ParseTags(string text, out string? problem)
    {
        problem = null;
        var tags = RowTags.None;
        foreach (var token in text.Split('|').Select(t => t.Trim()))
        {
            tags |= token switch
            {
                "RFC" => RowTags.Rfc,
                "Net::DRI" => RowTags.NetDri,
                "Rec" => RowTags.Rec,
                _ => RowTags.None,
            };
            if (token is not ("RFC" or "Net::DRI" or "Rec"))
            {
                problem = $"'{token}' is not a tag (RFC, Net::DRI, Rec, joined with '|')";
            }
        }

        return tags;
    }
}

/// <summary>What <see cref="ResultTable.Resolve"/> found: the deciding row, or the fact a candidate still needs.</summary>
internal readonly record struct Resolution(ResultRow? Row, FactKind Needs);
