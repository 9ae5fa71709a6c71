using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>
/// authInfo rotation after a transfer the registry completed by itself (auto-approval after the sandbox clock moved),
/// done on the gainer's EPP session at its next login; and a full session's logs grepped for every secret used.
/// </summary>
public sealed class AuthInfoRotationTests
{
    private const string Seed = """
        {
          "clock": "2025-03-14T09:00:00Z",
          "registrars": [
            {"id": "registrarA", "password": "i-am-registrarA"},
            {"id": "registrarB", "password": "i-am-registrarB"},
            {"id": "registrarC", "password": "i-am-registrarC"}
          ],
          "domains": [
            {"name": "example.com", "sponsor": "registrarA", "created": "2020-01-01T00:00:00Z", "expires": "2027-01-01T00:00:00Z",
             "statuses": ["pendingTransfer"], "nameservers": [], "authInfo": "Xy7-secret-1", "rgpStatus": null,
             "transfer": {"status": "pending", "requestedBy": "registrarB", "requestedAt": "2025-03-13T09:00:00Z", "actionBy": "2025-03-18T09:00:00Z"}}
          ]
        }
        """;

    [Fact]
    public async Task An_auto_approved_transfer_gets_a_new_authInfo_on_the_gainers_next_login_and_no_secret_reaches_the_logs()
    {
        await using var gateway = await GatewayFixture.StartAsync(seedJson: Seed);
        await gateway.Store.SetAuthInfoAsync("example.com", "Xy7-secret-1");
        await gateway.Store.AddPendingRotationAsync(new PendingRotation("example.com", "registrarB", GatewayFixture.Epoch));
        await gateway.Store.AddPendingRotationAsync(new PendingRotation("example.com", "registrarC", GatewayFixture.Epoch));

        // Still pending: B's login leaves the record in place and the authInfo unchanged.
        var early = await gateway.LoginAsync("registrarB");

        // Pending rotations are settled right after the SESSION answer, before the next request is read.
        Assert.Equal(RrpResponseCode.Success, (await early.SendAsync(new DescribeRequest(null))).Code);
        Assert.Equal("Xy7-secret-1", await gateway.Store.GetAuthInfoAsync("example.com"));
        Assert.Single(await gateway.Store.GetPendingRotationsAsync("registrarB"));
        Assert.Equal(RrpResponseCode.SuccessClosing, (await early.SendAsync(QuitRequest.Instance)).Code);

        // Five days later the registry has approved the transfer by itself.
        gateway.Advance(TimeSpan.FromDays(5));
        var client = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.Success, (await client.LoginAsync("registrarB", "i-am-registrarB", "Nw-pass-B2")).Code);
        Assert.Equal(RrpResponseCode.Success, (await client.SendAsync(new DescribeRequest(null))).Code);
        var rotated = await gateway.Store.GetAuthInfoAsync("example.com");
        Assert.NotNull(rotated);
        Assert.NotEqual("Xy7-secret-1", rotated);
        Assert.Equal(16, rotated!.Length);
        Assert.Empty(await gateway.Store.GetPendingRotationsAsync("registrarB"));

        // The registry holds the same value: the new sponsor reads it back.
        await using (var epp = await EppConnection.ConnectAndLoginAsync(
            new EppConnectionOptions
            {
                Host = "127.0.0.1",
                Port = gateway.Sandbox.Endpoint.Port,
                ClientCertificate = SelfSignedCertificates.Create("rotation-check"),
                PinnedServerCertificates = [gateway.Sandbox.CertificateThumbprint],
            },
            new EppLoginRequest("registrarB", "Nw-pass-B2"), cancellationToken: TestGuard.Token))
        {
            var info = await epp.SendAsync(new DomainInfoCommand("example.com"), TestGuard.Token);
            var data = info.GetData<DomainInfoData>()!;
            Assert.Equal("registrarB", data.ClientId);
            Assert.Equal(rotated, data.AuthInfo!.Reveal());
        }

        // registrarC never requested it: its record is dropped at its login.
        var c = await gateway.LoginAsync("registrarC");
        Assert.Equal(RrpResponseCode.Success, (await c.SendAsync(new DescribeRequest(null))).Code);
        Assert.Empty(await gateway.Store.GetPendingRotationsAsync("registrarC"));

        Assert.Equal(RrpResponseCode.SuccessClosing, (await client.SendAsync(QuitRequest.Instance)).Code);
        gateway.AssertEveryFrameValid();
        var logs = gateway.Logs.AllText;
        Assert.Contains("authInfo of example.com rotated", logs, StringComparison.Ordinal);
        Assert.Contains("EPP frame", logs, StringComparison.Ordinal);
        gateway.Logs.AssertNoSecret("Xy7-secret-1", rotated, "i-am-registrarB", "Nw-pass-B2", "i-am-registrarC");
    }
}
