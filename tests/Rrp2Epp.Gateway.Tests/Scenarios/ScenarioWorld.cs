using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Rrp;
using Rrp2Epp.Sandbox;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// One sandbox and one gateway (2.0.0 and 1.1.0 listeners, real TLS on port 0, every EPP frame schema-validated) shared
/// by every scenario table: the seed (<see cref="WorldSeed"/>) holds a distinct object in each state a scenario needs,
/// so the tables run one after another against the same pair without touching each other's objects. RRP time stamps are
/// written in America/New_York, so every date a scenario reads is a converted one. registrarD has no credit.
/// The clock never moves here: scenarios that need time to pass have their own fixture. EPP sessions are pooled (the
/// default); <see cref="DedicatedScenarioWorld"/> runs the same tables with one EPP session per RRP session.
/// </summary>
public class ScenarioWorld : IAsyncLifetime
{
    /// <summary>The EPP session mode the world's gateway runs in.</summary>
    protected virtual string Mode => "Pooled";

    public const string Zone = "America/New_York";

    public GatewayFixture Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Gateway = await GatewayFixture.StartAsync(
            c =>
            {
                c["Gateway:TimeZone"] = Zone;
                c["Gateway:Sessions:MaxSessionsPerRegistrar"] = "50";
                c["Gateway:EppSessions:Mode"] = Mode;
            },
            seed: WorldSeed.Build(),
            storeAuthInfoOf: name => !name.StartsWith(WorldSeed.NoStoredAuthInfoPrefix, StringComparison.Ordinal));
        Gateway.Registry.SetCredit("registrarD", 0);
    }

    public async Task DisposeAsync() => await Gateway.DisposeAsync();

    /// <summary>Runs every step in its own session, asserting each exact code, then the scenario's state check.</summary>
    public async Task RunAsync(Scenario scenario)
    {
        if (scenario.Arrange is { } arrange)
        {
            await arrange(this);
        }

        RrpResponse? last = null;
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            last = await SendAsync(step.Registrar, step.Version, step.Lines);
            Assert.True(step.Expected == last.Code,
                $"{scenario.Name}, step {i + 1} ({step.Lines[0]} by {step.Registrar} on {step.Version.ToProtocolText()}): expected {(int)step.Expected}, got {(int)last.Code} {last.Text}");
        }

        if (scenario.Then is { } then)
        {
            await then(this, last!);
        }
    }

    /// <summary>Logs in, sends one request, quits; returns the answer.</summary>
    public async Task<RrpResponse> SendAsync(string registrar, RrpVersion version, IReadOnlyList<string> lines)
    {
        await using var client = await EndToEnd.RrpTestClient.ConnectAsync(Gateway.Endpoint(version), GatewayFixture.ServerThumbprint);
        Assert.Equal(RrpResponseCode.Success, (await client.LoginAsync(registrar, "i-am-" + registrar)).Code);
        var answer = await client.SendRawAsync([.. lines]);
        if (!answer.Code.ClosesConnection())
        {
            Assert.Equal(RrpResponseCode.SuccessClosing, (await client.SendAsync(QuitRequest.Instance)).Code);
        }

        return answer;
    }

    /// <summary>STATUS of a domain as its sponsor sees it.</summary>
    public Task<RrpResponse> StatusAsync(string domain, string registrar = "registrarA") =>
        SendAsync(registrar, RrpVersion.V2_0_0, Rrp.Domain("status", domain));

    /// <summary>STATUS of a name server as its sponsor sees it.</summary>
    public Task<RrpResponse> ServerStatusAsync(string host, string registrar = "registrarA") =>
        SendAsync(registrar, RrpVersion.V2_0_0, Rrp.Server("status", host));

    public SandboxRegistry Registry => Gateway.Registry;

    public SandboxFaults Faults => Gateway.Sandbox.Faults;

    /// <summary>How many EPP exchanges of <paramref name="kind"/> on <paramref name="objectName"/> the gateway logged.</summary>
    public int Exchanges(string kind, string objectName) =>
        Gateway.Logs.Lines.Count(l => l.Contains($"EPP {kind} {objectName} on ", StringComparison.Ordinal));
}

[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<ScenarioWorld>
{
    public const string Name = "scenario world";
}

/// <summary>The scenario world with dedicated EPP sessions (one per RRP session): the mode an option still offers.</summary>
public sealed class DedicatedScenarioWorld : ScenarioWorld
{
    protected override string Mode => "Dedicated";
}

[CollectionDefinition(Name)]
public sealed class DedicatedScenarioCollection : ICollectionFixture<DedicatedScenarioWorld>
{
    public const string Name = "dedicated scenario world";
}
