namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// The mapping tables are unusable: the message lists every problem found, each naming the file, the line and the
/// field, so that one start-up attempt reports them all (DESIGN §2).
/// </summary>
public sealed class MappingTableException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public MappingTableException(IReadOnlyList<TableError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message.</summary>
    public MappingTableException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MappingTableException(string message)
        : this([new TableError("mappings", 0, null, message)])
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MappingTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new TableError("mappings", 0, null, message)];
    }

    /// <summary>Every problem, in file and line order.</summary>
    public IReadOnlyList<TableError> Errors { get; } = [];

    private static string Describe(IReadOnlyList<TableError> errors) =>
        $"the mapping tables are invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", errors);
}
