using System.Buffers;

namespace Rrp2Epp.Rrp;

/// <summary>What one read from the connection produced.</summary>
public enum RrpFrameKind
{
    /// <summary>A complete message: its lines before the lone <c>.</c>.</summary>
    Message,

    /// <summary>A message that broke a cap; it has been skipped up to and including its <c>.</c>. A server answers 507.</summary>
    OverLimit,

    /// <summary>Input that never reached a <c>.</c> within <see cref="RrpLimits.MaxDiscardBytes"/>. A server answers 520 with the reason and closes.</summary>
    Garbage,

    /// <summary>The peer closed the connection (see <see cref="RrpFrame.Incomplete"/>).</summary>
    EndOfStream,
}

/// <summary>One framed message, or why there is none. <see cref="Content"/> is valid until the next read.</summary>
public readonly struct RrpFrame
{
    internal RrpFrame(RrpFrameKind kind, ReadOnlySequence<byte> content, string? reason, bool incomplete)
    {
        Kind = kind;
        Content = content;
        Reason = reason;
        Incomplete = incomplete;
    }

    /// <summary>The outcome.</summary>
    public RrpFrameKind Kind { get; }

    /// <summary>For <see cref="RrpFrameKind.Message"/>: the message's lines with their line ends, without the <c>.</c> line. Borrowed from the reader's buffer until the next read.</summary>
    public ReadOnlySequence<byte> Content { get; }

    /// <summary>Which cap was broken (<see cref="RrpFrameKind.OverLimit"/>), or the 520 reason (<see cref="RrpFrameKind.Garbage"/>). Never contains message bytes.</summary>
    public string? Reason { get; }

    /// <summary>For <see cref="RrpFrameKind.EndOfStream"/>: the peer closed in the middle of a message.</summary>
    public bool Incomplete { get; }

    /// <summary>The kind, and the reason when there is one (never the content).</summary>
    public override string ToString() => Reason is null ? $"{Kind} ({Content.Length} bytes)" : $"{Kind}: {Reason}";
}
