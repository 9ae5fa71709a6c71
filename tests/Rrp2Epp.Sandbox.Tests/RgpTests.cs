using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>Deletion, redemption, restore (RFC 3915) and auto-renew, driven by the fake clock.</summary>
public sealed class RgpTests
{
    private static async Task<(SandboxFixture Sandbox, SandboxFixture.Session A)> DeletedAsync(SandboxPolicies? policies = null, string? delete = null)
    {
        var sandbox = SandboxFixture.Start(policies);
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        sandbox.Advance(TimeSpan.FromDays(6));
        await a.ExpectAsync(1001, delete ?? EppText.DomainDelete("a.com"));
        return (sandbox, a);
    }

    /// <summary>The clTRID a command text carries (read from the text: EppText's last one is shared by parallel tests).</summary>
    private static string TridOf(string command) => System.Text.RegularExpressions.Regex.Match(command, "<clTRID>([^<]*)</clTRID>").Groups[1].Value;

    [Fact]
    public async Task Delete_after_add_grace_enters_redemption_then_pendingDelete_then_purge()
    {
        var (sandbox, a) = await DeletedAsync();
        await using var _ = sandbox;
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Contains("pendingDelete", info.Statuses());
        Assert.Equal(["redemptionPeriod"], info.RgpStatuses());
        await a.ExpectAsync(2304, EppText.DomainDelete("a.com"));
        await a.ExpectAsync(2304, EppText.DomainUpdate("a.com", add: EppText.Status("clientHold")));
        await a.ExpectAsync(2302, EppText.DomainCreate("a.com"));

        sandbox.Advance(TimeSpan.FromDays(30));
        Assert.Equal(["pendingDelete"], (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).RgpStatuses());
        await a.ExpectAsync(2304, EppText.RestoreRequest("a.com"));

        sandbox.Advance(TimeSpan.FromDays(5));
        await a.ExpectAsync(2303, EppText.DomainInfo("a.com"));
        Assert.Equal("1", (string)(await a.ExpectAsync(1000, EppText.DomainCheck("a.com"))).ResData()!.Descendants().First(e => e.Name.LocalName == "name").Attribute("avail")!);
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
    }

    [Fact]
    public async Task The_purge_completes_the_pending_delete_and_the_sponsor_gets_a_panData_notice_echoing_the_delete()
    {
        var delete = EppText.DomainDelete("a.com");
        var (sandbox, a) = await DeletedAsync(delete: delete);
        await using var _ = sandbox;
        var deleteTrid = TridOf(delete);
        await a.ExpectAsync(1300, EppText.PollReq());

        sandbox.Advance(TimeSpan.FromDays(35));
        var notice = await a.ExpectAsync(1301, EppText.PollReq());
        var name = notice.ResData()!.Descendants().First(e => e.Name.LocalName == "name");
        Assert.Equal(("a.com", "1"), (name.Value, (string)name.Attribute("paResult")!));
        Assert.Equal(deleteTrid, notice.Data("clTRID"));
        Assert.Equal("Pending delete completed: domain purged.", notice.MsgQ()!.Elements().Last().Value);
    }

