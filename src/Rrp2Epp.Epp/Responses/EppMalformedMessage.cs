namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// A server frame that cannot be trusted (result-mapping.md §4 G11): not well formed, not EPP,
/// without a readable result code, or with a code outside RFC 5730's closed list. The connection
/// that delivered it must be dropped; the outcome of the command it answered is unknown.
/// </summary>
/// <param name="Reason">Why, for logs (never includes secret values).</param>
public sealed record EppMalformedMessage(string Reason) : EppMessage;
