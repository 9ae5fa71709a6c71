using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;

namespace Rrp2Epp.Gateway.Tests.PostgreSql;

/// <summary>
/// Two gateway instances on one PostgreSQL database and one registry, as behind a TCP load balancer (DESIGN §4): what
/// one instance stores, the other uses, whichever instance a registrar's command lands on.
/// </summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task A_transfer_started_approved_and_settled_across_two_instances_rotates_the_authInfo_where_the_gainers_next_command_lands()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var one = await GatewayFixture.StartAsync(Shared(database, "GW1"));
        await using var two = await one.StartBesideAsync(Shared(database, "GW2"));

        // registrarA registers through instance 1: the authInfo it generated is what the registry holds and what instance 2 reads.
        var a1 = await one.LoginAsync("registrarA");
        Assert.Equal(RrpResponseCode.Success, (await a1.SendRawAsync(Domain("add", "shared.com"))).Code);
        var created = await two.Store.GetAuthInfoAsync("shared.com");
        Assert.NotNull(created);
        Assert.Equal(("registrarA", created), await RegistryViewAsync(one, "registrarA", "shared.com"));

        // registrarB asks for it through instance 2 (instance 2 presents the authInfo instance 1 stored), and is also
        // logged in on instance 1 before the approval.
        var b2 = await two.LoginAsync("registrarB");
        Assert.Equal(RrpResponseCode.Success, (await b2.SendRawAsync(Transfer("shared.com"))).Code);
        var b1 = await one.LoginAsync("registrarB");

        // After answering SESSION, instance 1 checks registrarB's pending rotations (still pending: it waits). An RRP
        // session runs one thing at a time, so the answer to a next command says that check is over before the approval.
        Assert.Equal(RrpResponseCode.DomainAvailable, (await b1.SendRawAsync(Domain("check", "unrelated.com"))).Code);

        // registrarA approves through instance 2: the rotation is recorded as ready in the shared store.
        var a2 = await two.LoginAsync("registrarA");
        Assert.Equal(RrpResponseCode.Success, (await a2.SendRawAsync(Transfer("shared.com", "Yes"))).Code);
        Assert.True(Assert.Single(await one.Store.GetPendingRotationsAsync("registrarB")).Ready);
        Assert.Equal(created, await one.Store.GetAuthInfoAsync("shared.com"));

        // registrarB's next command lands on instance 1, which rotates before answering it.
        var status = await b1.SendRawAsync(Domain("status", "shared.com"));
        Assert.Equal(RrpResponseCode.Success, status.Code);
        Assert.Equal("registrarB", status.ValueOf("registrar"));
        var rotated = await two.Store.GetAuthInfoAsync("shared.com");
        Assert.NotNull(rotated);
        Assert.NotEqual(created, rotated);
        Assert.Empty(await two.Store.GetPendingRotationsAsync("registrarB"));
        Assert.Equal(("registrarB", rotated), await RegistryViewAsync(one, "registrarB", "shared.com"));
        Assert.Contains("authInfo of shared.com rotated for its new sponsor registrarB", one.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("rotated for its new sponsor", two.Logs.AllText, StringComparison.Ordinal);

        // Each instance used its own clTRID prefix, and instance 2 answers registrarB as the sponsor too.
        Assert.Contains("clTRID GW1-", one.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains("clTRID GW2-", two.Logs.AllText, StringComparison.Ordinal);
        Assert.Equal("registrarB", (await b2.SendRawAsync(Domain("status", "shared.com"))).ValueOf("registrar"));
        foreach (var secret in new[] { created!, rotated! })
        {
            Assert.DoesNotContain(secret, one.Logs.AllText + two.Logs.AllText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_instances_that_see_the_same_ready_rotation_at_once_rotate_it_once_and_store_the_code_the_registry_holds()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var one = await GatewayFixture.StartAsync(Shared(database, "GW1"));
        await using var two = await one.StartBesideAsync(Shared(database, "GW2"));
        var a1 = await one.LoginAsync("registrarA");
        Assert.Equal(RrpResponseCode.Success, (await a1.SendRawAsync(Domain("add", "once.com"))).Code);
        var created = await one.Store.GetAuthInfoAsync("once.com");

        // registrarB on both instances; each finishes the check that follows its SESSION before the transfer starts.
        var b1 = await one.LoginAsync("registrarB");
        var b2 = await two.LoginAsync("registrarB");
        Assert.Equal(RrpResponseCode.DomainAvailable, (await b1.SendRawAsync(Domain("check", "unrelated1.com"))).Code);
        Assert.Equal(RrpResponseCode.DomainAvailable, (await b2.SendRawAsync(Domain("check", "unrelated2.com"))).Code);
        Assert.Equal(RrpResponseCode.Success, (await b1.SendRawAsync(Transfer("once.com"))).Code);
        var a2 = await two.LoginAsync("registrarA");
        Assert.Equal(RrpResponseCode.Success, (await a2.SendRawAsync(Transfer("once.com", "Yes"))).Code);
        Assert.True(Assert.Single(await one.Store.GetPendingRotationsAsync("registrarB")).Ready);

        // registrarB's next commands reach both instances at once: both see the ready record, one claims and rotates it.
        var answers = await Task.WhenAll(b1.SendRawAsync(Domain("status", "once.com")), b2.SendRawAsync(Domain("status", "once.com")));
        Assert.All(answers, a => Assert.Equal("registrarB", a.ValueOf("registrar")));
        var rotations = (one.Logs.AllText + two.Logs.AllText).Split("authInfo of once.com rotated for its new sponsor registrarB").Length - 1;
        Assert.Equal(1, rotations);
        var stored = await two.Store.GetAuthInfoAsync("once.com");
        Assert.NotEqual(created, stored);
        Assert.Equal(("registrarB", stored), await RegistryViewAsync(one, "registrarB", "once.com"));
        Assert.Empty(await one.Store.GetPendingRotationsAsync("registrarB"));
    }

    private static Action<Dictionary<string, string?>> Shared(PostgresDatabase database, string prefix) => c =>
    {
        c["Gateway:Store:Provider"] = "PostgreSql";
        c["Gateway:Store:ConnectionString"] = database.ConnectionString;
        c["Gateway:Registry:ClientTransactionIdPrefix"] = prefix;
    };

    /// <summary>The domain's sponsor and authInfo as the registry tells the registrar (a direct EPP session, not the gateway's).</summary>
    private static async Task<(string? Sponsor, string? AuthInfo)> RegistryViewAsync(GatewayFixture gateway, string registrar, string domain)
    {
        await using var epp = await EppConnection.ConnectAndLoginAsync(
            new EppConnectionOptions
            {
                Host = "127.0.0.1",
                Port = gateway.Sandbox.Endpoint.Port,
                ClientCertificate = SelfSignedCertificates.Create("two-instances-check"),
                PinnedServerCertificates = [gateway.Sandbox.CertificateThumbprint],
            },
            new EppLoginRequest(registrar, "i-am-" + registrar), cancellationToken: TestGuard.Token);
        var data = (await epp.SendAsync(new DomainInfoCommand(domain), TestGuard.Token)).GetData<DomainInfoData>()!;
        return (data.ClientId, data.AuthInfo?.Reveal());
    }
}
