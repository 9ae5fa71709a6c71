using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// How one step of a plan ended, filled in by <see cref="Translation.Step"/> (iterators cannot return values):
/// a row decided on the registry's answer, the translation must stop with an answer already made, or a
/// transform's outcome is unknown and must be reconciled.
/// </summary>
internal sealed class StepOutcome
{
    /// <summary>The registry's (last) answer, when the row decided on one.</summary>
    public EppResponse? Response { get; set; }

    /// <summary>The row that decided.</summary>
    public ResultRow? Row { get; set; }

    /// <summary>The answer when the step could not be decided by a row (transport failures, path lost).</summary>
    public FinishStep? Stop { get; set; }

    /// <summary>When the transform was sent whose outcome is unknown.</summary>
    public DateTimeOffset? LostAt { get; set; }

    /// <summary>Whether the step decided to go on (a gate passed).</summary>
    public bool Proceeds => Row is { Action: RowAction.Proceed };
}
