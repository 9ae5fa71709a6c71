namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// Draws domain authInfo values with the configured <see cref="Mapping.Profiles.AuthInfoRules"/> (the operating
/// system's CSPRNG, uniformly over the configured alphabet, every character class present): the same rules every
/// registry profile checks them with.
/// </summary>
public sealed class AuthInfoGenerator(TranslationSetup setup)
{
    /// <summary>A new authInfo.</summary>
    public string Next() => setup.AuthInfo.Generate();
}
