using Rrp2Epp.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// Registry failures that need a session to outlive the fault's arrangement: the scenario world's sessions, driven by
/// hand. Each login fault has a registrar no other test logs in, so its SESSION reaches the registry (a login the
/// registry has verified is served from the pool).
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class FaultTests(ScenarioWorld world)
{
    [Fact]
    public async Task A_registry_path_that_cannot_be_rebuilt_answers_420_and_closes()
    {
        var client = await world.Gateway.LoginAsync("registrarC");
        world.Faults.Add(new FaultRule("domain:info", FaultAction.Fail2500, ObjectName: "fault-path.com", Count: 1));
        var relogins = world.Faults.Add(new FaultRule("login", FaultAction.Fail2500, Registrar: "registrarC", Count: 2));
        Assert.Equal(C.ServerErrorClosing, (await client.SendRawAsync(Domain("status", "fault-path.com"))).Code);
        Assert.True(await client.IsClosedByServerAsync());
        Assert.Equal(2, relogins.Hits);
    }

    [Fact]
    public async Task The_registry_failing_a_login_answers_549_and_does_not_use_up_an_attempt()
    {
        world.Faults.Add(new FaultRule("login", FaultAction.Fail2400, Registrar: "registrarE", Count: 1));
        var client = await world.Gateway.ConnectAsync();
        Assert.Equal(C.CommandFailed, (await client.LoginAsync("registrarE", "i-am-registrarE")).Code);
        Assert.Equal(C.AuthenticationFailed, (await client.LoginAsync("registrarE", "wrong-password")).Code);
        Assert.Equal(C.Success, (await client.LoginAsync("registrarE", "i-am-registrarE")).Code);
    }

    [Fact]
    public async Task The_registry_closing_a_login_with_2500_answers_420_and_closes()
    {
        world.Faults.Add(new FaultRule("login", FaultAction.Fail2500, Registrar: "registrarF", Count: 1));
        var client = await world.Gateway.ConnectAsync();
        Assert.Equal(C.ServerErrorClosing, (await client.LoginAsync("registrarF", "i-am-registrarF")).Code);
        Assert.True(await client.IsClosedByServerAsync());
    }
}
