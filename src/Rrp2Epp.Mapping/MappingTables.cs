using System.Reflection;
using Rrp2Epp.Mapping.Tables;

namespace Rrp2Epp.Mapping;

/// <summary>
/// The validated tables of <c>mappings/</c>: <see cref="Results"/> (EPP results → RRP answers), <see cref="Statuses"/>
/// (RRP ↔ EPP statuses) and <see cref="Failures"/> (gateway failures → 420/421/549). The defaults are embedded in
/// this assembly, so the gateway runs without a folder; a configured folder overrides them file by file. Loading
/// checks everything and throws <see cref="MappingTableException"/> listing every problem with file, line and field.
/// Immutable and thread-safe: load once at start-up and share.
/// </summary>
public sealed class MappingTables
{
    /// <summary>The result table's file name.</summary>
    public const string ResultsFile = "results.csv";

    /// <summary>The status table's file name.</summary>
    public const string StatusesFile = "statuses.csv";

    /// <summary>The failure table's file name.</summary>
    public const string FailuresFile = "failures.csv";

    private static readonly Lazy<MappingTables> Embedded = new(() => FromText(ReadEmbedded(ResultsFile), ReadEmbedded(StatusesFile), ReadEmbedded(FailuresFile)));

    private MappingTables(ResultTable results, StatusTable statuses, FailureTable failures)
    {
        Results = results;
        Statuses = statuses;
        Failures = failures;
        StatusMapping = new StatusMapping(statuses);
    }

    /// <summary>results.csv.</summary>
    public ResultTable Results { get; }

    /// <summary>statuses.csv.</summary>
    public StatusTable Statuses { get; }

    /// <summary>failures.csv.</summary>
    public FailureTable Failures { get; }

    /// <summary>The status mapping built on <see cref="Statuses"/>.</summary>
    public StatusMapping StatusMapping { get; }

    /// <summary>The tables embedded in this assembly (the repository's <c>mappings/</c> at build time).</summary>
    /// <exception cref="MappingTableException">Never for a released build: its tests load the same files.</exception>
    public static MappingTables Default => Embedded.Value;

    /// <summary>
    /// Loads <paramref name="folder"/>: each of results.csv, statuses.csv and failures.csv found there replaces the
    /// embedded default; a missing file keeps the default.
    /// </summary>
    /// <exception cref="MappingTableException">The folder does not exist, or a table is invalid (every problem listed).</exception>
    public static MappingTables Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new MappingTableException([new TableError(folder, 0, null, "the mappings folder does not exist")]);
        }

        string Read(string name)
        {
            var path = Path.Combine(folder, name);
            return File.Exists(path) ? File.ReadAllText(path) : ReadEmbedded(name);
        }

        return FromText(Read(ResultsFile), Read(StatusesFile), Read(FailuresFile));
    }

    /// <summary>Builds the tables from file contents (tests, tools).</summary>
    /// <exception cref="MappingTableException">A table is invalid (every problem listed).</exception>
    public static MappingTables FromText(string results, string statuses, string failures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(failures);
        var errors = new List<TableError>();
        var resultTable = ResultTable.Parse(ResultsFile, results, errors);
        var statusTable = StatusTable.Parse(StatusesFile, statuses, errors);
        var failureTable = FailureTable.Parse(FailuresFile, failures, errors);
        if (errors.Count > 0)
        {
            throw new MappingTableException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }

        return new MappingTables(resultTable, statusTable, failureTable);
    }

    /// <summary>The text of an embedded default table.</summary>
    public static string ReadEmbedded(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rrp2Epp.Mapping.mappings." + fileName)
            ?? throw new MappingTableException([new TableError(fileName, 0, null, "not embedded in Rrp2Epp.Mapping")]);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
