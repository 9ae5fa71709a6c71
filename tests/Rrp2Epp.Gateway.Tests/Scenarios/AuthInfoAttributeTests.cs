using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>The opt-in <c>AuthInfo:</c> attribute (Listeners:N:AcceptAuthInfo): a registrar presents an authInfo it learned out of band.</summary>
public sealed class AuthInfoAttributeTests
{
    [Fact]
    public async Task A_supplied_authInfo_is_used_for_the_request_refused_when_wrong_and_never_logged()
    {
        var seed = new SandboxSeed(WorldSeed.Clock, [new SeedRegistrar("registrarA", "i-am-registrarA"), new SeedRegistrar("registrarB", "i-am-registrarB")], [],
            [new SeedDomain("known.com", "registrarA", WorldSeed.Created, WorldSeed.Expires, [], [], "Out-of-band-7", null, null)]);
        await using var gateway = await GatewayFixture.StartAsync(c => c["Gateway:Listeners:0:AcceptAuthInfo"] = "true", seed: seed, storeAuthInfoOf: _ => false);
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(C.AuthorizationFailed, (await b.SendRawAsync(Transfer("known.com"))).Code);
        Assert.Equal(C.AuthorizationFailed, (await b.SendRawAsync([.. Transfer("known.com"), "AuthInfo:Wrong-guess-1"])).Code);
        Assert.Equal(C.Success, (await b.SendRawAsync([.. Transfer("known.com"), "AuthInfo:Out-of-band-7"])).Code);

        // Without the option the attribute is not RRP: the codec refuses it (503) on the other listener.
        var v1 = await gateway.LoginAsync("registrarB", Rrp2Epp.Rrp.RrpVersion.V1_1_0);
        Assert.Equal(C.InvalidAttributeName, (await v1.SendRawAsync([.. Transfer("known.com"), "AuthInfo:Out-of-band-7"])).Code);
        Assert.DoesNotContain("Out-of-band-7", gateway.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-guess-1", gateway.Logs.AllText, StringComparison.Ordinal);
    }
}
