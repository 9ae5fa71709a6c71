using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>
/// Every command's success and failure paths through the project's own EPP client
/// (<see cref="EppConnection"/>, mutual TLS, pinned server certificate) against the sandbox.
/// </summary>
public sealed class ClientTests
{
    private static EppConnectionOptions Options(SandboxFixture sandbox) => new()
    {
        Host = "127.0.0.1",
        Port = sandbox.Server.Endpoint.Port,
        TargetHost = "localhost",
        ClientCertificate = SandboxFixture.ClientCertificate,
        PinnedServerCertificates = [sandbox.Server.CertificateThumbprint],
        ValidateOutgoingFrames = true,
    };

    private static Task<EppConnection> LoginAsync(SandboxFixture sandbox, string clId = "registrarA") =>
        EppConnection.ConnectAndLoginAsync(Options(sandbox), new EppLoginRequest(clId, "i-am-" + clId), cancellationToken: TestGuard.Token);

    private static async Task<EppResponse> ExpectAsync(EppConnection connection, EppResultCode code, EppCommand command)
    {
        var response = await connection.SendAsync(command, TestGuard.Token);
        Assert.True(response.Code == code, $"expected {code}, got {response}");
        Assert.Empty(response.Anomalies);
        Assert.NotNull(response.ServerTransactionId);
        return response;
    }

    private static void AssertValue(EppResponse response, string ns, string element) =>
        Assert.True(response.Values.Any(v => v.Is(ns, element)), $"no <value> {element} in {response}");

    [Fact]
    public async Task Session_greeting_login_hello_logout_and_refused_login()
    {
        await using var sandbox = SandboxFixture.Start();
        await using (var connection = new EppConnection(Options(sandbox)))
        {
            var greeting = await connection.ConnectAsync(TestGuard.Token);
            Assert.True(greeting.OffersObject(EppNamespaces.Domain));
            Assert.True(greeting.OffersExtension(EppNamespaces.Rgp));
            Assert.False(greeting.OffersExtension(EppNamespaces.SecDns));
            var login = await connection.LoginAsync("registrarA", "i-am-registrarA", TestGuard.Token);
            Assert.Equal(EppResultCode.Success, login.Code);
            Assert.NotNull(await connection.HelloAsync(TestGuard.Token));
            Assert.Equal(EppResultCode.SuccessEndingSession, (await connection.LogoutAsync(TestGuard.Token)).Code);
        }

        await using var refused = new EppConnection(Options(sandbox));
        await refused.ConnectAsync(TestGuard.Token);
        var bad = await refused.LoginAsync("registrarA", "wrong-password", TestGuard.Token);
        Assert.Equal(EppResultCode.AuthenticationError, bad.Code);
        AssertValue(bad, EppNamespaces.Epp, "clID");
    }

