namespace Rrp2Epp.Epp.Responses;

/// <summary>A server greeting (RFC 5730 §2.4), sent on connect and in answer to <c>&lt;hello&gt;</c>.</summary>
public sealed record EppGreeting : EppMessage
{
    /// <summary>svID: the server's name.</summary>
    public required string ServerId { get; init; }

    /// <summary>svDate: the server's clock; null when absent or unreadable (see <see cref="Anomalies"/>).</summary>
    public DateTimeOffset? ServerDate { get; init; }

    /// <summary>svcMenu/version values.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    /// <summary>svcMenu/lang values.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>svcMenu/objURI values: the object services offered.</summary>
    public IReadOnlyList<string> ObjectUris { get; init; } = [];

    /// <summary>svcMenu/svcExtension/extURI values: the extensions offered.</summary>
    public IReadOnlyList<string> ExtensionUris { get; init; } = [];

    /// <summary>Departures from the schema found while reading; the greeting is still usable.</summary>
    public IReadOnlyList<string> Anomalies { get; init; } = [];

    /// <summary>True when the server offers the object service <paramref name="uri"/>.</summary>
    public bool OffersObject(string uri) => ObjectUris.Contains(uri, StringComparer.Ordinal);

    /// <summary>True when the server offers the extension <paramref name="uri"/>.</summary>
    public bool OffersExtension(string uri) => ExtensionUris.Contains(uri, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() =>
        $"EppGreeting {{ ServerId = {ServerId}, ServerDate = {ServerDate:O}, Versions = [{string.Join(", ", Versions)}], Languages = [{string.Join(", ", Languages)}], ObjectUris = [{string.Join(", ", ObjectUris)}], ExtensionUris = [{string.Join(", ", ExtensionUris)}] }}";
}
