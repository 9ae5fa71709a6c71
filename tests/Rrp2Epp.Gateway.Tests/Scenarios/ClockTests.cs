using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// Flows where the registry's time must pass, on a fixture of their own (the shared world's clock never moves): the
/// sandbox's fake clock is advanced, never slept on.
/// </summary>
public sealed class ClockTests
{
    [Fact]
    public async Task A_transfer_the_loser_leaves_alone_is_auto_approved_and_the_gainer_gets_a_new_authInfo()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var a = await gateway.LoginAsync("registrarA");
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "auto.com"))).Code);
        var created = await gateway.Store.GetAuthInfoAsync("auto.com");

        // Transfers are refused within the add grace period only by policy; the sandbox has none, so B asks at once.
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(C.Success, (await b.SendRawAsync(Transfer("auto.com"))).Code);
        Assert.Equal(["PENDINGTRANSFER"], (await a.SendRawAsync(Domain("status", "auto.com"))).ValuesOf("status"));

        // Five days on the registry approves by itself; B's next session rotates the authInfo at login.
        gateway.Advance(TimeSpan.FromDays(5));
        var later = await gateway.LoginAsync("registrarB");
        var status = await later.SendRawAsync(Domain("status", "auto.com"));
        Assert.Equal("registrarB", status.ValueOf("registrar"));
        Assert.Equal(["ACTIVE"], status.ValuesOf("status"));
        Assert.NotEqual(created, await gateway.Store.GetAuthInfoAsync("auto.com"));
        Assert.Empty(await gateway.Store.GetPendingRotationsAsync("registrarB"));
    }

    [Fact]
    public async Task Delete_redemption_restore_and_a_restore_without_report_falls_back_to_redemption()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var a = await gateway.LoginAsync("registrarA");
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "rgp.com"))).Code);

        // Past the five-day add grace period a delete is a redemption, not a purge.
        gateway.Advance(TimeSpan.FromDays(6));
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("del", "rgp.com"))).Code);
        Assert.Equal(["REDEMPTIONPERIOD"], (await a.SendRawAsync(Domain("status", "rgp.com"))).ValuesOf("status"));
        Assert.Equal(C.DomainStatusDisallows, (await a.SendRawAsync(Domain("renew", "rgp.com"))).Code);
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("restore", "rgp.com"))).Code);
        Assert.Equal(["PENDINGRESTORE"], (await a.SendRawAsync(Domain("status", "rgp.com"))).ValuesOf("status"));
        Assert.Equal(C.DomainStatusDisallows, (await a.SendRawAsync(Domain("restore", "rgp.com"))).Code);

        // No restore report within seven days (RequestOnly profile: the report goes out of band): back to redemption.
        gateway.Advance(TimeSpan.FromDays(8));
        Assert.Equal(["REDEMPTIONPERIOD"], (await a.SendRawAsync(Domain("status", "rgp.com"))).ValuesOf("status"));

        // The redemption and pending-delete periods run out: the name is purged and available again.
        gateway.Advance(TimeSpan.FromDays(40));
        Assert.Equal(C.EntityReferenceNotFound, (await a.SendRawAsync(Domain("status", "rgp.com"))).Code);
        Assert.Equal(C.DomainAvailable, (await a.SendRawAsync(Domain("check", "rgp.com"))).Code);
    }

    [Fact]
    public async Task A_host_object_profile_at_a_registry_without_host_objects_answers_name_server_commands_549()
    {
        // The gateway's profile says host objects but the registry offers no host-1.0 (a profile that does not fit): the
        // documented service-missing answer (failures.csv) for NameServer commands rather than a half-working translation.
        await using var gateway = await GatewayFixture.StartAsync(policies: new SandboxPolicies { HostModel = HostModel.Attributes });
        var a = await gateway.LoginAsync("registrarA");
        Assert.Equal(C.CommandFailed, (await a.SendRawAsync(Server("add", "ns1.attr.com", "IPAddress:45.64.0.1"))).Code);
        Assert.Equal(C.CommandFailed, (await a.SendRawAsync(Server("check", "ns1.attr.com"))).Code);
        Assert.Equal(C.CommandFailed, (await a.SendRawAsync(Server("status", "ns1.attr.com"))).Code);
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("service-missing", StringComparison.Ordinal));
        Assert.Single(gateway.Logs.Lines, l => l.Contains("ALERT: registry Test offers no host objects (host-1.0) but its profile says Hosts Objects", StringComparison.Ordinal));
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "attr.com"))).Code);
    }
}
