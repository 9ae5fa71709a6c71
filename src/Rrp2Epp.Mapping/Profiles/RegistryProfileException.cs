namespace Rrp2Epp.Mapping;

/// <summary>A registry profile failed validation; the message lists every problem, one per line.</summary>
public sealed class RegistryProfileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RegistryProfileException(IReadOnlyList<string> errors)
        : base($"the registry profile is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}")
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RegistryProfileException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RegistryProfileException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RegistryProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>The problems, each naming its field.</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
