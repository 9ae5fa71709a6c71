using System.Globalization;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary><c>failures.csv</c>: gateway failure kinds → RRP 420 / 421 / 549 (and 500, 520, 220), §1.5 and §4.</summary>
public sealed class FailureTable
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["kind", "command", "rrp", "session", "effect", "ref", "tag", "note"];

    private static readonly RrpVersion[] Versions = [RrpVersion.V1_1_0, RrpVersion.V2_0_0];

    private FailureTable(string file, IReadOnlyList<FailureRow> rows)
    {
        File = file;
        Rows = rows;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<FailureRow> Rows { get; }

    /// <summary>The first row for <paramref name="kind"/> and <paramref name="command"/> (validation guarantees one).</summary>
    public FailureRow Resolve(GatewayFailureKind kind, RrpCommand command) =>
        Rows.First(r => r.Matches(kind, command));

    internal static FailureTable Parse(string file, string text, List<TableError> errors)
    {
        var rows = new List<FailureRow>();
        foreach (var csv in CsvFile.Read(file, text, Columns, errors))
        {
            var before = errors.Count;
            void Error(string field, string message) => errors.Add(new TableError(file, csv.Line, field, message));

            GatewayFailureKind? kind = null;
            if (csv["kind"] != "*")
            {
                if (GatewayFailureKinds.TryParse(csv["kind"], out var parsed))
                {
                    kind = parsed;
                }
                else
                {
                    Error("kind", $"'{csv["kind"]}' is not a failure kind ({string.Join(", ", Enum.GetValues<GatewayFailureKind>().Select(k => k.ToToken()))}) or '*'");
                }
            }

            var commands = new List<RrpCommand>();
            if (csv["command"] != "*")
            {
                foreach (var token in csv["command"].Split('|').Select(t => t.Trim()))
                {
                    if (RrpCommands.TryParse(token, out var parsed) && string.Equals(token, parsed.ToWireText().ToUpperInvariant(), StringComparison.Ordinal))
                    {
                        commands.Add(parsed);
                    }
                    else
                    {
                        Error("command", $"'{token}' is not an RRP command in upper case, or '*'");
                    }
                }
            }

            RrpResponseCode? code = null;
            if (csv["rrp"] != "reconcile")
            {
                if (csv["rrp"].Length == 3 && int.TryParse(csv["rrp"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && ((RrpResponseCode)number).IsDefined())
                {
                    code = (RrpResponseCode)number;
                }
                else
                {
                    Error("rrp", $"'{csv["rrp"]}' is neither an RRP response code nor 'reconcile'");
                }
            }
            else if (kind != GatewayFailureKind.OutcomeUnknown)
            {
                Error("rrp", "'reconcile' settles a lost transform: outcome-unknown only");
            }

            var closes = csv["session"] switch
            {
                "stays" => false,
                "closes" => true,
                _ => Invalid("session", "stays or closes"),
            };
            var alert = csv["effect"] switch
            {
                "-" or "" => false,
                "alert" => true,
                _ => Invalid("effect", "'-' or alert"),
            };
            var tags = ResultTable.ParseTags(csv["tag"], out var tagProblem);
            if (tagProblem is not null)
            {
                Error("tag", tagProblem);
            }

            if (code is { } c && c.ClosesConnection() != closes)
            {
                Error("session", $"{(int)c} {(c.ClosesConnection() ? "closes" : "keeps")} the connection: write '{(c.ClosesConnection() ? "closes" : "stays")}'");
            }

            if (errors.Count == before)
            {
                rows.Add(new FailureRow
                {
                    File = file,
                    Line = csv.Line,
                    Kind = kind,
                    Commands = commands,
                    Code = code,
                    Closes = closes,
                    Alert = alert,
                    Reference = csv["ref"],
                    Tags = tags,
                    Note = csv["note"],
                });
            }

            bool Invalid(string field, string allowed)
            {
                Error(field, $"'{csv[field]}' is not one of {allowed}");
                return false;
            }
        }

        var table = new FailureTable(file, rows);
        table.Validate(errors);
        return table;
    }

    private void Validate(List<TableError> errors)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var later = Rows[i];
            var shadow = Rows.Take(i).FirstOrDefault(e => (e.Kind is null || e.Kind == later.Kind)
                && (e.Commands.Count == 0 || (later.Commands.Count > 0 && later.Commands.All(e.Commands.Contains))));
            if (shadow is not null)
            {
                errors.Add(new TableError(File, later.Line, null, $"unreachable: line {shadow.Line.ToString(CultureInfo.InvariantCulture)} matches whenever this row does"));
            }
        }

        foreach (var kind in Enum.GetValues<GatewayFailureKind>())
        {
            foreach (var command in Enum.GetValues<RrpCommand>())
            {
                var row = Rows.FirstOrDefault(r => r.Matches(kind, command));
                var word = command.ToWireText().ToUpperInvariant();
                if (row is null)
                {
                    errors.Add(new TableError(File, 0, null, $"no row for {kind.ToToken()} on {word}"));
                    continue;
                }

                if (row.Code is { } code)
                {
                    foreach (var version in Versions)
                    {
                        if (!RrpResponseCodes.IsAllowed(command, version, code))
                        {
                            errors.Add(new TableError(File, row.Line, "rrp", $"{(int)code} is not on {word}'s list for RRP {version.ToText()} (rrp-reference.md §5.2), yet {kind.ToToken()} on {word} reaches this row"));
                            break;
                        }
                    }
                }
                else if (command is RrpCommand.Session or RrpCommand.Quit or RrpCommand.Describe or RrpCommand.Check or RrpCommand.Status)
                {
                    errors.Add(new TableError(File, row.Line, "rrp", $"{word} sends no transform: {kind.ToToken()} on it needs a code, not 'reconcile'"));
                }
            }
        }
    }
}