    [Fact]
    public async Task Pending_creates_wait_for_the_registry_which_approves_or_denies_them_with_a_panData_notice()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { PendingCreates = true });
        sandbox.Registry.SetCredit("registrarA", 2);
        var a = await sandbox.LoginAsync();
        var create = EppText.DomainCreate("kept.com");
        var keptTrid = TridOf(create);
        await a.ExpectAsync(1001, create);
        await a.ExpectAsync(1001, EppText.DomainCreate("refused.com"));
        Assert.Contains("pendingCreate", (await a.ExpectAsync(1000, EppText.DomainInfo("kept.com"))).Statuses());
        await a.ExpectAsync(2304, EppText.DomainDelete("kept.com"));
        Assert.Equal(0, sandbox.Registry.CreditOf("registrarA"));

        Assert.True(sandbox.Registry.ResolvePendingCreate("kept.com", approve: true));
        Assert.True(sandbox.Registry.ResolvePendingCreate("refused.com", approve: false));
        Assert.False(sandbox.Registry.ResolvePendingCreate("kept.com", approve: false));
        Assert.DoesNotContain("pendingCreate", (await a.ExpectAsync(1000, EppText.DomainInfo("kept.com"))).Statuses());
        Assert.False(sandbox.Registry.DomainExists("refused.com"));
        Assert.Equal(1, sandbox.Registry.CreditOf("registrarA"));

        var approved = await a.ExpectAsync(1301, EppText.PollReq());
        Assert.Equal(("1", keptTrid), ((string)approved.ResData()!.Descendants().First(e => e.Name.LocalName == "name").Attribute("paResult")!, approved.Data("clTRID")));
        await a.ExpectAsync(1000, EppText.PollAck((string)approved.MsgQ()!.Attribute("id")!));
        var denied = await a.ExpectAsync(1301, EppText.PollReq());
        Assert.Equal(("refused.com", "0"), (denied.Data("name"), (string)denied.ResData()!.Descendants().First(e => e.Name.LocalName == "name").Attribute("paResult")!));
    }

    [Fact]
    public async Task Restore_request_then_report_restores_the_domain()
    {
        var (sandbox, a) = await DeletedAsync();
        await using var _ = sandbox;
        var b = await sandbox.LoginAsync("registrarB");
        await b.ExpectAsync(2201, EppText.RestoreRequest("a.com"));
        await a.ExpectAsync(2003, EppText.DomainUpdate("a.com", chg: "", extension: $"<rgp:update xmlns:rgp=\"{EppText.RgpNs}\"><rgp:restore op=\"report\"/></rgp:update>"));
        var request = await a.ExpectAsync(1000, EppText.RestoreRequest("a.com"));
        Assert.Equal(["pendingRestore"], request.RgpStatuses());
        Assert.Equal("upData", request.Extension()!.Name.LocalName);
        Assert.Equal(["pendingRestore"], (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).RgpStatuses());
        await a.ExpectAsync(2304, EppText.RestoreRequest("a.com"));

        var report = await a.ExpectAsync(1000, EppText.RestoreReport("a.com"));
        Assert.Null(report.Extension());
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.DoesNotContain("pendingDelete", info.Statuses());
        Assert.Empty(info.RgpStatuses());
        await a.ExpectAsync(2304, EppText.RestoreRequest("a.com"));
    }

    [Fact]
    public async Task Without_a_report_in_time_the_domain_falls_back_to_redemption()
    {
        var (sandbox, a) = await DeletedAsync();
        await using var _ = sandbox;
        await a.ExpectAsync(1000, EppText.RestoreRequest("a.com"));
        sandbox.Advance(TimeSpan.FromDays(7));
        Assert.Equal(["redemptionPeriod"], (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).RgpStatuses());
    }

    [Fact]
    public async Task Report_not_required_policy_restores_on_request()
    {
        var (sandbox, a) = await DeletedAsync(new SandboxPolicies { RestoreReportRequired = false });
        await using var _ = sandbox;
        Assert.Equal(["pendingRestore"], (await a.ExpectAsync(1000, EppText.RestoreRequest("a.com"))).RgpStatuses());
        Assert.DoesNotContain("pendingDelete", (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Statuses());
    }

    [Fact]
    public async Task Restore_is_refused_with_changes_or_outside_redemption()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(2304, EppText.RestoreRequest("a.com"));
        sandbox.Advance(TimeSpan.FromDays(6));
        await a.ExpectAsync(1001, EppText.DomainDelete("a.com"));
        await a.ExpectAsync(2306, EppText.DomainUpdate("a.com", add: EppText.Status("clientHold"),
            extension: $"<rgp:update xmlns:rgp=\"{EppText.RgpNs}\"><rgp:restore op=\"request\"/></rgp:update>"));
    }

    [Fact]
    public async Task Expired_domains_are_auto_renewed_with_autoRenewPeriod()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", period: 1));
        sandbox.Advance(TimeSpan.FromDays(366));
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal("2027-03-14T09:00:00.0Z", info.Data("exDate"));
        Assert.Equal(["autoRenewPeriod"], info.RgpStatuses());
        sandbox.Advance(TimeSpan.FromDays(45));
        Assert.Empty((await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).RgpStatuses());
        sandbox.Advance(TimeSpan.FromDays(365 * 3));
        Assert.Equal("2030-03-14T09:00:00.0Z", (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Data("exDate"));
    }
}
