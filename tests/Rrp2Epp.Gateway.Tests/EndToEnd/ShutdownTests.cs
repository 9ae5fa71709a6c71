using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>
/// result-mapping.md §4 G15: once the gateway stops, the next request gets 420 unrun; idle sessions get 520 after the
/// grace; once the host has stopped, the pooled EPP sessions have logged out.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task After_stop_the_next_request_gets_420_and_an_idle_session_gets_520_with_the_reason()
    {
        await using var gateway = await GatewayFixture.StartAsync(c => c["Gateway:Sessions:ShutdownGrace"] = "00:00:00.500");
        var active = await gateway.LoginAsync("registrarA");
        var idle = await gateway.LoginAsync("registrarB");

        gateway.Gateway.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.Equal(RrpResponseCode.ServerErrorClosing, (await active.SendAsync(new DescribeRequest(null))).Code);
        Assert.True(await active.IsClosedByServerAsync());

        var closing = await idle.ReadAsync();
        Assert.Equal(RrpResponseCode.ServerClosingConnection, closing.Code);
        Assert.Equal("gateway shutting down", closing.Reason);
        Assert.True(await idle.IsClosedByServerAsync());
        await gateway.Gateway.StopAsync(TestGuard.Token);
        Assert.Equal(0, gateway.Registry.SessionsOf("registrarA") + gateway.Registry.SessionsOf("registrarB"));
    }
}
