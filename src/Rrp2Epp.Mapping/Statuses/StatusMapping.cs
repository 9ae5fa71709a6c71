using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping;

/// <summary>
/// RRP domain statuses ↔ EPP statuses (result-mapping.md §5), driven by statuses.csv: EPP → RRP for STATUS and ADD,
/// RRP → EPP as the canonical form (the round trip), and MOD's status edits as an EPP delta with the refusals of §5.4.
/// </summary>
public sealed class StatusMapping
{
    private readonly StatusTable _table;

    internal StatusMapping(StatusTable table) => _table = table;

    /// <summary>
    /// The RRP statuses an EPP set shows (§5.2). With <paramref name="extendedStatuses"/> false, VeriSign's four words
    /// become what a strict listener understands (§5.3). <paramref name="deleteNotify"/> is the profile marker's verdict.
    /// </summary>
    public RrpStatusView ToRrp(IEnumerable<string> eppStatuses, IEnumerable<string> rgpStatuses, bool extendedStatuses = true, bool deleteNotify = false)
    {
        var epp = eppStatuses.ToHashSet(StringComparer.Ordinal);
        var rgp = rgpStatuses.ToHashSet(StringComparer.Ordinal);
        var shown = new SortedSet<RrpStatus>();
        var rows = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in _table.Rows)
        {
            var applies = row.Match switch
            {
                StatusMatch.Marker => deleteNotify,
                StatusMatch.Any => row.Epp.Any(epp.Contains) && RgpHolds(row, rgp, taken),
                _ => false,
            };
            if (applies)
            {
                shown.Add(row.Status);
                rows.Add(row.Id);
            }
        }

        if (!extendedStatuses)
        {
            var strict = new SortedSet<RrpStatus>();
            foreach (var status in shown)
            {
                var row = _table[status];
                if (row.StrictListener is { } word)
                {
                    strict.Add(word);
                }

                if (row.StrictListener != status)
                {
                    rows.Add(row.Id);
                }
            }

            shown = strict;
        }

        if (shown.Count == 0)
        {
            var fallback = _table.Rows.First(r => r.Match == StatusMatch.Default);
            shown.Add(fallback.Status);
            rows.Add(fallback.Id);
        }

        var twinned = _table.Rows.SelectMany(r => r.Epp).ToHashSet(StringComparer.Ordinal);
        var rgpTwinned = _table.Rows.SelectMany(r => r.Rgp).ToHashSet(StringComparer.Ordinal);
        var untwinned = epp.Where(s => !twinned.Contains(s)).Order(StringComparer.Ordinal)
            .Concat(rgp.Where(s => !rgpTwinned.Contains(s)).Order(StringComparer.Ordinal).Select(s => "rgp:" + s))
            .ToList();
        return new RrpStatusView([.. shown], untwinned, rows);
    }

    /// <summary>
    /// The canonical EPP form of an RRP status set: each status's EPP statuses, and its first RGP status; ACTIVE alone
    /// is <c>ok</c>. Applying <see cref="ToRrp"/> to it gives the set back for every set that has a valid EPP form.
    /// </summary>
    public EppStatusForm ToEpp(IEnumerable<RrpStatus> statuses)
    {
        var set = statuses.ToHashSet();
        var epp = new SortedSet<string>(StringComparer.Ordinal);
        var rgp = new SortedSet<string>(StringComparer.Ordinal);
        var none = new List<RrpStatus>();
        foreach (var status in set.Order())
        {
            var row = _table[status];
            if (row.Match == StatusMatch.Marker)
            {
                none.Add(status);
                continue;
            }

            epp.UnionWith(row.Epp);
            if (row.Rgp.Count > 0)
            {
                rgp.Add(row.Rgp[0]);
            }
        }

        var ok = _table.Rows.First(r => r.Match == StatusMatch.Default).Epp;
        if (epp.Count > ok.Count)
        {
            epp.ExceptWith(ok);
        }

        return new EppStatusForm([.. epp], [.. rgp], none);
    }

    /// <summary>
    /// MOD's status edits against the domain's current EPP statuses (§5.4): refused first when a word is final
    /// (ACTIVE, registry-only), already set in full, or not set at all; otherwise the delta that reaches the target.
    /// REGISTRAR-LOCK shown because of a partial triple is completed by an add, not refused.
    /// </summary>
    public StatusEditPlan PlanEdits(IReadOnlyList<RrpEdit<RrpStatus>> edits, IEnumerable<string> currentEpp)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var current = currentEpp.ToHashSet(StringComparer.Ordinal);
        var rows = new List<string>();
        var adds = edits.Where(e => e.AddsNew).Select(e => e.New).ToList();
        var removes = edits.Where(e => e.RemovesOld).Select(e => e.Old).ToList();

        foreach (var status in removes.Concat(adds))
        {
            var row = _table[status];
            rows.Add(row.Id);
            if (!row.Settable)
            {
                return Refused(StatusEditRefusal.Final, status);
            }
        }

        foreach (var status in adds)
        {
            if (_table[status].Written.All(current.Contains))
            {
                return Refused(StatusEditRefusal.Duplicate, status);
            }
        }

        foreach (var status in removes)
        {
            if (!_table[status].Written.Any(current.Contains))
            {
                return Refused(StatusEditRefusal.Missing, status);
            }
        }

        var target = new HashSet<string>(current, StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            if (edit.RemovesOld)
            {
                target.ExceptWith(_table[edit.Old].Written);
            }

            if (edit.AddsNew)
            {
                target.UnionWith(_table[edit.New].Written);
            }
        }

        var writable = _table.Rows.SelectMany(r => r.Written).ToHashSet(StringComparer.Ordinal);
        return new StatusEditPlan(
            StatusEditRefusal.None,
            null,
            [.. target.Where(s => !current.Contains(s)).Order(StringComparer.Ordinal)],
            [.. current.Where(s => writable.Contains(s) && !target.Contains(s)).Order(StringComparer.Ordinal)],
            target.Where(writable.Contains).ToHashSet(StringComparer.Ordinal),
            rows)
        {
            RemovesRegistrarLock = removes.Contains(RrpStatus.RegistrarLock),
        };

        StatusEditPlan Refused(StatusEditRefusal why, RrpStatus status) =>
            new(why, status, [], [], current.ToHashSet(StringComparer.Ordinal), rows);
    }

    // A row with an RGP condition shows only when one of its RGP statuses is present; 'otherwise' also takes any RGP
    // state the earlier rows with the same EPP statuses did not take.
    private static bool RgpHolds(StatusRow row, HashSet<string> rgp, HashSet<string> taken)
    {
        var key = string.Join("|", row.Epp);
        if (row.Rgp.Count == 0)
        {
            return true;
        }

        if (row.Rgp.Any(rgp.Contains) || (row.RgpOtherwise && !taken.Contains(key)))
        {
            taken.Add(key);
            return true;
        }

        return false;
    }
}
