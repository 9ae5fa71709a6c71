using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Sandbox;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Poll;

/// <summary>
/// The poll queue end to end: each registrar's messages are drained, kept, acknowledged only once kept, acted on
/// (pending actions resolved, rotations made ready, purged domains forgotten) and listed by <c>rrp2epp messages</c>.
/// Time passes on the fake clock; a drain is awaited, never slept on.
/// </summary>
public sealed class PollTests
{
    private static void NoTimer(Dictionary<string, string?> c) => c["Gateway:EppSessions:MaintenanceInterval"] = "1.00:00:00";

    [Fact]
    public async Task A_message_is_acknowledged_only_once_kept_a_store_failure_leaves_it_queued_and_a_later_drain_takes_it()
    {
        FailingStore control = null!;
        await using var gateway = await GatewayFixture.StartAsync(NoTimer, services: s => s.AddSingleton(sp =>
            FailingStore.Wrap(GatewayHost.CreateStore(sp.GetRequiredService<IOptions<GatewayOptions>>().Value.Store), out control)));
        var a = await gateway.LoginAsync("registrarA");
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "polled.com"))).Code);
        Assert.Equal(C.Success, (await b.SendRawAsync(Transfer("polled.com"))).Code);
        await gateway.Pools.DrainsAsync();

        // registrarA's queue now holds the request; its next answer shows it, and the drain finds the store down.
        control.Failing = true;
        Assert.Equal(C.DomainAvailable, (await a.SendRawAsync(Domain("check", "nothing.com"))).Code);
        await gateway.Pools.DrainsAsync();
        Assert.Equal(1, gateway.Registry.PendingMessages("registrarA"));
        Assert.Empty(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarA" }));
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("could not be stored; left in the registry's queue", StringComparison.Ordinal));

        // Not again at once: the next drain waits a poll interval, then takes it.
        control.Failing = false;
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        Assert.Equal(1, gateway.Registry.PendingMessages("registrarA"));
        gateway.Advance(TimeSpan.FromMinutes(6));
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        Assert.Equal(0, gateway.Registry.PendingMessages("registrarA"));
        var kept = Assert.Single(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarA" }));
        Assert.Equal((PollMessageKinds.TransferRequested, "polled.com", "Transfer requested."), (kept.Kind, kept.ObjectName, kept.Text));
        Assert.Contains("reID=registrarB", kept.Detail, StringComparison.Ordinal);

        // The requester got its copy at once (its transfer answer showed it).
        Assert.Equal(PollMessageKinds.TransferRequested, Assert.Single(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarB" })).Kind);
        Assert.Equal(0, gateway.Registry.PendingMessages("registrarB"));

        await ListedByTheMessagesVerbAsync(gateway);
    }

    /// <summary><c>rrp2epp messages</c> as a real process, against the gateway's data folder, found through a configuration file.</summary>
    private static async Task ListedByTheMessagesVerbAsync(GatewayFixture gateway)
    {
        var config = Path.Combine(gateway.DataDirectory, "messages-config.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Gateway = new { Store = new { DataDirectory = gateway.DataDirectory } } }), TestGuard.Token);

        var (exit, text, _) = await RunAsync("messages", "--config", config, "--registrar", "registrarA");
        Assert.Equal(0, exit);
        var line = Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  Test  registrarA  transfer-requested  polled\.com  id \d+  ""Transfer requested\.""  trStatus=Pending reID=registrarB", line);

        (exit, text, _) = await RunAsync("messages", "--config", config, "--json", "--kind", PollMessageKinds.TransferRequested);
        Assert.Equal(0, exit);
        var listed = JsonSerializer.Deserialize<JsonElement[]>(text)!;
        Assert.Equal(["registrarA", "registrarB"], listed.Select(m => m.GetProperty("registrar").GetString()).Order());
        Assert.All(listed, m => Assert.Equal("polled.com", m.GetProperty("objectName").GetString()));

        (exit, text, var errors) = await RunAsync("messages", "--config", config, "--since", "2999-01-01T00:00:00Z");
        Assert.Equal((0, string.Empty), (exit, text));
        Assert.Contains("no messages match", errors, StringComparison.Ordinal);

        (exit, _, errors) = await RunAsync("messages", "--config", config, "--Gateway:Store:DataDirectory=" + Path.Combine(gateway.DataDirectory, "elsewhere"));
        Assert.Equal(2, exit);
        Assert.Contains("rrp2epp messages: no store at", errors, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => CliProcess.RunAsync(args);

    [Fact]
    public async Task Transfer_notices_make_the_gainers_watched_rotation_ready_auto_approved_or_approved_outside_the_gateway()
    {
        await using var gateway = await GatewayFixture.StartAsync(NoTimer);
        var a = await gateway.LoginAsync("registrarA");
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "auto-notice.com"))).Code);
        var created = await gateway.Store.GetAuthInfoAsync("auto-notice.com");
        Assert.Equal(C.Success, (await b.SendRawAsync(Transfer("auto-notice.com"))).Code);
        Assert.False(Assert.Single(await gateway.Store.GetPendingRotationsAsync("registrarB")).Ready);

        // Five days on the registry approves it; registrarB's idle member drains the notice, which makes the rotation ready.
        gateway.Advance(TimeSpan.FromDays(5));
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        await gateway.Pools.DrainsAsync();
        Assert.True(Assert.Single(await gateway.Store.GetPendingRotationsAsync("registrarB")).Ready);
        Assert.Contains(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarB", Kind = PollMessageKinds.TransferAutoApproved }), m => m.ObjectName == "auto-notice.com");
        Assert.Single(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarA", Kind = PollMessageKinds.TransferAutoApproved }));

        // The gainer's next command (of any of its sessions) rotates it first.
        Assert.Equal(C.DomainAvailable, (await b.SendRawAsync(Domain("check", "unrelated.com"))).Code);
        Assert.NotEqual(created, await gateway.Store.GetAuthInfoAsync("auto-notice.com"));
        Assert.Empty(await gateway.Store.GetPendingRotationsAsync("registrarB"));

        // registrarA approves another one with its own EPP client, outside the gateway: the clientApproved notice does the same.
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "approved-notice.com"))).Code);
        created = await gateway.Store.GetAuthInfoAsync("approved-notice.com");
        Assert.Equal(C.Success, (await b.SendRawAsync(Transfer("approved-notice.com"))).Code);
        await using (var raw = await RawEppClient.ConnectAsync(gateway.Sandbox.Endpoint, gateway.Sandbox.CertificateThumbprint, SandboxFixture.ClientCertificate, TestGuard.Token))
        {
            var loser = new SandboxFixture.Session(raw);
            await loser.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA"));
            await loser.ExpectAsync(1000, EppText.DomainTransfer("approve", "approved-notice.com"));
        }

        await gateway.Pools.DrainsAsync();
        Assert.Equal(C.DomainAvailable, (await b.SendRawAsync(Domain("check", "unrelated.com"))).Code);
        await gateway.Pools.DrainsAsync();
        Assert.True(Assert.Single(await gateway.Store.GetPendingRotationsAsync("registrarB")).Ready);
        Assert.Single(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarB", Kind = PollMessageKinds.TransferApproved }));
        Assert.Equal(C.DomainAvailable, (await b.SendRawAsync(Domain("check", "unrelated.com"))).Code);
        Assert.NotEqual(created, await gateway.Store.GetAuthInfoAsync("approved-notice.com"));
        Assert.Empty(await gateway.Store.GetPendingRotationsAsync("registrarB"));
    }

    [Fact]
    public async Task A_pending_create_answered_200_is_resolved_by_the_registrys_notice_and_a_denial_raises_an_alert()
    {
        await using var gateway = await GatewayFixture.StartAsync(NoTimer, policies: new SandboxPolicies { PendingCreates = true });
        var a = await gateway.LoginAsync();
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "pending-ok.com"))).Code);
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "pending-no.com"))).Code);
        var watched = await gateway.Store.GetPendingActionsAsync("registrarA");
        Assert.Equal(["pending-no.com", "pending-ok.com"], watched.Select(p => p.ObjectName).Order());
        Assert.All(watched, p => Assert.StartsWith("TEST-", p.ClientTransactionId, StringComparison.Ordinal));

        Assert.True(gateway.Registry.ResolvePendingCreate("pending-ok.com", approve: true));
        Assert.True(gateway.Registry.ResolvePendingCreate("pending-no.com", approve: false));
        Assert.Equal(C.DomainAvailable, (await a.SendRawAsync(Domain("check", "pending-no.com"))).Code);
        await gateway.Pools.DrainsAsync();

        Assert.Empty(await gateway.Store.GetPendingActionsAsync("registrarA"));
        Assert.Equal([PollMessageKinds.PendingActionApproved, PollMessageKinds.PendingActionDenied],
            (await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarA" })).Select(m => m.Kind));
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("ALERT: the registry denied the pending add of pending-no.com by registrarA", StringComparison.Ordinal));
        Assert.DoesNotContain(gateway.Logs.Lines, l => l.Contains("denied the pending add of pending-ok.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_purge_notice_makes_the_gateway_forget_the_domains_authInfo()
    {
        await using var gateway = await GatewayFixture.StartAsync(NoTimer);
        var a = await gateway.LoginAsync();
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "purged.com"))).Code);
        gateway.Advance(TimeSpan.FromDays(6));
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("del", "purged.com"))).Code);
        Assert.NotNull(await gateway.Store.GetAuthInfoAsync("purged.com"));

        gateway.Advance(TimeSpan.FromDays(36));
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        await gateway.Pools.DrainsAsync();
        Assert.Null(await gateway.Store.GetAuthInfoAsync("purged.com"));
        var purge = Assert.Single(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Kind = PollMessageKinds.DomainPurged }));
        Assert.Equal(("registrarA", "purged.com"), (purge.Registrar, purge.ObjectName));
        Assert.Contains("paResult=1", purge.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_dedicated_mode_a_session_drains_its_queue_after_the_command_whose_answer_showed_messages()
    {
        await using var gateway = await GatewayFixture.StartAsync(c => c["Gateway:EppSessions:Mode"] = "Dedicated");
        var a = await gateway.LoginAsync("registrarA");
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "dedicated-poll.com"))).Code);
        Assert.Equal(C.Success, (await b.SendRawAsync(Transfer("dedicated-poll.com"))).Code);
        Assert.Equal(C.DomainAvailable, (await a.SendRawAsync(Domain("check", "first.com"))).Code);

        // The drain ran between that answer and the next request.
        Assert.Equal(C.DomainAvailable, (await a.SendRawAsync(Domain("check", "second.com"))).Code);
        Assert.Equal(0, gateway.Registry.PendingMessages("registrarA"));
        Assert.Equal(PollMessageKinds.TransferRequested, Assert.Single(await gateway.Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarA" })).Kind);
    }
}
