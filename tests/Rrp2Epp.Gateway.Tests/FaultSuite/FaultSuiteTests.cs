using Xunit.Abstractions;

namespace Rrp2Epp.Gateway.Tests.FaultSuite;

/// <summary>
/// The fault suite (issue 5, item 9): ADD, RENEW, TRANSFER request and DEL, each broken by every fault of
/// <see cref="FaultKind"/>, with pooled and with dedicated EPP sessions. Each case checks the exact RRP answer and the
/// registry afterwards: nothing lost, nothing applied twice, every answer true.
/// </summary>
[Collection(FaultSuiteCollection.Name)]
public sealed class FaultSuiteTests(FaultSuiteWorld world, ITestOutputHelper output)
{
    public static TheoryData<string, string, FaultKind> Cases()
    {
        var data = new TheoryData<string, string, FaultKind>();
        foreach (var mode in FaultSuiteWorld.Modes)
        {
            foreach (var command in FaultMatrix.Commands)
            {
                foreach (var fault in Enum.GetValues<FaultKind>())
                {
                    data.Add(mode, command.Name, fault);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run(string mode, string command, FaultKind fault)
    {
        var mismatches = await world.RunAsync(mode, FaultMatrix.Commands.Single(c => c.Name == command), fault);
        output.WriteLine(world.Report);
        Assert.True(mismatches.Count == 0, $"{command} / {fault} ({mode}): {string.Join("; ", mismatches)}");
    }
}
