using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests;

public sealed class FailureTableTests
{
    private static readonly FailureTable Failures = MappingTables.Default.Failures;

    /// <summary>Every (kind, command) the gateway itself answers, with the §1.5/§4 answer.</summary>
    internal static IEnumerable<(GatewayFailureKind Kind, RrpCommand Command, RrpResponseCode? Code, bool Closes, bool Alert)> Cases()
    {
        foreach (var kind in Enum.GetValues<GatewayFailureKind>())
        {
            yield return (kind, RrpCommand.Quit, RrpResponseCode.SuccessClosing, true, false);
        }

        yield return (GatewayFailureKind.NotSent, RrpCommand.Add, RrpResponseCode.ServerErrorTryAgain, false, false);
        yield return (GatewayFailureKind.NotSentLasting, RrpCommand.Mod, RrpResponseCode.CommandFailed, false, true);
        yield return (GatewayFailureKind.QueryLost, RrpCommand.Check, RrpResponseCode.ServerErrorTryAgain, false, false);
        yield return (GatewayFailureKind.OutcomeUnknown, RrpCommand.Session, RrpResponseCode.ServerErrorTryAgain, false, false);
        yield return (GatewayFailureKind.OutcomeUnknown, RrpCommand.Describe, RrpResponseCode.ServerErrorTryAgain, false, false);
        yield return (GatewayFailureKind.OutcomeUnknown, RrpCommand.Renew, null, false, false);
        yield return (GatewayFailureKind.PathLost, RrpCommand.Transfer, RrpResponseCode.ServerErrorClosing, true, false);
        yield return (GatewayFailureKind.MalformedQuery, RrpCommand.Status, RrpResponseCode.CommandFailed, false, false);
        yield return (GatewayFailureKind.ServiceMissing, RrpCommand.Restore, RrpResponseCode.InvalidCommandName, false, false);
        yield return (GatewayFailureKind.ServiceMissing, RrpCommand.Del, RrpResponseCode.CommandFailed, false, false);
        yield return (GatewayFailureKind.GatewayFault, RrpCommand.Describe, RrpResponseCode.CommandFailed, false, true);
        yield return (GatewayFailureKind.ShuttingDown, RrpCommand.Session, RrpResponseCode.ServerErrorClosing, true, false);
        yield return (GatewayFailureKind.IdleTimeout, RrpCommand.Status, RrpResponseCode.ServerClosingConnection, true, false);
    }

    public static TheoryData<GatewayFailureKind, RrpCommand> Pairs()
    {
        var data = new TheoryData<GatewayFailureKind, RrpCommand>();
        foreach (var c in Cases())
        {
            data.Add(c.Kind, c.Command);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_gateway_failure_answers_as_section_4_says(GatewayFailureKind kind, RrpCommand command)
    {
        var expected = Cases().First(c => c.Kind == kind && c.Command == command);

        var row = Failures.Resolve(kind, command);

        Assert.Equal(expected.Code, row.Code);
        Assert.Equal(expected.Closes, row.Closes);
        Assert.Equal(expected.Alert, row.Alert);
    }

    [Fact]
    public void Every_kind_resolves_for_every_command_with_an_allowed_code()
    {
        foreach (var kind in Enum.GetValues<GatewayFailureKind>())
        {
            foreach (var command in Enum.GetValues<RrpCommand>())
            {
                var row = Failures.Resolve(kind, command);
                if (row.Code is { } code)
                {
                    Assert.True(RrpResponseCodes.IsAllowed(command, RrpVersion.V1_1_0, code), $"{kind} on {command}: {(int)code}");
                }
            }
        }
    }

    [Fact]
    public void The_idle_timeout_carries_its_reason()
    {
        var response = Failures.Resolve(GatewayFailureKind.IdleTimeout, RrpCommand.Status).ToResponse("idle for 10 minutes");

        Assert.Equal("Server closing connection. Client should try opening new connection; idle for 10 minutes", response.Text);
    }
}
