using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>Fault injection for the gateway's reliability tests, changed on a running server.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Fail2400_once_does_not_apply_and_keeps_the_session()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var fault = sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.Fail2400));
        await a.ExpectAsync(2400, EppText.DomainCreate("a.com"));
        Assert.False(sandbox.Registry.DomainExists("a.com"));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        Assert.Equal(1, fault.Hits);
        Assert.True(fault.Exhausted);
    }

    [Fact]
    public async Task Fail2500_answers_then_closes_without_applying()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.Fail2500));
        await a.ExpectAsync(2500, EppText.DomainCreate("a.com"));
        Assert.True(await a.IsClosedAsync());
        Assert.False(sandbox.Registry.DomainExists("a.com"));
    }

    [Theory]
    [InlineData(FaultAction.Fail2501, 2501)]
    [InlineData(FaultAction.Fail2502, 2502)]
    public async Task Login_refused_with_a_closing_code_answers_it_closes_and_logs_nothing_in(FaultAction action, int code)
    {
        await using var sandbox = SandboxFixture.Start();
        var rule = sandbox.Server.Faults.Add(new FaultRule("login", action, Registrar: "registrarA"));
        var a = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await a.ExpectAsync(code, EppText.Login("registrarA", "i-am-registrarA"));
        Assert.True(await a.IsClosedAsync());
        Assert.Equal((0, 0, 1), (sandbox.Registry.LoginsOf("registrarA"), sandbox.Registry.SessionsOf("registrarA"), rule.Hits));
        await sandbox.LoginAsync();
    }

    [Fact]
    public async Task The_registry_counts_every_command_it_receives_faulted_ones_included_and_shows_a_domain_as_held()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.Fail2502, ObjectName: "counted.com"));
        await a.ExpectAsync(2502, EppText.DomainCreate("counted.com"));
        Assert.True(await a.IsClosedAsync());
        Assert.Null(sandbox.Registry.DomainState("counted.com"));

        var again = await sandbox.LoginAsync();
        await again.ExpectAsync(1000, EppText.DomainCreate("Counted.com"));
        Assert.Equal(2, sandbox.Registry.CommandsReceived("domain:create", "counted.com"));
        Assert.Equal(0, sandbox.Registry.CommandsReceived("domain:renew", "counted.com"));
        var created = sandbox.Registry.DomainState("counted.com");
        Assert.Equal(("registrarA", sandbox.Registry.Now.AddYears(1), null), (created!.Sponsor, created.ExpiresAt, created.TransferStatus));

        var b = await sandbox.LoginAsync("registrarB");
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "counted.com", "Secret-123"));
        var pending = sandbox.Registry.DomainState("counted.com")!;
        Assert.Equal(("pending", "registrarB"), (pending.TransferStatus, pending.TransferRequestedBy));
        Assert.Contains("pendingTransfer", pending.Statuses);
        Assert.Equal(1, sandbox.Registry.CommandsReceived("domain:transfer:request", "counted.com"));
    }

    [Fact]
    public async Task Close_before_apply_leaves_nothing_changed()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.CloseBeforeApply));
        await Assert.ThrowsAsync<IOException>(() => a.SendAsync(EppText.DomainCreate("a.com")));
        Assert.False(sandbox.Registry.DomainExists("a.com"));
    }

    [Fact]
    public async Task Close_after_apply_applies_and_sends_nothing()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.CloseAfterApply));
        await Assert.ThrowsAsync<IOException>(() => a.SendAsync(EppText.DomainCreate("a.com")));
        Assert.True(sandbox.Registry.DomainExists("a.com"));
        var again = await sandbox.LoginAsync();
        await again.ExpectAsync(2302, EppText.DomainCreate("a.com"));
    }

    [Fact]
    public async Task Delayed_answer_still_arrives_and_the_command_is_applied()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var fault = sandbox.Server.Faults.Add(new FaultRule("domain:info", FaultAction.DelayResponse, Delay: TimeSpan.FromMilliseconds(50)));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal(1, fault.Hits);
    }

    [Fact]
    public async Task Rules_match_object_registrar_and_count()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        var rule = sandbox.Server.Faults.Add(new FaultRule("domain", FaultAction.Fail2400, ObjectName: "Target.com", Registrar: "registrarB", Count: 2));
        await a.ExpectAsync(1000, EppText.DomainCreate("target.com"));
        await b.ExpectAsync(1000, EppText.DomainCheck("other.com"));
        await b.ExpectAsync(2400, EppText.DomainCheck("other.com", "target.com"));
        await b.ExpectAsync(2400, EppText.DomainInfo("target.com"));
        await b.ExpectAsync(1000, EppText.DomainInfo("target.com"));
        Assert.Equal(2, rule.Hits);

        var always = sandbox.Server.Faults.Add(new FaultRule("domain:transfer:request", FaultAction.Fail2400, Count: null));
        for (var i = 0; i < 3; i++)
        {
            await b.ExpectAsync(2400, EppText.DomainTransfer("request", "target.com", "Secret-123"));
        }

        await b.ExpectAsync(2301, EppText.DomainTransfer("cancel", "target.com"));
        sandbox.Server.Faults.Remove(always);
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "target.com", "Secret-123"));
        Assert.Equal(3, always.Hits);
    }

    [Fact]
    public async Task Login_faults_match_the_clID_being_logged_in_and_rules_can_be_set_in_options()
    {
        await using var sandbox = SandboxFixture.Start(configure: o => o with { Faults = [new FaultRule("login", FaultAction.Fail2500, Registrar: "registrarB")] });
        await sandbox.LoginAsync("registrarA");
        var b = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await b.ExpectAsync(2500, EppText.Login("registrarB", "i-am-registrarB"));
        Assert.True(await b.IsClosedAsync());
        await sandbox.LoginAsync("registrarB");
        sandbox.Server.Faults.Clear();
        Assert.Empty(sandbox.Server.Faults.Rules);
    }

    [Fact]
    public async Task A_delayed_answer_is_released_on_demand_and_the_handle_counts_the_stalled_commands()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var stall = sandbox.Server.Faults.Add(new FaultRule("domain:check", FaultAction.DelayResponse, Delay: TimeSpan.FromHours(1)));
        var answer = a.SendAsync(EppText.DomainCheck("held.com"));
        while (stall.Stalled == 0)
        {
            await Task.Delay(10, TestGuard.Token);
        }

        Assert.False(answer.IsCompleted);
        stall.Release();
        Assert.Equal(1000, (await answer).Code());
        Assert.Equal(0, stall.Stalled);
    }

    [Fact]
    public async Task A_restart_in_place_drops_every_session_and_keeps_the_endpoint_state_and_rules()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("kept.com"));
        var endpoint = sandbox.Server.Endpoint;
        var thumbprint = sandbox.Server.CertificateThumbprint;
        var rule = sandbox.Server.Faults.Add(new FaultRule("domain:info", FaultAction.Fail2400, ObjectName: "kept.com"));

        await sandbox.RestartAsync();
        Assert.True(await a.IsClosedAsync());
        Assert.Equal(0, sandbox.Registry.SessionsOf("registrarA"));
        Assert.Equal((endpoint, thumbprint), (sandbox.Server.Endpoint, sandbox.Server.CertificateThumbprint));
        var again = await sandbox.LoginAsync();
        await again.ExpectAsync(2400, EppText.DomainInfo("kept.com"));
        await again.ExpectAsync(1000, EppText.DomainInfo("kept.com"));
        Assert.Equal(1, rule.Hits);
    }
}
