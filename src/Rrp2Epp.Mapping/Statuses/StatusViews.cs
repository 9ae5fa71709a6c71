using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping;

/// <summary>
/// The RRP statuses an EPP status set shows (result-mapping.md §5.2), in the fixed output order (RFC 2832 §6.1,
/// then PENDINGTRANSFER, REDEMPTIONPERIOD, PENDINGRESTORE, PENDINGDELETE).
/// </summary>
/// <param name="Statuses">The RRP statuses, ordered, never empty.</param>
/// <param name="Untwinned">EPP statuses (and <c>rgp:</c>-prefixed RGP statuses) present that no RRP status shows: log them, never drop them from decisions.</param>
/// <param name="Rows">The statuses.csv rows that decided (<c>statuses.csv:7</c>), for diagnostics.</param>
public sealed record RrpStatusView(IReadOnlyList<RrpStatus> Statuses, IReadOnlyList<string> Untwinned, IReadOnlyList<string> Rows)
{
    /// <summary>The words, e.g. <c>REGISTRAR-LOCK, REGISTRY-HOLD</c>.</summary>
    public override string ToString() => string.Join(", ", Statuses.Select(s => s.ToWireText()));
}

/// <summary>The canonical EPP form of an RRP status set: the EPP statuses and RGP statuses that show exactly it.</summary>
/// <param name="Statuses">EPP domain statuses.</param>
/// <param name="RgpStatuses">RGP statuses (at most one in a valid set).</param>
/// <param name="Unrepresentable">RRP statuses with no EPP form (REGISTRY-DELETE-NOTIFY).</param>
public sealed record EppStatusForm(IReadOnlyList<string> Statuses, IReadOnlyList<string> RgpStatuses, IReadOnlyList<RrpStatus> Unrepresentable);

/// <summary>Why a MOD's status edits are refused before anything is sent (§5.4 step 1).</summary>
public enum StatusEditRefusal
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>ACTIVE or a registry-only status (543 in results.csv).</summary>
    Final,

    /// <summary>Adding a status that is already set in full (540).</summary>
    Duplicate,

    /// <summary>Removing a status that is not set at all (542).</summary>
    Missing,
}

/// <summary>
/// A MOD's status edits as an EPP delta against the current set (§5.4 step 2): only the members that change, never
/// <c>ok</c>, <c>inactive</c>, <c>pending*</c> or <c>server*</c>, and nothing outside RRP's reach is touched.
/// </summary>
/// <param name="Refusal">Why the edits are refused, or <see cref="StatusEditRefusal.None"/>.</param>
/// <param name="RefusedStatus">The status that caused the refusal.</param>
/// <param name="Add">EPP statuses to add.</param>
/// <param name="Remove">EPP statuses to remove.</param>
/// <param name="Target">The EPP statuses the domain will hold (those RRP can write), for reconciliation.</param>
/// <param name="Rows">The statuses.csv rows consulted.</param>
public sealed record StatusEditPlan(
    StatusEditRefusal Refusal,
    RrpStatus? RefusedStatus,
    IReadOnlyList<string> Add,
    IReadOnlyList<string> Remove,
    IReadOnlySet<string> Target,
    IReadOnlyList<string> Rows)
{
    /// <summary>Whether an edit removes REGISTRAR-LOCK (§6a decision 2: the one MOD a locked domain lets through).</summary>
    public bool RemovesRegistrarLock { get; init; }

    /// <summary>Whether nothing needs to be sent.</summary>
    public bool IsEmpty => Add.Count == 0 && Remove.Count == 0;
}
