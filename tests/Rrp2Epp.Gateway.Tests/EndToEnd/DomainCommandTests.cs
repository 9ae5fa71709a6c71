using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>Commands the Mapping project translates today (CHECK, STATUS), run end to end through the gateway and the sandbox.</summary>
public sealed class DomainCommandTests
{
    [Fact]
    public async Task Check_and_status_go_through_the_mapping_translations()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.LoginAsync("registrarA");
        Assert.Equal(RrpResponseCode.DomainAvailable, (await client.SendAsync(new CheckDomainRequest("example.com"))).Code);
        Assert.Equal(RrpResponseCode.NameServerAvailable, (await client.SendAsync(new CheckNameServerRequest("ns1.example.com"))).Code);
        Assert.Equal(RrpResponseCode.EntityReferenceNotFound, (await client.SendAsync(new StatusDomainRequest("example.com"))).Code);
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("domain:check", StringComparison.Ordinal) && l.Contains("1000", StringComparison.Ordinal));
        gateway.AssertEveryFrameValid();
    }
}
