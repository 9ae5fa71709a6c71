using System.Globalization;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>One problem in a mapping file: the file, the line (1-based; 0 for the file as a whole) and the field.</summary>
/// <param name="File">The file name, e.g. <c>results.csv</c>.</param>
/// <param name="Line">The line number, or 0 when the problem concerns the whole file.</param>
/// <param name="Field">The column, or null when the problem concerns the whole row or file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TableError(string File, int Line, string? Field, string Message)
{
    /// <summary>E.g. <c>results.csv line 42, field 'rrp': 557 is not on DEL's list for RRP 1.1.0</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}") : File;
        return Field is null ? $"{where}: {Message}" : $"{where}, field '{Field}': {Message}";
    }
}
