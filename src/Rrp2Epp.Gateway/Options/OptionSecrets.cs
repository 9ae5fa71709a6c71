namespace Rrp2Epp.Gateway.Options;

/// <summary>How the option records print a secret (a certificate or registrar password): never its value.</summary>
internal static class OptionSecrets
{
    /// <summary>What stands for a secret that is set.</summary>
    public const string Masked = "***";

    /// <summary>Null stays null (nothing set); any value becomes <see cref="Masked"/>.</summary>
    public static string? Mask(string? secret) => secret is null ? null : Masked;
}
