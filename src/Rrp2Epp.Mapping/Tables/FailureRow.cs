using System.Globalization;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>One row of <c>failures.csv</c>: (failure kind, command) → RRP code (or reconcile), session, effect.</summary>
public sealed record FailureRow
{
    /// <summary>The file the row came from.</summary>
    public required string File { get; init; }

    /// <summary>The row's line number.</summary>
    public required int Line { get; init; }

    /// <summary>The failure kind, or null for <c>*</c> (any kind).</summary>
    public GatewayFailureKind? Kind { get; init; }

    /// <summary>The RRP commands (<c>|</c>-separated in the file); empty for <c>*</c> (any command).</summary>
    public IReadOnlyList<RrpCommand> Commands { get; init; } = [];

    /// <summary>Whether the row takes <paramref name="kind"/> on <paramref name="command"/>.</summary>
    public bool Matches(GatewayFailureKind kind, RrpCommand command) =>
        (Kind is null || Kind == kind) && (Commands.Count == 0 || Commands.Contains(command));

    /// <summary>The answer; null when the row says <c>reconcile</c>.</summary>
    public RrpResponseCode? Code { get; init; }

    /// <summary>Whether the failure is settled by reconciliation (results.csv's reconcile rows) instead of a code.</summary>
    public bool Reconcile => Code is null;

    /// <summary>Whether the RRP session closes after the answer.</summary>
    public bool Closes { get; init; }

    /// <summary>Whether an operator alert goes with it.</summary>
    public bool Alert { get; init; }

    /// <summary>The §4 failure numbers the row covers, e.g. <c>G1|G2</c>.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>Where the pairing comes from.</summary>
    public RowTags Tags { get; init; }

    /// <summary>Free text.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary><c>failures.csv:12</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");

    /// <summary>The RRP response: the code alone, or for 520 the code with <paramref name="reason"/> (required for 520).</summary>
    public RrpResponse ToResponse(string? reason = null) => Code switch
    {
        RrpResponseCode.ServerClosingConnection => RrpResponse.Closing(string.IsNullOrWhiteSpace(reason) ? "gateway" : reason),
        { } code => RrpResponse.Of(code),
        null => throw new InvalidOperationException($"{Id} reconciles; it has no RRP code of its own"),
    };
}
