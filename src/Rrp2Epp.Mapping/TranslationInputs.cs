using System.Collections.ObjectModel;
using System.Net;
using System.Text;

namespace Rrp2Epp.Mapping;

/// <summary>
/// Values the gateway supplies because a pure translation cannot fetch, draw or measure them. Which ones a
/// request needs is told by <see cref="TranslationFactory.InputsFor"/>; a needed value that is missing makes
/// the translation answer 549 (a gateway fault, result-mapping.md §4 G12) without sending anything.
/// Secrets never appear in <see cref="ToString"/>.
/// </summary>
/// <param name="GeneratedAuthInfo">A fresh CSPRNG authInfo, best drawn with the profile's <see cref="Profiles.AuthInfoRules.Generate"/> (ADD Domain; 8-64 printable characters without space).</param>
/// <param name="SpareAuthInfo">A second fresh one, sent once if the registry refuses the first (§3.2).</param>
/// <param name="StoredAuthInfo">The authInfo the store holds for the request's domain, if any (TRANSFER requests).</param>
public sealed record TranslationInputs(string? GeneratedAuthInfo, string? SpareAuthInfo, string? StoredAuthInfo)
{
    /// <summary>No inputs (queries, and commands that need none).</summary>
    public static TranslationInputs None { get; } = new(null, null, null);

    /// <summary>
    /// The gateway's clock when the request started (from its TimeProvider). RENEW compares the new expiry with
    /// now + the maximum term; RESTORE reports use it as the restore time. Required for those two.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>
    /// Host-attribute registries only: the glue addresses the gateway's store holds for the name servers a request
    /// names (keys in lower case). An in-zone name server missing here is unknown to the store (545).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IPAddress>> NameServerAddresses { get; init; } =
        ReadOnlyDictionary<string, IReadOnlyList<IPAddress>>.Empty;

    /// <summary>Shows which inputs are present, never their values.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("TranslationInputs { ");
        text.Append("GeneratedAuthInfo = ").Append(Mark(GeneratedAuthInfo))
            .Append(", SpareAuthInfo = ").Append(Mark(SpareAuthInfo))
            .Append(", StoredAuthInfo = ").Append(Mark(StoredAuthInfo))
            .Append(", Now = ").Append(Now?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "(none)")
            .Append(", NameServerAddresses = ").Append(NameServerAddresses.Count)
            .Append(" }");
        return text.ToString();
    }

    private static string Mark(string? secret) => secret is null ? "(none)" : "***";
}
