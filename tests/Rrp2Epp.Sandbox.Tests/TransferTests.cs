using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>Domain transfers (RFC 5731 §3.2.4) with their poll messages, and the poll queue (RFC 5730 §2.9.2.3).</summary>
public sealed class TransferTests
{
    private static async Task<(SandboxFixture Sandbox, SandboxFixture.Session A, SandboxFixture.Session B)> StartAsync(SandboxPolicies? policies = null)
    {
        var sandbox = SandboxFixture.Start(policies);
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", authInfo: "Xfer-pw-1", period: 2));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: EppText.Ns("ns1.a.com")));
        return (sandbox, a, b);
    }

    [Fact]
    public async Task Request_is_pending_and_both_registrars_get_a_poll_message()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        var response = await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        Assert.Equal("pending", response.Data("trStatus"));
        Assert.Equal("registrarB", response.Data("reID"));
        Assert.Equal("registrarA", response.Data("acID"));
        Assert.Equal("2025-03-19T09:00:00.0Z", response.Data("acDate"));
        Assert.Equal("2028-03-14T09:00:00.0Z", response.Data("exDate"));
        Assert.Equal("1", (string)response.MsgQ()!.Attribute("count")!);

        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Contains("pendingTransfer", info.Statuses());
        Assert.Contains("pendingTransfer", (await a.ExpectAsync(1000, EppText.HostInfo("ns1.a.com"))).Statuses());
        var poll = await a.ExpectAsync(1301, EppText.PollReq());
        Assert.Equal("pending", poll.Data("trStatus"));
        Assert.Equal("Transfer requested.", poll.MsgQ()!.Elements().Last().Value);
        Assert.Equal(1, sandbox.Registry.PendingMessages("registrarB"));
    }

    [Fact]
    public async Task Request_refusals()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        await a.ExpectAsync(2002, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        await b.ExpectAsync(2202, EppText.DomainTransfer("request", "a.com"));
        await b.ExpectAsync(2202, EppText.DomainTransfer("request", "a.com", "wrong-pw"));
        await b.ExpectAsync(2303, EppText.DomainTransfer("request", "none.com", "Xfer-pw-1"));
        Assert.Equal("period", (await b.ExpectAsync(2306, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1", period: 9))).ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: EppText.Status("clientTransferProhibited")));
        await b.ExpectAsync(2304, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", rem: EppText.Status("clientTransferProhibited")));
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        var c = await sandbox.LoginAsync("registrarC");
        await c.ExpectAsync(2300, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        await a.ExpectAsync(2304, EppText.DomainDelete("a.com"));
        await a.ExpectAsync(2304, EppText.DomainRenew("a.com", "2027-03-14"));
    }

    [Fact]
    public async Task Approve_moves_sponsorship_subordinate_hosts_and_expiry()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        sandbox.Advance(TimeSpan.FromDays(1));
        await b.ExpectAsync(2201, EppText.DomainTransfer("approve", "a.com"));
        var approved = await a.ExpectAsync(1000, EppText.DomainTransfer("approve", "a.com"));
        Assert.Equal("clientApproved", approved.Data("trStatus"));
        var info = await b.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal("registrarB", info.Data("clID"));
        Assert.Equal("2028-03-14T09:00:00.0Z", info.Data("exDate"));
        Assert.Equal("2025-03-15T09:00:00.0Z", info.Data("trDate"));
        Assert.Equal(["transferPeriod"], info.RgpStatuses());
        var host = await b.ExpectAsync(1000, EppText.HostInfo("ns1.a.com"));
        Assert.Equal("registrarB", host.Data("clID"));
        Assert.Equal("2025-03-15T09:00:00.0Z", host.Data("trDate"));
        await a.ExpectAsync(2201, EppText.DomainDelete("a.com"));
        await b.ExpectAsync(2301, EppText.DomainTransfer("reject", "a.com"));

        // Request and completion messages for both sides, oldest first.
        var first = await a.ExpectAsync(1301, EppText.PollReq());
        Assert.Equal("2", (string)first.MsgQ()!.Attribute("count")!);
        Assert.Equal("pending", first.Data("trStatus"));
        await a.ExpectAsync(1000, EppText.PollAck((string)first.MsgQ()!.Attribute("id")!));
        Assert.Equal("clientApproved", (await a.ExpectAsync(1301, EppText.PollReq())).Data("trStatus"));
        Assert.Equal(2, sandbox.Registry.PendingMessages("registrarB"));
    }

    [Fact]
    public async Task Reject_and_cancel()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        var c = await sandbox.LoginAsync("registrarC");
        await a.ExpectAsync(2301, EppText.DomainTransfer("reject", "a.com"));
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        await b.ExpectAsync(2201, EppText.DomainTransfer("reject", "a.com"));
        Assert.Equal("clientRejected", (await a.ExpectAsync(1000, EppText.DomainTransfer("reject", "a.com"))).Data("trStatus"));
        Assert.Equal("registrarA", (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Data("clID"));

        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        await c.ExpectAsync(2201, EppText.DomainTransfer("cancel", "a.com"));
        await a.ExpectAsync(2201, EppText.DomainTransfer("cancel", "a.com"));
        Assert.Equal("clientCancelled", (await b.ExpectAsync(1000, EppText.DomainTransfer("cancel", "a.com"))).Data("trStatus"));
        await b.ExpectAsync(2301, EppText.DomainTransfer("cancel", "a.com"));
        Assert.DoesNotContain("pendingTransfer", (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Statuses());
    }

    [Fact]
    public async Task Query_is_for_the_parties_or_a_client_with_the_authInfo()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        var c = await sandbox.LoginAsync("registrarC");
        await a.ExpectAsync(2301, EppText.DomainTransfer("query", "a.com"));
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        Assert.Equal("pending", (await a.ExpectAsync(1000, EppText.DomainTransfer("query", "a.com"))).Data("trStatus"));
        Assert.Equal("pending", (await b.ExpectAsync(1000, EppText.DomainTransfer("query", "a.com"))).Data("trStatus"));
        await c.ExpectAsync(2201, EppText.DomainTransfer("query", "a.com"));
        await c.ExpectAsync(2202, EppText.DomainTransfer("query", "a.com", "wrong-pw-1"));
        await c.ExpectAsync(1000, EppText.DomainTransfer("query", "a.com", "Xfer-pw-1"));
    }

    [Fact]
    public async Task Pending_transfer_is_approved_by_the_server_after_five_days()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        sandbox.Advance(TimeSpan.FromDays(4));
        Assert.Equal("pending", (await b.ExpectAsync(1000, EppText.DomainTransfer("query", "a.com"))).Data("trStatus"));
        sandbox.Advance(TimeSpan.FromDays(1));
        var query = await b.ExpectAsync(1000, EppText.DomainTransfer("query", "a.com"));
        Assert.Equal("serverApproved", query.Data("trStatus"));
        Assert.Equal("2025-03-19T09:00:00.0Z", query.Data("acDate"));
        Assert.Equal(2, sandbox.Registry.PendingMessages("registrarA"));
        await a.ExpectAsync(1000, EppText.PollAck((string)(await a.ExpectAsync(1301, EppText.PollReq())).MsgQ()!.Attribute("id")!));
        Assert.Equal("serverApproved", (await a.ExpectAsync(1301, EppText.PollReq())).Data("trStatus"));
        Assert.Equal("registrarB", (await b.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Data("clID"));
    }

    [Fact]
    public async Task Transfer_lock_policy_refuses_young_domains_with_2106()
    {
        var (sandbox, _, b) = await StartAsync(new SandboxPolicies { TransferLockPeriod = TimeSpan.FromDays(60) });
        await using var _ = sandbox;
        await b.ExpectAsync(2106, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        sandbox.Advance(TimeSpan.FromDays(61));
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
    }

    [Fact]
    public async Task Poll_queue_req_ack_and_msgQ_on_other_responses()
    {
        var (sandbox, a, b) = await StartAsync();
        await using var _ = sandbox;
        await a.ExpectAsync(1300, EppText.PollReq());
        Assert.Null((await a.ExpectAsync(1000, EppText.DomainCheck("x.com"))).MsgQ());
        await b.ExpectAsync(1001, EppText.DomainTransfer("request", "a.com", "Xfer-pw-1"));
        var check = await a.ExpectAsync(1000, EppText.DomainCheck("x.com"));
        Assert.Equal("1", (string)check.MsgQ()!.Attribute("count")!);
        Assert.Empty(check.MsgQ()!.Elements());
        var poll = await a.ExpectAsync(1301, EppText.PollReq());
        var id = (string)poll.MsgQ()!.Attribute("id")!;
        Assert.Equal(id, (string)(await a.ExpectAsync(1301, EppText.PollReq())).MsgQ()!.Attribute("id")!);
        var wrong = await a.ExpectAsync(2303, EppText.PollAck("999999"));
        Assert.Equal("poll", wrong.ErrorValue()!.Name.LocalName);
        var ack = await a.ExpectAsync(1000, EppText.PollAck(id));
        Assert.Null(ack.MsgQ());
        await a.ExpectAsync(1300, EppText.PollReq());
    }
}
