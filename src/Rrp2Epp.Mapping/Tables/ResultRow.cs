using System.Globalization;
using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// One row of <c>results.csv</c>: (command, entity, step, EPP code(s), condition) → (RRP code or action, session,
/// effect, tag). Rows are tried in file order, the command's own rows before the common (<c>*</c>) rows; the first
/// whose codes and condition match decides.
/// </summary>
public sealed record ResultRow
{
    /// <summary>The file the row came from.</summary>
    public required string File { get; init; }

    /// <summary>The row's line number in its file.</summary>
    public required int Line { get; init; }

    /// <summary>The RRP command, or null for a common row (<c>*</c>).</summary>
    public RrpCommand? Command { get; init; }

    /// <summary>The entity; null for SESSION and QUIT (<c>-</c>) and for common rows.</summary>
    public RrpEntity? Entity { get; init; }

    /// <summary>The steps the row answers; empty for a common row's <c>*</c> (any step).</summary>
    public IReadOnlyList<TableStep> Steps { get; init; } = [];

    /// <summary>The EPP codes; empty with <see cref="AnyCode"/> for <c>*</c>, empty without it for <c>-</c> (no code).</summary>
    public IReadOnlyList<EppResultCode> Codes { get; init; } = [];

    /// <summary>Whether the row takes any EPP code (<c>*</c>).</summary>
    public bool AnyCode { get; init; }

    /// <summary>The condition's terms (empty for <c>always</c>).</summary>
    internal IReadOnlyList<ConditionTerm> Terms { get; init; } = [];

    /// <summary>The condition as written.</summary>
    public required string Condition { get; init; }

    /// <summary>What the row decides.</summary>
    public RowAction Action { get; init; }

    /// <summary>The RRP code when <see cref="Action"/> is <see cref="RowAction.Answer"/>.</summary>
    public RrpResponseCode? Code { get; init; }

    /// <summary>What happens to the RRP session.</summary>
    public RowSession Session { get; init; }

    /// <summary>The side effect.</summary>
    public RowEffect Effect { get; init; }

    /// <summary>Where the pairing comes from.</summary>
    public RowTags Tags { get; init; }

    /// <summary>Free text.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>Whether this is a common row (§2), tried after the command's own rows.</summary>
    public bool IsCommon => Command is null;

    /// <summary><c>results.csv:42</c>: how logs and tests name the row.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");

    /// <summary>Whether the row takes <paramref name="code"/> (null: a step without EPP code).</summary>
    public bool MatchesCode(EppResultCode? code) => code is null ? !AnyCode && Codes.Count == 0 : AnyCode || Codes.Contains(code.Value);

    /// <summary>Whether the row answers <paramref name="step"/>.</summary>
    public bool MatchesStep(TableStep step) => Steps.Count == 0 || Steps.Contains(step);

    /// <summary>A one-line description for diagnostics, e.g. <c>results.csv:42 DEL Domain domain:delete 2305 always → 533</c>.</summary>
    public string Describe() =>
        $"{Id} {(Command is null ? "*" : Command.Value.ToWireText().ToUpperInvariant())} {(IsCommon ? "*" : Entity?.ToString() ?? "-")} "
        + $"{(Steps.Count == 0 ? "*" : string.Join("|", Steps.Select(s => s.ToToken())))} "
        + $"{(AnyCode ? "*" : Codes.Count == 0 ? "-" : string.Join("|", Codes.Select(c => ((int)c).ToString(CultureInfo.InvariantCulture))))} "
        + $"{Condition} → {(Action == RowAction.Answer ? ((int)Code!.Value).ToString(CultureInfo.InvariantCulture) : Action.ToString().ToLowerInvariant())}";
}
