namespace Rrp2Epp.Rrp;

/// <summary>
/// Caps the framer applies before anything is parsed (DESIGN §5: every read is capped). The defaults are far above
/// what any valid RRP message needs (values are at most 128 characters; a MOD with 13 removals and 13 additions of
/// name servers is about 40 lines) and small enough that a connection costs little memory.
/// </summary>
public sealed record RrpLimits
{
    /// <summary>The defaults: 1024-byte lines, 100 lines, 16 KiB per message, 64 KiB discarded before giving up.</summary>
    public static RrpLimits Default { get; } = new();

    /// <summary>Longest line, without its CR LF (reference §3.3 [Rec]: at least 1024). Longer → 507.</summary>
    public int MaxLineBytes { get; init; } = 1024;

    /// <summary>Most lines in one message before the <c>.</c>, blank lines included. More → 507.</summary>
    public int MaxLinesPerMessage { get; init; } = 100;

    /// <summary>Most bytes in one message before the <c>.</c> line, line ends included. More → 507.</summary>
    public int MaxMessageBytes { get; init; } = 16 * 1024;

    /// <summary>
    /// How many bytes of an over-cap message (counted from its start) the framer discards while looking for its
    /// <c>.</c> line. Past this the input is unending garbage: 520 with a reason, then the caller closes.
    /// </summary>
    public int MaxDiscardBytes { get; init; } = 64 * 1024;

    /// <summary>Every rule these values break (all at once, for start-up validation); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxLineBytes < 256)
        {
            errors.Add($"{nameof(MaxLineBytes)} must be at least 256 (an RRP line can reach 128 + 1 + 128 bytes)");
        }

        if (MaxLinesPerMessage < 32)
        {
            errors.Add($"{nameof(MaxLinesPerMessage)} must be at least 32 (a MOD may edit 13 + 13 name servers)");
        }

        if (MaxMessageBytes < MaxLineBytes)
        {
            errors.Add($"{nameof(MaxMessageBytes)} must be at least {nameof(MaxLineBytes)}");
        }

        if (MaxDiscardBytes < MaxMessageBytes)
        {
            errors.Add($"{nameof(MaxDiscardBytes)} must be at least {nameof(MaxMessageBytes)}");
        }

        return errors;
    }
}
