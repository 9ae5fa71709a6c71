namespace Rrp2Epp.Mapping.Tables;

/// <summary>One data row of a mapping file: its line number and its fields by column name.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields[column];
}

/// <summary>
/// The mapping files' CSV dialect: UTF-8, comma separated, a header row naming the columns, fields in double quotes
/// when they hold a comma or a quote (a quote inside is doubled), <c>#</c> lines and blank lines ignored, surrounding
/// spaces trimmed. A quoted field cannot span lines, so every row is one line and its number is exact.
/// </summary>
internal static class CsvFile
{
    /// <summary>Reads <paramref name="text"/>; checks the header against <paramref name="columns"/>; adds problems to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<CsvRow> Read(string file, string text, IReadOnlyList<string> columns, List<TableError> errors)
    {
        var rows = new List<CsvRow>();
        var lines = text.Split('\n');
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!TrySplit(line, out var fields, out var problem))
            {
                errors.Add(new TableError(file, number, null, problem));
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                if (!fields.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    errors.Add(new TableError(file, number, null, $"the header must be '{string.Join(",", columns)}', not '{string.Join(",", fields)}'"));
                    return rows;
                }

                continue;
            }

            if (fields.Count != columns.Count)
            {
                errors.Add(new TableError(file, number, null, $"{fields.Count} fields where the header has {columns.Count}"));
                continue;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < columns.Count; c++)
            {
                map[columns[c]] = fields[c];
            }

            rows.Add(new CsvRow(number, map));
        }

        if (!headerSeen)
        {
            errors.Add(new TableError(file, 0, null, $"no header row (expected '{string.Join(",", columns)}')"));
        }

        return rows;
    }

    private static bool TrySplit(string line, out List<string> fields, out string problem)
    {
        fields = [];
        problem = string.Empty;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                var value = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        problem = "a quoted field is not closed on its line";
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(line[i++]);
                }

                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    problem = "text after a closing quote";
                    return false;
                }

                fields.Add(value.ToString());
            }
            else
            {
                var end = line.IndexOf(',', i);
                var raw = end < 0 ? line[i..] : line[i..end];
                if (raw.Contains('"', StringComparison.Ordinal))
                {
                    problem = "a quote inside an unquoted field";
                    return false;
                }

                fields.Add(raw.Trim());
                i = end < 0 ? line.Length : end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // the comma
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return true;
            }
        }
    }
}
