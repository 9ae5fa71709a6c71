namespace Rrp2Epp.Rrp;

/// <summary>How secrets show in text meant for people and logs: only whether they are there.</summary>
internal static class RrpRedaction
{
    /// <summary>The stand-in for a secret value.</summary>
    public const string Redacted = "***";

    public static string Mark(string? secret) => secret is null ? "(none)" : Redacted;
}
