namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// Runs every row of every command's scenario table (AddScenarios ... FaultScenarios) against the shared scenario world
/// (pooled EPP sessions), one test case per row, named by command and scenario.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class ScenarioTests(ScenarioWorld world)
{
    internal static readonly Dictionary<string, IReadOnlyList<Scenario>> Tables = new(StringComparer.Ordinal)
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

/// <summary>The same tables, row for row, with dedicated EPP sessions (one per RRP session, logged out at QUIT).</summary>
[Collection(DedicatedScenarioCollection.Name)]
public sealed class DedicatedScenarioTests(DedicatedScenarioWorld world)
{
    public static TheoryData<string, string> Rows() => ScenarioTests.Rows();

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Run(string command, string scenario) => world.RunAsync(ScenarioTests.Tables[command].Single(r => r.Name == scenario));
}
