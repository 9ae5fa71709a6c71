namespace Rrp2Epp.Rrp;

/// <summary>
/// One request read by a server: a parse result, or the framing outcome. <see cref="ImmediateResponse"/> gives the
/// answer the codec decides alone (507 for an over-cap request, 520 for garbage).
/// </summary>
public readonly struct RrpRequestReadResult
{
    internal RrpRequestReadResult(RrpFrameKind kind, RrpParseResult parse, string? reason, bool incomplete)
    {
        Kind = kind;
        Parse = parse;
        Reason = reason;
        Incomplete = incomplete;
    }

    /// <summary>Message, over limit, garbage or end of stream.</summary>
    public RrpFrameKind Kind { get; }

    /// <summary>For <see cref="RrpFrameKind.Message"/>: the parsed request or its error; <c>default</c> (no command, no request, no code) for the other kinds.</summary>
    public RrpParseResult Parse { get; }

    /// <summary>The broken cap (over limit) or the 520 reason (garbage).</summary>
    public string? Reason { get; }

    /// <summary>For end of stream: the client closed in the middle of a request.</summary>
    public bool Incomplete { get; }

    /// <summary>
    /// The response the framer's outcome requires: 507 for <see cref="RrpFrameKind.OverLimit"/> (reference §5.3
    /// item 1, before any session check), 520 with the reason for <see cref="RrpFrameKind.Garbage"/> (then close),
    /// null otherwise.
    /// </summary>
    public RrpResponse? ImmediateResponse => Kind switch
    {
        RrpFrameKind.OverLimit => RrpResponse.Of(RrpResponseCode.InvalidCommandFormat),
        RrpFrameKind.Garbage => RrpResponse.Closing(Reason ?? "unreadable input"),
        _ => null,
    };

    /// <summary>The kind and the parse result or reason.</summary>
    public override string ToString() => Kind == RrpFrameKind.Message ? Parse.ToString() : $"{Kind}: {Reason}";
}
