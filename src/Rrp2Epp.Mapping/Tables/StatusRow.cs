using System.Globalization;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>How a statuses.csv row decides whether its RRP status is shown.</summary>
public enum StatusMatch
{
    /// <summary><c>any</c>: any of the row's EPP statuses is present (and its RGP condition holds).</summary>
    Any,

    /// <summary><c>default</c>: shown when no other row applies (ACTIVE).</summary>
    Default,

    /// <summary><c>marker</c>: the profile's registry-specific marker matches (REGISTRY-DELETE-NOTIFY).</summary>
    Marker,
}

/// <summary>
/// One row of <c>statuses.csv</c> (result-mapping.md §5.1-§5.3): an RRP status, the EPP statuses (and RGP status)
/// that show it and that are its canonical EPP form, what MOD writes for it, and what a strict listener shows instead.
/// </summary>
public sealed record StatusRow
{
    /// <summary>The file the row came from.</summary>
    public required string File { get; init; }

    /// <summary>The row's line number.</summary>
    public required int Line { get; init; }

    /// <summary>The RRP status.</summary>
    public required RrpStatus Status { get; init; }

    /// <summary>The EPP statuses that show it; all of them form its canonical EPP form.</summary>
    public IReadOnlyList<string> Epp { get; init; } = [];

    /// <summary>How the row matches.</summary>
    public StatusMatch Match { get; init; }

    /// <summary>The RGP statuses of which one must be present (empty: no condition); the first is the canonical one.</summary>
    public IReadOnlyList<string> Rgp { get; init; } = [];

    /// <summary><c>otherwise</c> in the rgp column: the row also takes any RGP state no earlier row with the same EPP statuses took.</summary>
    public bool RgpOtherwise { get; init; }

    /// <summary>The EPP statuses MOD adds for this status (settable statuses only).</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Whether a registrar may set and clear it with MOD (RFC 2832 §6.1).</summary>
    public bool Settable { get; init; }

    /// <summary>What a listener with <c>rrpExtendedStatuses: false</c> shows instead (§5.3); null: nothing.</summary>
    public RrpStatus? StrictListener { get; init; }

    /// <summary>Where the pairing comes from.</summary>
    public RowTags Tags { get; init; }

    /// <summary>Free text.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary><c>statuses.csv:7</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");
}
