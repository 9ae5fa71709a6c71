namespace Rrp2Epp.Rrp;

/// <summary>
/// The outcome of parsing one request: the typed request, or the RRP code to answer with and a short detail for
/// logs (never a value from the request, so never a secret). Parsing never throws.
/// </summary>
public readonly struct RrpParseResult
{
    private RrpParseResult(RrpCommand? command, RrpRequest? request, RrpResponseCode? error, string? detail, bool precedesSessionCheck)
    {
        Command = command;
        Request = request;
        ErrorCode = error;
        ErrorDetail = detail;
        PrecedesSessionCheck = precedesSessionCheck;
    }

    /// <summary>The command word when it was recognised, even if a later check failed; null for 500 and garbled input.</summary>
    public RrpCommand? Command { get; }

    /// <summary>The request on success, else null.</summary>
    public RrpRequest? Request { get; }

    /// <summary>The code to answer on failure, else null.</summary>
    public RrpResponseCode? ErrorCode { get; }

    /// <summary>What was wrong, for logs: names the line or rule, never its value.</summary>
    public string? ErrorDetail { get; }

    /// <summary>
    /// True when the error comes before "not logged in → 547" in reference §5.3's order: garbled input (507) and an
    /// unknown command (500). Every other error comes after it.
    /// </summary>
    public bool PrecedesSessionCheck { get; }

    /// <summary>Whether <see cref="Request"/> is set.</summary>
    public bool IsSuccess => Request is not null;

    /// <summary>
    /// Applies reference §5.3's order with the session's verdict: the codec's 507/500 first, then 547 when the session
    /// state does not allow the command, then the codec's other errors. Null means: execute <see cref="Request"/>.
    /// </summary>
    /// <param name="commandAllowedInState">Whether the session state allows <see cref="Command"/> (e.g. SESSION before login).</param>
    public RrpResponseCode? ResolveCode(bool commandAllowedInState) =>
        PrecedesSessionCheck ? ErrorCode
        : !commandAllowedInState ? RrpResponseCode.InvalidCommandSequence
        : ErrorCode;

    /// <summary>A success.</summary>
    public static RrpParseResult Success(RrpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new RrpParseResult(request.Command, request, null, null, false);
    }

    /// <summary>A failure found after the command word was recognised (so after the session check).</summary>
    public static RrpParseResult Failure(RrpCommand command, RrpResponseCode code, string detail) =>
        new(command, null, code, detail, false);

    /// <summary>A failure that precedes the session check: garbled input (507) or an unknown command (500).</summary>
    public static RrpParseResult Rejected(RrpCommand? command, RrpResponseCode code, string detail) =>
        new(command, null, code, detail, true);

    /// <summary>The request (secrets redacted) or the code and detail.</summary>
    public override string ToString() =>
        Request is not null ? Request.ToString() : $"{(int?)ErrorCode} {ErrorDetail} (command {Command?.ToString() ?? "unknown"})";
}
