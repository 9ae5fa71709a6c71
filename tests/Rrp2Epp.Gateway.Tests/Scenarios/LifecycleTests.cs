using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// A registrar's whole life with a domain through the gateway and the sandbox, as a person would run it: login with a
/// password change, name servers, register, modify, renew, transfer to another registrar (authInfo rotated), delete,
/// restore. Then every secret used is grepped for in the logs.
/// </summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Register_modify_renew_transfer_delete_and_restore_with_no_secret_in_the_logs()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var a = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.Success, (await a.LoginAsync("registrarA", "i-am-registrarA", "A-new-pass-1")).Code);

        var add = await a.SendRawAsync("add", "EntityName:Domain", "DomainName:life.com", "-Period:2");
        Assert.Equal(RrpResponseCode.Success, add.Code);
        Assert.Equal("2027-03-14 09:00:00.0", add.ValueOf("registration expiration date"));
        Assert.Equal("ACTIVE", add.ValueOf("status"));
        var created = await gateway.Store.GetAuthInfoAsync("life.com");
        Assert.NotNull(created);
        Assert.Equal(RrpResponseCode.Success, (await a.SendRawAsync("add", "EntityName:NameServer", "NameServer:ns1.life.com", "IPAddress:45.1.1.1")).Code);

        Assert.Equal(RrpResponseCode.Success, (await a.SendRawAsync("mod", "EntityName:Domain", "DomainName:life.com", "NameServer:ns1.life.com", "Status:REGISTRAR-HOLD")).Code);
        Assert.Equal(RrpResponseCode.Success, (await a.SendRawAsync("renew", "EntityName:Domain", "DomainName:life.com", "-Period:1", "-CurrentExpirationYear:2027")).Code);
        var status = await a.SendRawAsync("status", "EntityName:Domain", "DomainName:life.com");
        Assert.Equal(RrpResponseCode.Success, status.Code);
        Assert.Equal("ns1.life.com", status.ValueOf("nameserver"));
        Assert.Equal("2028-03-14 09:00:00.0", status.ValueOf("registration expiration date"));
        Assert.Equal(["REGISTRAR-HOLD"], status.ValuesOf("status"));
        Assert.Equal(RrpResponseCode.Success, (await a.SendRawAsync("mod", "EntityName:Domain", "DomainName:life.com", "Status:REGISTRAR-HOLD=")).Code);

        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(RrpResponseCode.Success, (await b.SendRawAsync("transfer", "EntityName:Domain", "DomainName:life.com")).Code);
        Assert.Equal(RrpResponseCode.Success, (await a.SendRawAsync("transfer", "-Approve:Yes", "EntityName:Domain", "DomainName:life.com")).Code);
        Assert.Equal(RrpResponseCode.Success, (await b.SendAsync(new DescribeRequest(null))).Code);
        var rotated = await gateway.Store.GetAuthInfoAsync("life.com");
        Assert.NotEqual(created, rotated);
        Assert.Equal("registrarB", (await b.SendRawAsync("status", "EntityName:Domain", "DomainName:life.com")).ValueOf("registrar"));

        Assert.Equal(RrpResponseCode.Success, (await b.SendRawAsync("del", "EntityName:Domain", "DomainName:life.com")).Code);
        Assert.Equal(["REDEMPTIONPERIOD"], (await b.SendRawAsync("status", "EntityName:Domain", "DomainName:life.com")).ValuesOf("status"));
        Assert.Equal(RrpResponseCode.Success, (await b.SendRawAsync("restore", "EntityName:Domain", "DomainName:life.com")).Code);
        Assert.Equal(["PENDINGRESTORE"], (await b.SendRawAsync("status", "EntityName:Domain", "DomainName:life.com")).ValuesOf("status"));

        // The logs hold every frame (Verbose), redacted, and each exchange's identifiers and the RRP codes sent.
        var logs = gateway.Logs.AllText;
        Assert.Contains("EPP frame", logs, StringComparison.Ordinal);
        Assert.Contains("***", logs, StringComparison.Ordinal);
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("EPP domain:transfer(approve) life.com", StringComparison.Ordinal) && l.Contains("clTRID TEST-", StringComparison.Ordinal) && l.Contains("svTRID SBX-", StringComparison.Ordinal));
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("RRP Restore life.com → 200", StringComparison.Ordinal) && l.Contains("RrpSession=\"rrp-", StringComparison.Ordinal));
        gateway.Logs.AssertNoSecret("i-am-registrarA", "A-new-pass-1", "i-am-registrarB", created!, rotated!);
    }
}
