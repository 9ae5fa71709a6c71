namespace Rrp2Epp.Gateway.Options;

/// <summary>How generated domain authInfo values look (EPP pwAuthInfo: 6-64 characters of xs:token).</summary>
public sealed record AuthInfoOptions
{
    /// <summary>The characters drawn from: letters, digits and a few punctuation marks every registry accepts.</summary>
    public const string DefaultAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!+=";

    /// <summary>Length of a generated authInfo (16 characters of a 63-character alphabet ≈ 95 bits).</summary>
    public int Length { get; init; } = 16;

    /// <summary>The alphabet; no spaces (xs:token would alter them).</summary>
    public string Alphabet { get; init; } = DefaultAlphabet;
}
