using Rrp2Epp.Mapping.Profiles;

namespace Rrp2Epp.Gateway.Options;

/// <summary>
/// How generated domain authInfo values look (EPP pwAuthInfo). They become the registry profile's
/// <see cref="AuthInfoRules"/>, the one place that draws and checks them.
/// </summary>
public sealed record AuthInfoOptions
{
    /// <summary>Length of a generated authInfo (16 characters of the default 69-character alphabet ≈ 97 bits).</summary>
    public int Length { get; init; } = 16;

    /// <summary>The alphabet; no spaces (xs:token would alter them).</summary>
    public string Alphabet { get; init; } = AuthInfoRules.DefaultAlphabet;
}
