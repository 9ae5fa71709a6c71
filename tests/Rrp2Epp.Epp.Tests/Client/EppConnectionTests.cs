using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Client;

public sealed class EppConnectionTests
{
    private static readonly XNamespace Epp = EppNamespaces.Epp;

    [Fact]
    public async Task Connect_reads_the_greeting_over_mutual_TLS_with_a_pinned_server_certificate()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));

        var greeting = await connection.ConnectAsync(TestGuard.Token);

        Assert.Equal("Example Registry EPP server", greeting.ServerId);
        Assert.Equal(EppConnectionState.Open, connection.State);
        Assert.Same(greeting, connection.Greeting);
        Assert.Equal(ClientCertificates.ServerPin, connection.ServerCertificateThumbprint);
        Assert.Equal(ClientCertificates.Client.Thumbprint, peer.LastClientCertificate?.Thumbprint);
        Assert.NotNull(connection.LastActivity);
    }

    [Fact]
    public async Task Login_asks_for_the_intersection_of_wanted_and_offered_services()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        var response = await connection.LoginAsync(
            new EppLoginRequest("RegistrarA", "s3cret-Pw1")
            {
                ObjectUris = [EppNamespaces.Domain, EppNamespaces.Host, "urn:example:object-1.0"],
                ExtensionUris = [EppNamespaces.Rgp, "urn:ietf:params:xml:ns:epp:fee-1.0"],
            },
            TestGuard.Token);

        Assert.Equal(EppResultCode.Success, response.Code);
        Assert.Equal(EppConnectionState.LoggedIn, connection.State);
        var login = peer.Requests.Single().Document!.Descendants(Epp + "login").Single();
        Assert.Equal([EppNamespaces.Domain, EppNamespaces.Host], login.Descendants(Epp + "objURI").Select(e => e.Value));
        Assert.Equal([EppNamespaces.Rgp], login.Descendants(Epp + "extURI").Select(e => e.Value));
        Assert.Equal("1.0", login.Descendants(Epp + "version").Single().Value);
        Assert.Equal("en", login.Descendants(Epp + "lang").Single().Value);
        Assert.True(connection.Services!.HasExtension(EppNamespaces.Rgp));
        Assert.False(connection.Services.HasObject(EppNamespaces.Contact));
        Assert.Equal(["urn:example:object-1.0"], connection.Services.UnavailableObjectUris);
        Assert.Equal(["urn:ietf:params:xml:ns:epp:fee-1.0"], connection.Services.UnavailableExtensionUris);
    }

    [Fact]
    public async Task Without_rgp_in_the_greeting_the_session_has_no_rgp_and_the_login_does_not_ask_for_it()
    {
        var greeting = EppExamples.Read("session-greeting.xml").Replace("<extURI>urn:ietf:params:xml:ns:rgp-1.0</extURI>", string.Empty, StringComparison.Ordinal);
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry, new ScriptedEppPeerOptions { Greeting = greeting });
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);

        Assert.False(connection.Services!.HasExtension(EppNamespaces.Rgp));
        Assert.True(connection.Services.HasExtension(EppNamespaces.SecDns));
        Assert.Contains(EppNamespaces.Rgp, connection.Services.UnavailableExtensionUris);
        Assert.DoesNotContain("rgp-1.0", peer.Requests.Single().Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_wanting_no_offered_object_service_is_refused_before_sending()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => connection.LoginAsync(
            new EppLoginRequest("RegistrarA", "s3cret-Pw1") { ObjectUris = ["urn:example:object-1.0"] }, TestGuard.Token));

        Assert.Empty(peer.Requests);
        Assert.Equal(EppConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_whole_session_works_and_every_exchange_is_observed_without_secrets()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        var observer = new RecordingObserver();
        await using var connection = new EppConnection(ClientCertificates.For(peer), observer);
        await connection.ConnectAsync(TestGuard.Token);
        await connection.LoginAsync(new EppLoginRequest("RegistrarA", "s3cret-Pw1") { NewPassword = "n3w-Secret2" }, TestGuard.Token);

        var check = await connection.SendAsync(new DomainCheckCommand(["example.com", "example.net", "example-free.com"]), TestGuard.Token);
        var info = await connection.SendAsync(new DomainInfoCommand("example.com") { AuthInfo = "Tr4nsfer-Key" }, TestGuard.Token);
        var create = await connection.SendAsync(new DomainCreateCommand("example-free.com", "Cr34te-Key") { Period = EppPeriod.Years(2) }, TestGuard.Token);
        var transfer = await connection.SendAsync(DomainTransferCommand.Request("example.net", "Tr4nsfer-Key", EppPeriod.Years(1)), TestGuard.Token);
        var restore = await connection.SendAsync(new RgpRestoreRequestCommand("example-deleted.com"), TestGuard.Token);
        var poll = await connection.SendAsync(new PollRequestCommand(), TestGuard.Token);
        var hello = await connection.HelloAsync(TestGuard.Token);
        var logout = await connection.LogoutAsync(TestGuard.Token);

        Assert.True(check.GetData<DomainCheckData>()!.Items[2].Available);
        Assert.Equal("example.com", info.GetData<DomainInfoData>()!.Name);
        Assert.Equal("example-free.com", create.GetData<DomainCreateData>()!.Name);
        Assert.Equal(EppResultCode.SuccessPending, transfer.Code);
        Assert.Equal(RgpStatuses.PendingRestore, restore.RgpStatuses.Single().Value);
        Assert.Equal("MSG-1001", poll.MessageQueue!.Id);
        Assert.Equal("Example Registry EPP server", hello.ServerId);
        Assert.Equal(EppResultCode.SuccessEndingSession, logout.Code);
        Assert.Equal(EppConnectionState.Closed, connection.State);

        var exchanges = observer.Exchanges.ToList();
        Assert.Equal(
            [EppCommandKind.Connect, EppCommandKind.Login, EppCommandKind.DomainCheck, EppCommandKind.DomainInfo, EppCommandKind.DomainCreate,
             EppCommandKind.DomainTransferRequest, EppCommandKind.RgpRestoreRequest, EppCommandKind.PollRequest, EppCommandKind.Hello, EppCommandKind.Logout],
            exchanges.Select(e => e.Kind));
        var sent = peer.Requests.Where(r => r.ClientTransactionId is not null).Select(r => r.ClientTransactionId).ToList();
        Assert.Equal(sent, exchanges.Where(e => e.ClientTransactionId is not null).Select(e => e.ClientTransactionId));
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.All(sent, id => Assert.StartsWith("TEST-", id, StringComparison.Ordinal));
        Assert.All(exchanges.Skip(1), e => Assert.True(e.BytesSent > 4 && e.BytesReceived > 4));
        Assert.All(exchanges.Skip(1).Where(e => e.Kind != EppCommandKind.Hello), e => Assert.StartsWith("SRV-", e.ServerTransactionId, StringComparison.Ordinal));
        Assert.Equal("example.com", exchanges[3].ObjectName);
        Assert.Equal(EppResultCode.SuccessPending, exchanges[5].ResultCode);

        var logged = string.Join("\n", observer.Frames.Select(f => f.Xml)) + string.Join("\n", exchanges);
        foreach (var secret in new[] { "s3cret-Pw1", "n3w-Secret2", "Tr4nsfer-Key", "Cr34te-Key" })
        {
            Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
            Assert.Contains(peer.Requests, r => r.Xml.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Equal(peer.Requests.Count * 2 + 1, observer.Frames.Count);
    }

    [Fact]
    public async Task Concurrent_callers_are_serialised_with_one_command_in_flight()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request =>
        {
            // Give a client that pipelines every chance to send its next command before this answer.
            Thread.Sleep(15);
            return PeerScripts.Registry(request);
        });
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);
        await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);

        var sends = Enumerable.Range(0, 12)
            .Select(i => Task.Run(() => i % 3 == 0
                ? connection.SendAsync(new HostInfoCommand("ns1.example.com"), TestGuard.Token)
                : connection.SendAsync(new DomainCheckCommand(["example.com"]), TestGuard.Token)))
            .ToList();
        var responses = await Task.WhenAll(sends);

        Assert.Equal(1, peer.MaxOutstanding);
        Assert.Equal(13, peer.Requests.Count);
        Assert.Equal(13, peer.Requests.Select(r => r.ClientTransactionId).Distinct().Count());
        Assert.All(responses, r => Assert.Contains(peer.Requests, q => q.ClientTransactionId == r.ClientTransactionId));
        Assert.Equal(EppConnectionState.LoggedIn, connection.State);
    }

    [Fact]
    public async Task A_server_that_stalls_past_the_command_timeout_leaves_the_connection_dead_and_the_outcome_unknown()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-03-14T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request =>
            request.Verb == "create" ? EppPeerReply.Stall : PeerScripts.Registry(request));
        var observer = new RecordingObserver(wantsFrames: false);
        await using var connection = new EppConnection(ClientCertificates.For(peer) with { CommandTimeout = TimeSpan.FromSeconds(30) }, observer, time);
        await connection.ConnectAsync(TestGuard.Token);
        await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);

        var create = connection.SendAsync(new DomainCreateCommand("example-free.com", "Cr34te-Key"), TestGuard.Token);
        await peer.WaitForRequestsAsync(2, TestGuard.Token);
        time.Advance(TimeSpan.FromSeconds(31));
        var failure = await Assert.ThrowsAsync<EppTransportException>(() => create);

        Assert.Equal(EppTransportFailure.ResponseTimedOut, failure.Failure);
        Assert.Equal(EppDelivery.OutcomeUnknown, failure.Delivery);
        Assert.True(failure.OutcomeUnknown);
        Assert.Equal(EppCommandKind.DomainCreate, failure.CommandKind);
        Assert.Equal(peer.Requests[1].ClientTransactionId, failure.ClientTransactionId);
        Assert.DoesNotContain("Cr34te-Key", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(EppConnectionState.Dead, connection.State);
        Assert.False(connection.IsUsable);
        Assert.Contains(observer.Exchanges, e => e.Failure == EppTransportFailure.ResponseTimedOut && e.Delivery == EppDelivery.OutcomeUnknown);

        var next = await Assert.ThrowsAsync<EppTransportException>(() => connection.SendAsync(new DomainCheckCommand(["example.com"]), TestGuard.Token));
        Assert.Equal(EppTransportFailure.ConnectionNotUsable, next.Failure);
        Assert.Equal(EppDelivery.NotSent, next.Delivery);
        Assert.Equal(2, peer.Requests.Count);
    }

    public static TheoryData<string, EppTransportFailure> BrokenAnswers() => new()
    {
        { "eof-mid-frame", EppTransportFailure.FramingError },
        { "eof-in-header", EppTransportFailure.FramingError },
        { "close", EppTransportFailure.ConnectionClosed },
        { "oversized", EppTransportFailure.FramingError },
        { "wrong-cltrid", EppTransportFailure.TransactionIdMismatch },
        { "code-1999", EppTransportFailure.MalformedResponse },
        { "not-xml", EppTransportFailure.MalformedResponse },
        { "greeting", EppTransportFailure.UnexpectedMessage },
    };

    [Theory]
    [MemberData(nameof(BrokenAnswers))]
    public async Task A_broken_answer_kills_the_connection_and_leaves_the_outcome_unknown(string answer, EppTransportFailure expected)
    {
        var reply = answer switch
        {
            "eof-mid-frame" => EppPeerReply.Raw([0, 0, 1, 0, (byte)'<', (byte)'e', (byte)'p'], closeAfter: true),
            "eof-in-header" => EppPeerReply.Raw([0, 0], closeAfter: true),
            "close" => EppPeerReply.Close,
            "oversized" => EppPeerReply.Raw([0x7F, 0, 0, 0]),
            "wrong-cltrid" => EppPeerReply.Verbatim(EppExamples.Read("domain-renew.response-1000.xml")),
            "code-1999" => EppPeerReply.Response(EppExamples.Read("domain-renew.response-1000.xml").Replace("code=\"1000\"", "code=\"1999\"", StringComparison.Ordinal)),
            "not-xml" => EppPeerReply.Raw(EppPeerReply.Frame("this is not XML"u8.ToArray())),
            _ => EppPeerReply.Verbatim(EppExamples.Read("session-greeting.xml")),
        };
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request => request.Verb == "renew" ? reply : PeerScripts.Registry(request));
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);
        await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);

        var failure = await Assert.ThrowsAsync<EppTransportException>(() =>
            connection.SendAsync(new DomainRenewCommand("example.com", new DateOnly(2026, 5, 2)) { Period = EppPeriod.Years(1) }, TestGuard.Token));

        Assert.Equal(expected, failure.Failure);
        Assert.Equal(EppDelivery.OutcomeUnknown, failure.Delivery);
        Assert.Equal(EppConnectionState.Dead, connection.State);
        Assert.NotNull(connection.DeathReason);
        var next = await Assert.ThrowsAsync<EppTransportException>(() => connection.HelloAsync(TestGuard.Token));
        Assert.Equal(EppDelivery.NotSent, next.Delivery);
    }

    [Theory]
    [InlineData("session-response-2500.xml")]
    [InlineData("session-login.response-2501.xml")]
    [InlineData("session-login.response-2502.xml")]
    public async Task Closing_codes_are_returned_as_values_and_kill_the_connection(string example)
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, _ => EppPeerReply.Example(example, closeAfter: true));
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        var response = await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);

        Assert.True(response.ClosesConnection);
        Assert.False(response.IsSuccess);
        Assert.Equal(EppConnectionState.Dead, connection.State);
        Assert.Null(connection.Services);
        var next = await Assert.ThrowsAsync<EppTransportException>(() => connection.SendAsync(new DomainCheckCommand(["example.com"]), TestGuard.Token));
        Assert.Equal(EppTransportFailure.ConnectionNotUsable, next.Failure);
        Assert.Equal(EppDelivery.NotSent, next.Delivery);
    }

    [Fact]
    public async Task A_failed_login_is_a_value_and_the_connection_stays_open()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request => request.Verb == "login"
            ? EppPeerReply.Example("session-login.response-2200.xml")
            : PeerScripts.Registry(request));
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        var response = await connection.LoginAsync("RegistrarA", "Wr0ng-Pass", TestGuard.Token);

        Assert.Equal(EppResultCode.AuthenticationError, response.Code);
        Assert.Equal(EppConnectionState.Open, connection.State);
        Assert.Null(connection.Services);
        Assert.Equal("Example Registry EPP server", (await connection.HelloAsync(TestGuard.Token)).ServerId);
    }

    [Fact]
    public async Task Hello_keeps_the_connection_alive_and_moves_last_activity()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-03-14T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer), timeProvider: time);
        await connection.ConnectAsync(TestGuard.Token);
        await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);
        var before = connection.LastActivity;

        time.Advance(TimeSpan.FromMinutes(5));
        var greeting = await connection.HelloAsync(TestGuard.Token);

        Assert.Equal(EppNamespaces.Domain, greeting.ObjectUris[0]);
        Assert.Equal(before + TimeSpan.FromMinutes(5), connection.LastActivity);
        Assert.Equal(EppConnectionState.LoggedIn, connection.State);
        Assert.Equal("hello", peer.Requests[^1].Verb);
        Assert.Null(peer.Requests[^1].ClientTransactionId);
    }

    [Fact]
    public async Task A_response_to_hello_is_unexpected_and_kills_the_connection()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, _ => EppPeerReply.Example("session-response-2001-no-cltrid.xml"));
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.HelloAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.UnexpectedMessage, failure.Failure);
        Assert.Equal(EppConnectionState.Dead, connection.State);
    }

    [Fact]
    public async Task A_frame_that_fails_the_schemas_is_not_sent_when_validation_is_on()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);
        var command = new DomainUpdateCommand("example.com")
        {
            Add = new DomainUpdateSet { Statuses = ["notAStatus"] },
            Change = new DomainChange { AuthInfo = "Zz9-Secret" },
        };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => connection.SendAsync(command, TestGuard.Token));

        Assert.Contains("schemas", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zz9-Secret", e.ToString(), StringComparison.Ordinal);
        Assert.Empty(peer.Requests);
        Assert.Equal(EppConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_caller_cancelled_while_waiting_for_the_gate_sends_nothing()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request => request.Verb == "info" ? EppPeerReply.Stall : PeerScripts.Registry(request));
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);
        var stalled = connection.SendAsync(new HostInfoCommand("ns1.example.com"), TestGuard.Token);
        await peer.WaitForRequestsAsync(1, TestGuard.Token);
        using var cancel = new CancellationTokenSource();

        var waiting = connection.SendAsync(new DomainCheckCommand(["example.com"]), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await connection.DisposeAsync();
        var lost = await Assert.ThrowsAsync<EppTransportException>(() => stalled);
        Assert.Equal(EppDelivery.OutcomeUnknown, lost.Delivery);
        Assert.Single(peer.Requests);
    }

    [Fact]
    public async Task A_caller_cancelling_after_sending_kills_the_connection_with_an_unknown_outcome()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request => request.Verb == "delete" ? EppPeerReply.Stall : PeerScripts.Registry(request));
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);
        using var cancel = new CancellationTokenSource();

        var delete = connection.SendAsync(new DomainDeleteCommand("example.com"), cancel.Token);
        await peer.WaitForRequestsAsync(1, TestGuard.Token);
        await cancel.CancelAsync();
        var failure = await Assert.ThrowsAsync<EppTransportException>(() => delete);

        Assert.Equal(EppTransportFailure.Cancelled, failure.Failure);
        Assert.True(failure.OutcomeUnknown);
        Assert.Equal(EppConnectionState.Dead, connection.State);
    }

    [Fact]
    public async Task ConnectAndLogin_gives_a_ready_session_or_throws_with_the_code()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, request =>
            request.Verb == "login" && request.Xml.Contains("Wr0ng-Pass", StringComparison.Ordinal)
                ? EppPeerReply.Example("session-login.response-2200.xml")
                : PeerScripts.Registry(request));

        await using var ready = await EppConnection.ConnectAndLoginAsync(ClientCertificates.For(peer), new EppLoginRequest("RegistrarA", "s3cret-Pw1"), cancellationToken: TestGuard.Token);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            EppConnection.ConnectAndLoginAsync(ClientCertificates.For(peer), new EppLoginRequest("RegistrarA", "Wr0ng-Pass"), cancellationToken: TestGuard.Token));

        Assert.Equal(EppConnectionState.LoggedIn, ready.State);
        Assert.Contains("2200", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wr0ng-Pass", refused.ToString(), StringComparison.Ordinal);
    }
}
