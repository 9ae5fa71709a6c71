using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// MOD's value edits (RFC 2832 §4.3.5) against an object's current values: notes the refusals (<c>edit:duplicate</c>
/// for an added value already there, <c>edit:missing</c> for a removed one that is not) and gives the delta that
/// reaches the target, in request order so the update reads like the request.
/// </summary>
internal static class EditDelta
{
    public static (List<T> Add, List<T> Remove, int TargetCount) Apply<T>(IReadOnlyList<RrpEdit<T>> edits, IReadOnlySet<T> current, IEqualityComparer<T> comparer, DecisionFacts facts)
        where T : notnull
    {
        var target = new HashSet<T>(current, comparer);
        foreach (var edit in edits)
        {
            if (edit.RemovesOld)
            {
                if (!current.Contains(edit.Old!))
                {
                    facts.Edits.Add("missing");
                }

                target.Remove(edit.Old!);
            }

            if (edit.AddsNew)
            {
                if (current.Contains(edit.New!))
                {
                    facts.Edits.Add("duplicate");
                }

                target.Add(edit.New!);
            }
        }

        var add = edits.Where(e => e.AddsNew).Select(e => e.New!).Distinct(comparer).Where(v => target.Contains(v) && !current.Contains(v)).ToList();
        var remove = edits.Where(e => e.RemovesOld).Select(e => e.Old!).Distinct(comparer).Where(v => current.Contains(v) && !target.Contains(v)).ToList();
        return (add, remove, target.Count);
    }
}
