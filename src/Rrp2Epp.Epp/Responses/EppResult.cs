namespace Rrp2Epp.Epp.Responses;

/// <summary>One <c>&lt;result&gt;</c> of a response.</summary>
/// <param name="Code">The result code (always one of RFC 5730's; otherwise the response is malformed).</param>
/// <param name="Message">The <c>&lt;msg&gt;</c> text (may be translated; never branch on it).</param>
/// <param name="Language">The <c>lang</c> of the message when given.</param>
/// <param name="Values">The <c>&lt;value&gt;</c> and <c>&lt;extValue&gt;</c> elements, in order.</param>
public sealed record EppResult(EppResultCode Code, string Message, string? Language, IReadOnlyList<EppResultValue> Values)
{
    /// <inheritdoc />
    public override string ToString() =>
        Values.Count == 0 ? $"{(int)Code} {Message}" : $"{(int)Code} {Message} [{string.Join("; ", Values)}]";
}
