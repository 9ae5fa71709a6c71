namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// A <c>&lt;value&gt;</c> (or the value of an <c>&lt;extValue&gt;</c>) of a failed result: the
/// server's echo of the client element that caused the failure. Match on
/// <see cref="NamespaceUri"/> + <see cref="LocalName"/> (e.g. domain-1.0 + <c>hostObj</c>), which is
/// structured; <see cref="Reason"/> is free text that differs per registry and language. The text
/// of an echoed password or authInfo is replaced by <c>***</c>.
/// </summary>
/// <param name="NamespaceUri">The echoed element's namespace URI; null when the value holds text only.</param>
/// <param name="LocalName">The echoed element's local name; null when the value holds text only.</param>
/// <param name="Text">The echoed element's text.</param>
/// <param name="Attributes">The echoed element's attributes by local name (e.g. <c>unit</c> of a period).</param>
/// <param name="Reason">The extValue's <c>&lt;reason&gt;</c>; null for a plain value.</param>
public sealed record EppResultValue(
    string? NamespaceUri,
    string? LocalName,
    string Text,
    IReadOnlyDictionary<string, string> Attributes,
    string? Reason)
{
    /// <summary>True when the echoed element is <paramref name="localName"/> in <paramref name="namespaceUri"/>.</summary>
    public bool Is(string namespaceUri, string localName) =>
        string.Equals(NamespaceUri, namespaceUri, StringComparison.Ordinal) && string.Equals(LocalName, localName, StringComparison.Ordinal);

    /// <summary>True for an <c>&lt;extValue&gt;</c> (it carries a reason).</summary>
    public bool IsExtended => Reason is not null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{{{NamespaceUri}}}{LocalName}='{Text}'" + (Reason is null ? string.Empty : $" reason='{Reason}'");
}
