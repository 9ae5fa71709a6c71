namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// <c>&lt;msgQ&gt;</c> (RFC 5730 §2.6): on any response while messages wait (count and id only), and
/// with the message itself in a <c>&lt;poll op="req"&gt;</c> answer.
/// </summary>
/// <param name="Count">Messages in the queue.</param>
/// <param name="Id">The message id (an opaque token; ack it with this value).</param>
public sealed record EppMessageQueue(long Count, string Id)
{
    /// <summary>qDate: when the message was queued (poll responses only).</summary>
    public DateTimeOffset? QueuedAt { get; init; }

    /// <summary>The message text (poll responses only).</summary>
    public string? Message { get; init; }

    /// <summary>The message's <c>lang</c> when given.</summary>
    public string? Language { get; init; }
}
