using System.Text.RegularExpressions;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests.Support;

/// <summary>Drives a <see cref="Scenario"/> step by step and checks every command the translation sends against the schemas.</summary>
internal static partial class ScenarioRunner
{
    private static readonly string[] Secrets = [TestContexts.Generated, TestContexts.Spare, TestContexts.Stored, "Given-Auth-123"];

    public static FinishStep Run(Scenario scenario, MappingTables? tables = null)
    {
        var context = scenario.ContextFor(tables ?? MappingTables.Default);
        var translation = TranslationFactory.Create(scenario.Request, context);
        var step = translation.Start();
        var index = 0;
        foreach (var (kind, result, check) in scenario.Exchanges)
        {
            var send = Assert.IsType<SendStep>(step, exactMatch: false);
            Assert.True(kind == send.Command.Kind, $"{scenario.Name}: exchange {index} should be {kind.LogName()}, was {send.Command.Kind.LogName()}\n{Describe(step)}");
            AssertValid(send.Command);
            check?.Invoke(send.Command);
            step = translation.Next(result);
            index++;
        }

        if (step is SendStep extra)
        {
            Assert.Fail($"{scenario.Name}: sent an unexpected {extra.Command.Kind.LogName()} after {index} exchanges");
        }

        var finish = Assert.IsType<FinishStep>(step);
        Assert.True(scenario.Expected == finish.Response.Code, $"{scenario.Name}: expected {(int)scenario.Expected}, got {(int)finish.Response.Code}\n{Describe(finish)}");
        if (scenario.ExpectedClose is { } close)
        {
            Assert.Equal(close, finish.CloseSession);
        }

        Assert.True(RrpResponseCodes.IsAllowed(scenario.Request.Command, context.Version, finish.Response.Code));
        foreach (var text in finish.Diagnostics.Concat(finish.Effects.Select(e => e.ToString())).Append(finish.ToString()))
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{scenario.Name}: a secret leaked into '{text}'");
            }
        }

        scenario.Check?.Invoke(finish);
        return finish;
    }

    /// <summary>The command must be writable and its frame valid against the EPP schemas.</summary>
    public static void AssertValid(EppCommand command)
    {
        using var frame = EppCommandWriter.Write(command, "RRPGW-TEST-0001");
        var validation = EppSchemaValidator.Validate(frame.Payload);
        Assert.True(validation.IsValid, $"{command.Kind.LogName()} is not schema-valid: {string.Join("; ", validation.Errors)}");
    }

    /// <summary>The table rows named in diagnostics, e.g. <c>results.csv:42</c>.</summary>
    public static IEnumerable<string> RowsIn(IEnumerable<string> diagnostics) =>
        diagnostics.SelectMany(d => RowPattern().Matches(d).Select(m => m.Value));

    public static string Describe(PlanStep step) => step switch
    {
        FinishStep f => $"{(int)f.Response.Code} close={f.CloseSession}\n  " + string.Join("\n  ", f.Diagnostics) + "\n  effects: " + string.Join(", ", f.Effects),
        SendStep s => s.Command.Kind.LogName(),
        _ => step.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"(results|statuses|failures)\.csv:\d+")]
    private static partial Regex RowPattern();
}
