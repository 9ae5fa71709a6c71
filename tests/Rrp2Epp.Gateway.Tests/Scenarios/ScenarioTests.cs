namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// Runs every row of every command's scenario table (AddScenarios ... FaultScenarios) against the shared scenario world,
/// one test case per row, named by command and scenario.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class ScenarioTests(ScenarioWorld world)
{
    private static readonly Dictionary<string, IReadOnlyList<Scenario>> Tables = new(StringComparer.Ordinal)
    {
        ["ADD"] = AddScenarios.Rows,
        ["CHECK"] = CheckScenarios.Rows,
        ["DEL"] = DelScenarios.Rows,
        ["MOD"] = ModScenarios.Rows,
        ["RENEW"] = RenewScenarios.Rows,
        ["STATUS"] = StatusScenarios.Rows,
        ["TRANSFER"] = TransferScenarios.Rows,
        ["RESTORE"] = RestoreScenarios.Rows,
        ["registry failures"] = FaultScenarios.Rows,
    };

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (command, rows) in Tables)
        {
            foreach (var row in rows)
            {
                data.Add(command, row.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Run(string command, string scenario) => world.RunAsync(Tables[command].Single(r => r.Name == scenario));
}
