namespace Rrp2Epp.Rrp;

/// <summary>
/// What a client read: a parsed value, the server having closed the connection, or an error (a malformed or
/// over-cap message from the server). Never thrown; the client decides what to do.
/// </summary>
/// <typeparam name="T"><see cref="RrpResponse"/> or <see cref="RrpBanner"/>.</typeparam>
public readonly struct RrpClientResult<T>
    where T : class
{
    private RrpClientResult(T? value, string? error, bool endOfStream)
    {
        Value = value;
        Error = error;
        IsEndOfStream = endOfStream;
    }

    /// <summary>The parsed value on success.</summary>
    public T? Value { get; }

    /// <summary>What was wrong, when the message could not be read.</summary>
    public string? Error { get; }

    /// <summary>The server closed the connection before a complete message.</summary>
    public bool IsEndOfStream { get; }

    /// <summary>Whether <see cref="Value"/> is set.</summary>
    public bool IsSuccess => Value is not null;

    /// <summary>A parsed value.</summary>
    public static RrpClientResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null, false);

    /// <summary>A message that could not be read.</summary>
    public static RrpClientResult<T> Failure(string error) => new(null, error, false);

    /// <summary>The connection ended.</summary>
    public static RrpClientResult<T> EndOfStream(bool incomplete) =>
        new(null, incomplete ? "the connection closed in the middle of a message" : "the connection closed", true);

    /// <summary>The value, or the error.</summary>
    public override string ToString() => Value?.ToString() ?? Error ?? string.Empty;

    internal static RrpClientResult<T> FromFrame(RrpFrame frame) => frame.Kind switch
    {
        RrpFrameKind.EndOfStream => EndOfStream(frame.Incomplete),
        RrpFrameKind.OverLimit => Failure($"message over the limits: {frame.Reason}"),
        _ => Failure($"unreadable input: {frame.Reason}"),
    };
}
