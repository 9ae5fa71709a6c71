using System.Globalization;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// Answers the gateway gives before any translation can exchange: a name no configured registry serves (541, §1.1), and
/// a command for which no EPP session could be had (unreachable, pool exhausted, credentials refused: failures.csv).
/// </summary>
public static class GatewayAnswers
{
    /// <summary>541 for a domain no configured registry serves, with <paramref name="zones"/> named in the diagnostics.</summary>
    public static FinishStep NoRoute(string domainName, IEnumerable<string> zones) =>
        FinishStep.Answer(RrpResponse.Of(RrpResponseCode.InvalidAttributeValue),
            $"{domainName} is under none of the configured zones ({string.Join(", ", zones)}): 541 without an EPP exchange (§1.1)");

    /// <summary>
    /// The answer to <paramref name="command"/> when no session could be had: <see cref="EppNotSent"/> (421, lasting
    /// 549 with an alert) or <see cref="EppPathLost"/> (420, closes), as failures.csv says.
    /// </summary>
    public static FinishStep Unavailable(RrpCommand command, string objectName, EppStepResult failure, string detail, MappingTables tables)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(tables);
        var kind = failure switch
        {
            EppNotSent { Lasting: true } => GatewayFailureKind.NotSentLasting,
            EppNotSent => GatewayFailureKind.NotSent,
            EppPathLost => GatewayFailureKind.PathLost,
            _ => GatewayFailureKind.GatewayFault,
        };
        var row = tables.Failures.Resolve(kind, command);
        var note = string.Create(CultureInfo.InvariantCulture, $"{row.Id} {kind.ToToken()} → {(row.Code is { } c ? (int)c : 549)}: {detail}");
        if (row.Code is null)
        {
            return FinishStep.Answer(RrpResponse.Of(RrpResponseCode.CommandFailed), note, "bug: failures.csv asks to reconcile where nothing was sent");
        }

        IReadOnlyList<GatewayEffect> effects = row.Alert ? [new AlertEffect($"{command.ToWireText()} {objectName}: {kind.ToToken()}: {detail}")] : [];
        return new FinishStep(row.ToResponse(detail), row.Closes, effects, [note]);
    }
}