    [Fact]
    public async Task Domain_check_create_info_renew_update_delete()
    {
        await using var sandbox = SandboxFixture.Start();
        await using var a = await LoginAsync(sandbox);
        await using var b = await LoginAsync(sandbox, "registrarB");

        var created = (await ExpectAsync(a, EppResultCode.Success, new DomainCreateCommand("example.com", "Create-pw-1") { Period = EppPeriod.Years(2) })).GetData<DomainCreateData>()!;
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 9, 0, 0, TimeSpan.Zero), created.ExpiresAt);
        AssertValue(await ExpectAsync(a, EppResultCode.ObjectExists, new DomainCreateCommand("example.com", "Create-pw-1")), EppNamespaces.Domain, "name");
        AssertValue(await ExpectAsync(a, EppResultCode.ParameterValuePolicyError, new DomainCreateCommand("long.com", "Create-pw-1") { Period = EppPeriod.Years(11) }), EppNamespaces.Domain, "period");
        AssertValue(await ExpectAsync(a, EppResultCode.ObjectDoesNotExist, new DomainCreateCommand("ns.com", "Create-pw-1") { NameServers = DomainNameServers.FromHostObjects("ns1.example.org") }), EppNamespaces.Domain, "hostObj");

        var check = (await ExpectAsync(a, EppResultCode.Success, new DomainCheckCommand(["example.com", "free.com"]))).GetData<DomainCheckData>()!;
        Assert.Equal([false, true], check.Items.Select(i => i.Available));

        var info = await ExpectAsync(a, EppResultCode.Success, new DomainInfoCommand("example.com"));
        var data = info.GetData<DomainInfoData>()!;
        Assert.Equal("registrarA", data.ClientId);
        Assert.Equal("Create-pw-1", data.AuthInfo!.Reveal());
        Assert.True(info.GetExtension<RgpInfoData>()!.Has("addPeriod"));
        Assert.Null((await ExpectAsync(b, EppResultCode.Success, new DomainInfoCommand("example.com"))).GetData<DomainInfoData>()!.AuthInfo);
        await ExpectAsync(b, EppResultCode.InvalidAuthorizationInformation, new DomainInfoCommand("example.com") { AuthInfo = "Wrong-pw-1" });
        await ExpectAsync(a, EppResultCode.ObjectDoesNotExist, new DomainInfoCommand("missing.com"));

        var renewed = await ExpectAsync(a, EppResultCode.Success, new DomainRenewCommand("example.com", new DateOnly(2027, 3, 14)) { Period = EppPeriod.Years(1) });
        Assert.Equal(new DateTimeOffset(2028, 3, 14, 9, 0, 0, TimeSpan.Zero), renewed.GetData<DomainRenewData>()!.ExpiresAt);
        AssertValue(await ExpectAsync(a, EppResultCode.ParameterValuePolicyError, new DomainRenewCommand("example.com", new DateOnly(2027, 3, 14))), EppNamespaces.Domain, "curExpDate");
        await ExpectAsync(b, EppResultCode.AuthorizationError, new DomainRenewCommand("example.com", new DateOnly(2028, 3, 14)));

        var locked = new DomainUpdateSet { Statuses = [new EppStatus("clientDeleteProhibited")] };
        await ExpectAsync(a, EppResultCode.Success, new DomainUpdateCommand("example.com") { Add = locked });
        AssertValue(await ExpectAsync(a, EppResultCode.ParameterValuePolicyError, new DomainUpdateCommand("example.com") { Add = new DomainUpdateSet { Statuses = [new EppStatus("serverHold")] } }), EppNamespaces.Domain, "status");
        await ExpectAsync(a, EppResultCode.ObjectStatusProhibitsOperation, new DomainDeleteCommand("example.com"));
        await ExpectAsync(b, EppResultCode.AuthorizationError, new DomainDeleteCommand("example.com"));
        await ExpectAsync(a, EppResultCode.Success, new DomainUpdateCommand("example.com") { Remove = locked, Change = new DomainChange { AuthInfo = "Changed-pw-2" } });
        await ExpectAsync(a, EppResultCode.Success, new DomainDeleteCommand("example.com"));
        await ExpectAsync(a, EppResultCode.ObjectDoesNotExist, new DomainDeleteCommand("example.com"));
    }

    [Fact]
    public async Task Host_create_info_update_delete_with_their_refusals()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { UniqueHostAddresses = true });
        await using var a = await LoginAsync(sandbox);
        await ExpectAsync(a, EppResultCode.Success, new DomainCreateCommand("example.com", "Create-pw-1"));
        var v4 = new HostAddress("192.0.2.1", EppIpVersion.V4);
        await ExpectAsync(a, EppResultCode.Success, new HostCreateCommand("ns1.example.com") { Addresses = [v4] });
        AssertValue(await ExpectAsync(a, EppResultCode.DataManagementPolicyViolation, new HostCreateCommand("ns2.example.com")), EppNamespaces.Host, "name");
        AssertValue(await ExpectAsync(a, EppResultCode.ObjectExists, new HostCreateCommand("ns2.example.com") { Addresses = [v4] }), EppNamespaces.Host, "addr");
        Assert.False((await ExpectAsync(a, EppResultCode.Success, new HostCheckCommand(["ns1.example.com"]))).GetData<HostCheckData>()!.Items[0].Available);

        await ExpectAsync(a, EppResultCode.Success, new HostUpdateCommand("ns1.example.com") { Add = new HostUpdateSet { Addresses = [new HostAddress("2001:db8::1", EppIpVersion.V6)] } });
        var info = (await ExpectAsync(a, EppResultCode.Success, new HostInfoCommand("ns1.example.com"))).GetData<HostInfoData>()!;
        Assert.Equal(["192.0.2.1", "2001:db8::1"], info.Addresses.Select(x => x.Address));

        await ExpectAsync(a, EppResultCode.Success, new DomainUpdateCommand("example.com") { Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns1.example.com") } });
        Assert.True((await ExpectAsync(a, EppResultCode.Success, new HostInfoCommand("ns1.example.com"))).GetData<HostInfoData>()!.HasStatus("linked"));
        await ExpectAsync(a, EppResultCode.ObjectAssociationProhibitsOperation, new HostDeleteCommand("ns1.example.com"));
        await ExpectAsync(a, EppResultCode.ObjectAssociationProhibitsOperation, new DomainDeleteCommand("example.com"));
        await ExpectAsync(a, EppResultCode.Success, new DomainUpdateCommand("example.com") { Remove = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns1.example.com") } });
        await ExpectAsync(a, EppResultCode.Success, new HostDeleteCommand("ns1.example.com"));
        await ExpectAsync(a, EppResultCode.ObjectDoesNotExist, new HostInfoCommand("ns1.example.com"));
    }

    [Fact]
    public async Task Contact_create_check_info()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { ContactsRequired = true });
        await using var a = await LoginAsync(sandbox);
        var postal = new ContactPostalInfo(ContactPostalInfoType.International, "Jane Doe", new ContactAddress("Dulles", "US") { Street = ["1 Main St"] });
        var create = new ContactCreateCommand("jane1", [postal], "jane@example.com", "Contact-pw1") { Voice = new ContactPhone("+1.7035555555") };
        await ExpectAsync(a, EppResultCode.Success, create);
        await ExpectAsync(a, EppResultCode.ObjectExists, create);
        Assert.False((await ExpectAsync(a, EppResultCode.Success, new ContactCheckCommand(["jane1"]))).GetData<ContactCheckData>()!.Items[0].Available);
        var info = (await ExpectAsync(a, EppResultCode.Success, new ContactInfoCommand("jane1"))).GetData<ContactInfoData>()!;
        Assert.Equal("jane@example.com", info.Email);
        await ExpectAsync(a, EppResultCode.RequiredParameterMissing, new DomainCreateCommand("thick.com", "Create-pw-1") { Registrant = "jane1" });
        await ExpectAsync(a, EppResultCode.Success, new DomainCreateCommand("thick.com", "Create-pw-1")
        {
            Registrant = "jane1",
            Contacts = [new DomainContact("jane1", DomainContactType.Admin), new DomainContact("jane1", DomainContactType.Tech)],
        });
        await ExpectAsync(a, EppResultCode.ObjectDoesNotExist, new ContactInfoCommand("nobody"));
    }

    [Fact]
    public async Task Transfer_request_query_approve_and_poll_messages()
    {
        await using var sandbox = SandboxFixture.Start();
        await using var a = await LoginAsync(sandbox);
        await using var b = await LoginAsync(sandbox, "registrarB");
        await ExpectAsync(a, EppResultCode.Success, new DomainCreateCommand("example.com", "Xfer-pw-1"));
        await ExpectAsync(b, EppResultCode.InvalidAuthorizationInformation, new DomainTransferCommand("example.com", EppTransferOperation.Request) { AuthInfo = "wrong-pw" });
        var request = await ExpectAsync(b, EppResultCode.SuccessPending, new DomainTransferCommand("example.com", EppTransferOperation.Request) { AuthInfo = "Xfer-pw-1" });
        Assert.Equal(EppTransferStatus.Pending, request.GetData<DomainTransferData>()!.Status);
        await ExpectAsync(b, EppResultCode.ObjectPendingTransfer, new DomainTransferCommand("example.com", EppTransferOperation.Request) { AuthInfo = "Xfer-pw-1" });
        Assert.Equal(EppTransferStatus.Pending, (await ExpectAsync(a, EppResultCode.Success, new DomainTransferCommand("example.com", EppTransferOperation.Query))).GetData<DomainTransferData>()!.Status);
        await ExpectAsync(b, EppResultCode.AuthorizationError, new DomainTransferCommand("example.com", EppTransferOperation.Approve));

        var poll = await ExpectAsync(a, EppResultCode.SuccessAckToDequeue, new PollRequestCommand());
        Assert.Equal(1, poll.MessageQueue!.Count);
        Assert.Equal("Transfer requested.", poll.MessageQueue.Message);
        Assert.Equal(EppTransferStatus.Pending, poll.GetData<DomainTransferData>()!.Status);
        await ExpectAsync(a, EppResultCode.ObjectDoesNotExist, new PollAckCommand("424242"));
        await ExpectAsync(a, EppResultCode.Success, new PollAckCommand(poll.MessageQueue.Id));
        await ExpectAsync(a, EppResultCode.SuccessNoMessages, new PollRequestCommand());

        var approved = await ExpectAsync(a, EppResultCode.Success, new DomainTransferCommand("example.com", EppTransferOperation.Approve));
        Assert.Equal(EppTransferStatus.ClientApproved, approved.GetData<DomainTransferData>()!.Status);
        Assert.Equal(1, approved.MessageQueue!.Count);
        await ExpectAsync(b, EppResultCode.ObjectNotPendingTransfer, new DomainTransferCommand("example.com", EppTransferOperation.Reject));
        Assert.Equal("registrarB", (await ExpectAsync(b, EppResultCode.Success, new DomainInfoCommand("example.com"))).GetData<DomainInfoData>()!.ClientId);
    }

    [Fact]
    public async Task Restore_request_and_report_through_the_client()
    {
        await using var sandbox = SandboxFixture.Start();
        await using var a = await LoginAsync(sandbox);
        await ExpectAsync(a, EppResultCode.Success, new DomainCreateCommand("example.com", "Create-pw-1"));
        await ExpectAsync(a, EppResultCode.ObjectStatusProhibitsOperation, new RgpRestoreRequestCommand("example.com"));
        sandbox.Advance(TimeSpan.FromDays(10));
        await ExpectAsync(a, EppResultCode.SuccessPending, new DomainDeleteCommand("example.com"));
        var info = await ExpectAsync(a, EppResultCode.Success, new DomainInfoCommand("example.com"));
        Assert.True(info.GetData<DomainInfoData>()!.HasStatus("pendingDelete"));
        Assert.True(info.GetExtension<RgpInfoData>()!.Has("redemptionPeriod"));
        var request = await ExpectAsync(a, EppResultCode.Success, new RgpRestoreRequestCommand("example.com"));
        Assert.True(request.GetExtension<RgpUpdateData>()!.Has("pendingRestore"));
        var report = new RgpRestoreReport("before", "after", sandbox.Registry.Now.AddDays(-1), sandbox.Registry.Now, "Registrant error.",
            "This registrar has not restored the name to assume the rights to use or sell it.", "The information in this report is true.");
        await ExpectAsync(a, EppResultCode.Success, new RgpRestoreReportCommand("example.com", report));
        Assert.False((await ExpectAsync(a, EppResultCode.Success, new DomainInfoCommand("example.com"))).GetData<DomainInfoData>()!.HasStatus("pendingDelete"));
    }

    [Fact]
    public async Task Faults_seen_by_the_client_2400_and_a_close_after_apply()
    {
        await using var sandbox = SandboxFixture.Start();
        await using var a = await LoginAsync(sandbox);
        sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.Fail2400));
        await ExpectAsync(a, EppResultCode.CommandFailed, new DomainCreateCommand("example.com", "Create-pw-1"));
        sandbox.Server.Faults.Add(new FaultRule("domain:create", FaultAction.CloseAfterApply));
        var lost = await Assert.ThrowsAsync<EppTransportException>(() => a.SendAsync(new DomainCreateCommand("example.com", "Create-pw-1"), TestGuard.Token));
        Assert.True(lost.OutcomeUnknown);
        Assert.True(sandbox.Registry.DomainExists("example.com"));
    }

    [Fact]
    public async Task A_command_on_a_connection_the_registry_closed_while_it_was_idle_is_not_sent()
    {
        await using var sandbox = SandboxFixture.Start();
        await using var connection = await LoginAsync(sandbox);
        await sandbox.RestartAsync();

        // Sent blind, the check would vanish with an unknown outcome; the closed socket says "not sent" before writing.
        var e = await Assert.ThrowsAsync<EppTransportException>(() => connection.SendAsync(new DomainCheckCommand(["idle.com"]), TestGuard.Token));
        Assert.Equal((EppTransportFailure.ConnectionClosed, EppDelivery.NotSent), (e.Failure, e.Delivery));
        Assert.Equal(EppConnectionState.Dead, connection.State);
        Assert.Equal(0, sandbox.Registry.CommandsReceived("domain:check", "idle.com"));
    }
}
