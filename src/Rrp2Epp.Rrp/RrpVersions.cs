namespace Rrp2Epp.Rrp;

/// <summary>Conversions between <see cref="RrpVersion"/> and its wire text ("1.1.0", "2.0.0").</summary>
public static class RrpVersions
{
    /// <summary>The version number as written in the banner and in DESCRIBE's <c>Protocol:RRP x.y.z</c>.</summary>
    public static string ToText(this RrpVersion version) => version switch
    {
        RrpVersion.V1_1_0 => "1.1.0",
        RrpVersion.V2_0_0 => "2.0.0",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "unknown RRP version"),
    };

    /// <summary>The DESCRIBE answer's value: <c>RRP 1.1.0</c> or <c>RRP 2.0.0</c>.</summary>
    public static string ToProtocolText(this RrpVersion version) => version switch
    {
        RrpVersion.V1_1_0 => "RRP 1.1.0",
        RrpVersion.V2_0_0 => "RRP 2.0.0",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "unknown RRP version"),
    };

    /// <summary>Reads "1.1.0" or "2.0.0" (an optional "RRP " prefix is accepted, as DESCRIBE prints it).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RrpVersion version)
    {
        if (text.StartsWith("RRP ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        if (text.SequenceEqual("1.1.0"))
        {
            version = RrpVersion.V1_1_0;
            return true;
        }

        if (text.SequenceEqual("2.0.0"))
        {
            version = RrpVersion.V2_0_0;
            return true;
        }

        version = default;
        return false;
    }
}
