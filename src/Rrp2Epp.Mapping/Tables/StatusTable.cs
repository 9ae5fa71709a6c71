using System.Globalization;
using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary><c>statuses.csv</c>: RRP domain statuses ↔ EPP statuses and RGP statuses, both directions (§5).</summary>
public sealed class StatusTable
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["rrp", "epp", "match", "rgp", "written", "settable", "strict-listener", "tag", "note"];

    private static readonly string[] Rgp =
    [
        RgpStatuses.AddPeriod, RgpStatuses.AutoRenewPeriod, RgpStatuses.RenewPeriod, RgpStatuses.TransferPeriod,
        RgpStatuses.RedemptionPeriod, RgpStatuses.PendingRestore, RgpStatuses.PendingDelete,
    ];

    private StatusTable(string file, IReadOnlyList<StatusRow> rows)
    {
        File = file;
        Rows = rows;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<StatusRow> Rows { get; }

    /// <summary>The row of <paramref name="status"/> (validation guarantees one per status).</summary>
    public StatusRow this[RrpStatus status] => Rows.First(r => r.Status == status);

    internal static StatusTable Parse(string file, string text, List<TableError> errors)
    {
        var rows = new List<StatusRow>();
        foreach (var csv in CsvFile.Read(file, text, Columns, errors))
        {
            var before = errors.Count;
            void Error(string field, string message) => errors.Add(new TableError(file, csv.Line, field, message));

            if (!RrpStatuses.TryParse(csv["rrp"], out var status) || !string.Equals(csv["rrp"], status.ToWireText(), StringComparison.Ordinal))
            {
                Error("rrp", $"'{csv["rrp"]}' is not an RRP status word in upper case");
            }

            var epp = List(csv["epp"]);
            foreach (var value in epp.Where(v => !DomainStatuses.All.Contains(v, StringComparer.Ordinal)))
            {
                Error("epp", $"'{value}' is not an RFC 5731 domain status");
            }

            var match = csv["match"] switch
            {
                "any" => StatusMatch.Any,
                "default" => StatusMatch.Default,
                "marker" => StatusMatch.Marker,
                var other => Invalid("match", other, "any, default or marker", StatusMatch.Any),
            };
            if ((match == StatusMatch.Marker) != (epp.Count == 0))
            {
                Error("epp", match == StatusMatch.Marker ? "a marker row has no EPP form: write '-'" : "the row needs its EPP statuses");
            }

            var rgpTokens = List(csv["rgp"]);
            var otherwise = rgpTokens.Contains("otherwise", StringComparer.Ordinal);
            var rgp = rgpTokens.Where(v => v != "otherwise").ToList();
            foreach (var value in rgp.Where(v => !Rgp.Contains(v, StringComparer.Ordinal)))
            {
                Error("rgp", $"'{value}' is not an RFC 3915 RGP status (or 'otherwise')");
            }

            if (otherwise && rgp.Count == 0)
            {
                Error("rgp", "'otherwise' goes after the row's own RGP status, which is its canonical form");
            }

            var written = List(csv["written"]);
            foreach (var value in written.Where(v => !v.StartsWith("client", StringComparison.Ordinal) || !DomainStatuses.All.Contains(v, StringComparer.Ordinal)))
            {
                Error("written", $"'{value}': a registrar may write client* statuses only (RFC 5731 §2.3)");
            }

            var settable = csv["settable"] switch
            {
                "yes" => true,
                "no" => false,
                var other => Invalid("settable", other, "yes or no", false),
            };
            if (settable != (written.Count > 0))
            {
                Error("written", settable ? "a settable status needs the EPP statuses MOD writes" : "only a settable status is written: write '-'");
            }

            RrpStatus? strict = null;
            if (csv["strict-listener"] != "-")
            {
                if (RrpStatuses.TryParse(csv["strict-listener"], out var shown) && shown.IsRfcStatus() && string.Equals(csv["strict-listener"], shown.ToWireText(), StringComparison.Ordinal))
                {
                    strict = shown;
                }
                else
                {
                    Error("strict-listener", $"'{csv["strict-listener"]}' is not one of RFC 2832's six status words in upper case, or '-'");
                }
            }

            var tags = ResultTable.ParseTags(csv["tag"], out var tagProblem);
            if (tagProblem is not null)
            {
                Error("tag", tagProblem);
            }

            if (errors.Count == before)
            {
                rows.Add(new StatusRow
                {
                    File = file,
                    Line = csv.Line,
                    Status = status,
                    Epp = epp,
                    Match = match,
                    Rgp = rgp,
                    RgpOtherwise = otherwise,
                    Written = written,
                    Settable = settable,
                    StrictListener = strict,
                    Tags = tags,
                    Note = csv["note"],
                });
            }

            T Invalid<T>(string field, string value, string allowed, T fallback)
            {
                Error(field, $"'{value}' is not one of {allowed}");
                return fallback;
            }
        }

        var table = new StatusTable(file, rows);
        table.Validate(errors);
        return table;
    }

    private static List<string> List(string text) => text == "-" ? [] : [.. text.Split('|').Select(v => v.Trim())];

    private void Validate(List<TableError> errors)
    {
        foreach (var status in Enum.GetValues<RrpStatus>())
        {
            var count = Rows.Count(r => r.Status == status);
            if (count != 1)
            {
                errors.Add(new TableError(File, count == 0 ? 0 : Rows.Where(r => r.Status == status).Skip(1).First().Line, "rrp",
                    $"{status.ToWireText()} needs exactly one row, not {count.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        if (Rows.Count(r => r.Match == StatusMatch.Default) != 1)
        {
            errors.Add(new TableError(File, 0, "match", "exactly one row is the default (ACTIVE)"));
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var sameForm = Rows.Where(r => r.Match == StatusMatch.Any && r.Epp.SequenceEqual(row.Epp, StringComparer.Ordinal)).ToList();
            if (row.RgpOtherwise && sameForm[^1] != row)
            {
                errors.Add(new TableError(File, row.Line, "rgp", "'otherwise' takes what the rows before it left; it must be the last row with these EPP statuses"));
            }

            if (row.Match == StatusMatch.Any && row.Rgp.Count == 0 && sameForm.Count > 1)
            {
                errors.Add(new TableError(File, row.Line, "rgp", "rows with the same EPP statuses must be told apart by their RGP status"));
            }

            if (row.Match == StatusMatch.Default && (row.Rgp.Count > 0 || row.Status != RrpStatus.Active))
            {
                errors.Add(new TableError(File, row.Line, "match", "the default row is ACTIVE, without RGP condition"));
            }

            if (row.Status.IsRfcStatus() && row.StrictListener != row.Status)
            {
                errors.Add(new TableError(File, row.Line, "strict-listener", $"{row.Status.ToWireText()} is an RFC status: a strict listener shows it as it is"));
            }
        }
    }
}
