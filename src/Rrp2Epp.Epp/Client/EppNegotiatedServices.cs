namespace Rrp2Epp.Epp.Client;

/// <summary>
/// The services a login asked for (and so may use), plus those the caller wanted but the greeting
/// did not offer. The gateway answers RRP RESTORE with 500 when <see cref="HasExtension"/> is false
/// for rgp-1.0.
/// </summary>
/// <param name="ObjectUris">The objURIs sent in the login.</param>
/// <param name="ExtensionUris">The extURIs sent in the login.</param>
public sealed record EppNegotiatedServices(IReadOnlyList<string> ObjectUris, IReadOnlyList<string> ExtensionUris)
{
    /// <summary>Object services wanted but not offered by the server.</summary>
    public IReadOnlyList<string> UnavailableObjectUris { get; init; } = [];

    /// <summary>Extensions wanted but not offered by the server.</summary>
    public IReadOnlyList<string> UnavailableExtensionUris { get; init; } = [];

    /// <summary>True when the session may use the object service <paramref name="uri"/>.</summary>
    public bool HasObject(string uri) => ObjectUris.Contains(uri, StringComparer.Ordinal);

    /// <summary>True when the session may use the extension <paramref name="uri"/>.</summary>
    public bool HasExtension(string uri) => ExtensionUris.Contains(uri, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() =>
        $"objURI [{string.Join(", ", ObjectUris)}], extURI [{string.Join(", ", ExtensionUris)}]"
        + (UnavailableObjectUris.Count + UnavailableExtensionUris.Count == 0
            ? string.Empty
            : $", not offered [{string.Join(", ", UnavailableObjectUris.Concat(UnavailableExtensionUris))}]");
}
