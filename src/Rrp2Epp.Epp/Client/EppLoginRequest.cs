namespace Rrp2Epp.Epp.Client;

/// <summary>
/// What <see cref="EppConnection.LoginAsync(EppLoginRequest, CancellationToken)"/> needs: the
/// credentials and the services the caller wants. The login asks for the intersection of these and
/// what the greeting offers (a client must not ask for what was not announced, RFC 3735 §2.3).
/// </summary>
/// <param name="ClientId">clID.</param>
/// <param name="Password">pw.</param>
public sealed record EppLoginRequest(string ClientId, EppSecret Password)
{
    /// <summary>The object services the gateway can use.</summary>
    public static IReadOnlyList<string> DefaultObjectUris { get; } = [EppNamespaces.Domain, EppNamespaces.Host, EppNamespaces.Contact];

    /// <summary>The extensions the gateway can use.</summary>
    public static IReadOnlyList<string> DefaultExtensionUris { get; } = [EppNamespaces.Rgp, EppNamespaces.SecDns];

    /// <summary>A new password to set at login (newPW).</summary>
    public EppSecret? NewPassword { get; init; }

    /// <summary>The object services wanted.</summary>
    public IReadOnlyList<string> ObjectUris { get; init; } = DefaultObjectUris;

    /// <summary>The extensions wanted.</summary>
    public IReadOnlyList<string> ExtensionUris { get; init; } = DefaultExtensionUris;

    /// <summary>The preferred language; the greeting's first language is used when it is not offered.</summary>
    public string Language { get; init; } = "en";
}
