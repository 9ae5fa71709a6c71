using System.Text.RegularExpressions;
using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Sandbox;
using Rrp2Epp.TestKit;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Pool;

/// <summary>
/// Pooled EPP sessions end to end (DESIGN §4): sharing and bounds counted at the sandbox, first come first served,
/// the bounded wait, keep-alive on the fake clock, a registry restart, and broken connections never reused. A command
/// is held at the registry with a released delay fault, never with a sleep.
/// </summary>
public sealed partial class PoolTests
{
    private static Action<Dictionary<string, string?>> Pool(int size, string? acquireTimeout = null) => c =>
    {
        c["Gateway:EppSessions:PoolSize"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        c["Gateway:EppSessions:MaintenanceInterval"] = "1.00:00:00";
        c["Gateway:Sessions:MaxSessionsPerRegistrar"] = "20";
        if (acquireTimeout is not null)
        {
            c["Gateway:EppSessions:AcquireTimeout"] = acquireTimeout;
        }
    };

    [Fact]
    public async Task The_RRP_sessions_of_one_registrar_share_at_most_pool_size_logged_in_EPP_sessions()
    {
        await using var gateway = await GatewayFixture.StartAsync(Pool(2));
        var clients = new List<RrpTestClient>();
        for (var i = 0; i < 5; i++)
        {
            clients.Add(await gateway.LoginAsync());
        }

        // Five SESSIONs, one registry login: the first verified the password, the others were served from the pool.
        Assert.Equal(1, gateway.Registry.LoginsOf("registrarA"));

        var stall = gateway.Sandbox.Faults.Add(new FaultRule("domain:check", FaultAction.DelayResponse, Count: null, Delay: TimeSpan.FromHours(1)));
        var answers = clients.Select((c, i) => c.SendRawAsync(Domain("check", $"shared{i}.com"))).ToList();
        await UntilAsync(() => stall.Stalled == 2 && gateway.Pools.StatisticsOf(GatewayName, "registrarA").Waiting == 3);
        Assert.Equal(2, gateway.Registry.SessionsOf("registrarA"));
        stall.Release();
        Assert.All(await Task.WhenAll(answers), a => Assert.Equal(C.DomainAvailable, a.Code));
        Assert.Equal((2, 2), (gateway.Registry.LoginsOf("registrarA"), gateway.Registry.SessionsOf("registrarA")));
        var statistics = gateway.Pools.StatisticsOf(GatewayName, "registrarA");
        Assert.Equal((2, 2, 2, 0, 0), (statistics.Capacity, statistics.Slots, statistics.Idle, statistics.Leased, statistics.Waiting));
    }

    [Fact]
    public async Task A_verified_login_serves_later_SESSIONs_a_wrong_password_is_still_asked_of_the_registry_and_a_new_password_replaces_it()
    {
        await using var gateway = await GatewayFixture.StartAsync(Pool(2));
        await gateway.LoginAsync("registrarB");
        await gateway.LoginAsync("registrarB");
        Assert.Equal(1, gateway.Registry.LoginsOf("registrarB"));

        // The gateway cannot know the password was not changed at the registry: it asks, and the registry refuses.
        var wrong = await gateway.ConnectAsync();
        Assert.Equal(C.AuthenticationFailed, (await wrong.LoginAsync("registrarB", "not-the-password")).Code);
        Assert.Single(gateway.Logs.Lines, l => l.Contains("EPP login registrarB", StringComparison.Ordinal) && l.Contains("→ 2200", StringComparison.Ordinal));

        var change = await gateway.ConnectAsync();
        Assert.Equal(C.Success, (await change.LoginAsync("registrarB", "i-am-registrarB", "new-pass-B9")).Code);
        Assert.Equal(2, gateway.Registry.LoginsOf("registrarB"));
        var old = await gateway.ConnectAsync();
        Assert.Equal(C.AuthenticationFailed, (await old.LoginAsync("registrarB", "i-am-registrarB")).Code);
        Assert.Equal(C.Success, (await old.LoginAsync("registrarB", "new-pass-B9")).Code);
        Assert.Equal(2, gateway.Registry.LoginsOf("registrarB"));

        // The pool's members stay logged in across the change and keep serving commands.
        Assert.Equal(C.DomainAvailable, (await old.SendRawAsync(Domain("check", "after-change.com"))).Code);
        Assert.Equal(2, gateway.Registry.LoginsOf("registrarB"));
        gateway.Logs.AssertNoSecret("new-pass-B9", "i-am-registrarB", "not-the-password");
    }

    [Fact]
    public async Task Commands_waiting_for_a_member_are_served_first_come_first_served()
    {
        await using var gateway = await GatewayFixture.StartAsync(Pool(1));
        var holder = await gateway.LoginAsync();
        var first = await gateway.LoginAsync();
        var second = await gateway.LoginAsync();
        var stall = gateway.Sandbox.Faults.Add(new FaultRule("domain:check", FaultAction.DelayResponse, ObjectName: "held.com", Delay: TimeSpan.FromHours(1)));
        var held = holder.SendRawAsync(Domain("check", "held.com"));
        await UntilAsync(() => stall.Stalled == 1);

        var one = first.SendRawAsync(Domain("check", "first.com"));
        await UntilAsync(() => gateway.Pools.StatisticsOf(GatewayName, "registrarA").Waiting == 1);
        var two = second.SendRawAsync(Domain("check", "second.com"));
        await UntilAsync(() => gateway.Pools.StatisticsOf(GatewayName, "registrarA").Waiting == 2);
        stall.Release();

        Assert.Equal([C.DomainAvailable, C.DomainAvailable, C.DomainAvailable], (await Task.WhenAll(held, one, two)).Select(a => a.Code));
        var order = gateway.Logs.Lines.Select(l => CheckOf().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["held.com", "first.com", "second.com"], order);
        Assert.Equal(1, gateway.Registry.LoginsOf("registrarA"));
    }

    [Fact]
    public async Task A_command_that_finds_no_free_member_within_the_acquire_timeout_gets_421_and_the_session_goes_on()
    {
        await using var gateway = await GatewayFixture.StartAsync(Pool(1, acquireTimeout: "00:00:00.200"));
        var holder = await gateway.LoginAsync();
        var waiter = await gateway.LoginAsync();
        var stall = gateway.Sandbox.Faults.Add(new FaultRule("domain:check", FaultAction.DelayResponse, ObjectName: "held.com", Delay: TimeSpan.FromHours(1)));
        var held = holder.SendRawAsync(Domain("check", "held.com"));
        await UntilAsync(() => stall.Stalled == 1);

        Assert.Equal(C.ServerErrorTryAgain, (await waiter.SendRawAsync(Domain("check", "waiting.com"))).Code);
        stall.Release();
        Assert.Equal(C.DomainAvailable, (await held).Code);
        Assert.Equal(C.DomainAvailable, (await waiter.SendRawAsync(Domain("check", "waiting.com"))).Code);
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("No free EPP session for registrarA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_idle_member_says_hello_once_it_has_been_quiet_for_the_keep_alive_interval()
    {
        await using var gateway = await GatewayFixture.StartAsync(c =>
        {
            Pool(1)(c);
            c["Gateway:EppSessions:KeepAliveInterval"] = "00:05:00";
        });
        var client = await gateway.LoginAsync();
        Assert.Equal(C.DomainAvailable, (await client.SendRawAsync(Domain("check", "quiet.com"))).Code);
        var hellos = gateway.Sandbox.HelloCount;

        await gateway.Pools.MaintainAsync(TestGuard.Token);
        gateway.Advance(TimeSpan.FromMinutes(4));
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        Assert.Equal(hellos, gateway.Sandbox.HelloCount);

        gateway.Advance(TimeSpan.FromMinutes(2));
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        Assert.Equal(hellos + 1, gateway.Sandbox.HelloCount);
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        Assert.Equal(hellos + 1, gateway.Sandbox.HelloCount);
        Assert.Equal(1, gateway.Registry.LoginsOf("registrarA"));
    }

    [Fact]
    public async Task After_a_registry_restart_dead_members_are_dropped_never_reused_and_the_pool_logs_in_again()
    {
        await using var gateway = await GatewayFixture.StartAsync(Pool(1));
        var client = await gateway.LoginAsync();
        Assert.Equal(C.DomainAvailable, (await client.SendRawAsync(Domain("check", "before.com"))).Code);
        var before = ConnectionsOf(gateway, "before.com").Single();

        // Restarted with an idle member: the keep-alive finds it dead and drops it; the next command logs in anew.
        await gateway.RestartSandboxAsync();
        gateway.Advance(TimeSpan.FromMinutes(6));
        await gateway.Pools.MaintainAsync(TestGuard.Token);
        Assert.Equal(1, gateway.Pools.StatisticsOf(GatewayName, "registrarA").Discarded);
        Assert.Equal(C.DomainAvailable, (await client.SendRawAsync(Domain("check", "after.com"))).Code);
        var after = ConnectionsOf(gateway, "after.com").Single();
        Assert.NotEqual(before, after);
        Assert.Equal(2, gateway.Registry.LoginsOf("registrarA"));

        // Restarted again, this time found out by a command: the query is resent on a fresh member, the dead one dropped.
        await gateway.RestartSandboxAsync();
        Assert.Equal(C.DomainAvailable, (await client.SendRawAsync(Domain("check", "again.com"))).Code);
        Assert.DoesNotContain(after, ConnectionsOf(gateway, "again.com").Skip(1));
        Assert.Equal(2, gateway.Pools.StatisticsOf(GatewayName, "registrarA").Discarded);
        Assert.Equal(3, gateway.Registry.LoginsOf("registrarA"));
        Assert.Equal(1, gateway.Pools.StatisticsOf(GatewayName, "registrarA").Slots);
    }

    [Fact]
    public async Task A_lost_answer_drops_its_member_and_the_reconcile_runs_on_a_fresh_one()
    {
        await using var gateway = await GatewayFixture.StartAsync(Pool(2));
        var client = await gateway.LoginAsync();
        gateway.Sandbox.Faults.Add(new FaultRule("domain:create", FaultAction.CloseAfterApply, ObjectName: "lost-answer.com"));
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("add", "lost-answer.com"))).Code);

        var create = ConnectionsOf(gateway, "lost-answer.com", "domain:create").Single();
        var reconcile = ConnectionsOf(gateway, "lost-answer.com", "domain:info").Single();
        Assert.NotEqual(create, reconcile);
        Assert.Equal(C.DomainNotAvailable, (await client.SendRawAsync(Domain("check", "lost-answer.com"))).Code);
        Assert.DoesNotContain(create, ConnectionsOf(gateway, "lost-answer.com", "domain:check"));
        var statistics = gateway.Pools.StatisticsOf(GatewayName, "registrarA");
        Assert.Equal((1, 1), (statistics.Discarded, statistics.Idle));
    }

    /// <summary>The single registry's name in the gateway (the fixture's RegistryName).</summary>
    private const string GatewayName = "Test";

    /// <summary>The EPP connections the gateway's log shows exchanges on for <paramref name="name"/>, in order.</summary>
    private static List<string> ConnectionsOf(GatewayFixture gateway, string name, string kind = "domain:check") =>
        [.. gateway.Logs.Lines.Select(l => Regex.Match(l, $@"EPP {Regex.Escape(kind)} {Regex.Escape(name)} on (epp-\d+)")).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    /// <summary>Waits (never asserts on time) until the gateway or the sandbox reaches a state; the hang guard bounds it.</summary>
    internal static async Task UntilAsync(Func<bool> condition)
    {
        var token = TestGuard.Token;
        while (!condition())
        {
            await Task.Delay(5, token);
        }
    }

    [GeneratedRegex(@"EPP domain:check (\S+) on epp-\d+ →")]
    private static partial Regex CheckOf();
}
