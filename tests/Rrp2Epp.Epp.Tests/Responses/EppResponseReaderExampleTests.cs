using System.Globalization;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Responses;

public sealed class EppResponseReaderExampleTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static IReadOnlyList<string> ResponseExampleNames { get; } =
        EppExamples.All.Where(n => n.Contains(".response-", StringComparison.Ordinal) || n.StartsWith("session-response-", StringComparison.Ordinal)).ToList();

    public static TheoryData<string> ResponseExamples()
    {
        var data = new TheoryData<string>();
        foreach (var name in ResponseExampleNames)
        {
            data.Add(name);
        }

        return data;
    }

    private static EppResponse Response(string example)
    {
        var message = EppResponseReader.Read(EppExamples.ReadBytes(example));
        return Assert.IsType<EppResponse>(message);
    }

    [Fact]
    public void There_are_62_response_examples()
    {
        Assert.Equal(62, ResponseExampleNames.Count);
    }

    [Theory]
    [MemberData(nameof(ResponseExamples))]
    public void Every_response_example_reads_with_the_code_in_its_name_and_no_anomaly(string example)
    {
        var response = Response(example);
        var code = int.Parse(example.Split("response-")[1][..4], CultureInfo.InvariantCulture);

        Assert.Equal(code, (int)response.Code);
        Assert.Empty(response.Anomalies);
        Assert.StartsWith("SRV-", response.ServerTransactionId, StringComparison.Ordinal);
        if (!example.Contains("no-cltrid", StringComparison.Ordinal))
        {
            Assert.StartsWith("RRPGW-", response.ClientTransactionId, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(response.Data, d => d is UnknownResponseData);
        Assert.DoesNotContain(response.Extensions, e => e is UnknownExtensionData);
        Assert.False(string.IsNullOrEmpty(response.Message));
    }

    [Fact]
    public void The_greeting_lists_versions_languages_and_services()
    {
        var greeting = Assert.IsType<EppGreeting>(EppResponseReader.Read(EppExamples.ReadBytes("session-greeting.xml")));

        Assert.Equal("Example Registry EPP server", greeting.ServerId);
        Assert.Equal(Utc("2025-03-14T09:26:53Z"), greeting.ServerDate);
        Assert.Equal(["1.0"], greeting.Versions);
        Assert.Equal(["en"], greeting.Languages);
        Assert.Equal([EppNamespaces.Domain, EppNamespaces.Host, EppNamespaces.Contact], greeting.ObjectUris);
        Assert.Equal([EppNamespaces.Rgp, EppNamespaces.SecDns], greeting.ExtensionUris);
        Assert.True(greeting.OffersExtension(EppNamespaces.Rgp));
        Assert.Empty(greeting.Anomalies);
    }

    [Fact]
    public void A_hello_from_the_server_side_is_not_a_server_message()
    {
        Assert.IsType<EppMalformedMessage>(EppResponseReader.Read(EppExamples.ReadBytes("session-hello.xml")));
    }

    [Fact]
    public void Domain_info_gives_statuses_name_servers_dates_and_a_masked_authInfo()
    {
        var response = Response("domain-info.response-1000.xml");
        var info = response.GetData<DomainInfoData>()!;

        Assert.Equal("example.com", info.Name);
        Assert.Equal("D1234567-EXAMPLE", info.Roid);
        Assert.Equal([new EppStatus("clientTransferProhibited"), new EppStatus("clientDeleteProhibited", "Registrant lock")], info.Statuses);
        Assert.True(info.HasStatus(DomainStatuses.ClientDeleteProhibited));
        Assert.False(info.NameServers!.UsesHostAttributes);
        Assert.Equal(["ns1.example.com", "ns2.example.net"], info.NameServers.HostObjects);
        Assert.Equal(["ns1.example.com"], info.SubordinateHosts);
        Assert.Equal("RegistrarA", info.ClientId);
        Assert.Equal("RegistrarA", info.CreatorId);
        Assert.Equal(Utc("2019-05-02T14:10:00Z"), info.CreatedAt);
        Assert.Equal("RegistrarA", info.UpdaterId);
        Assert.Equal(Utc("2024-11-20T08:00:00Z"), info.UpdatedAt);
        Assert.Equal(Utc("2026-05-02T14:10:00Z"), info.ExpiresAt);
        Assert.Equal(Utc("2021-01-15T10:00:00Z"), info.TransferredAt);
        Assert.Equal("Tr4nsfer-Key", info.AuthInfo!.Reveal());
        Assert.DoesNotContain("Tr4nsfer-Key", response.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Tr4nsfer-Key", info.ToString(), StringComparison.Ordinal);
        Assert.Equal("RRPGW-0102", response.ClientTransactionId);
        Assert.Equal("SRV-200102", response.ServerTransactionId);
    }

    [Fact]
    public void Thick_domain_info_gives_registrant_and_contacts()
    {
        var info = Response("domain-info.response-1000-thick.xml").GetData<DomainInfoData>()!;

        Assert.Equal("REG-0001", info.Registrant);
        Assert.Equal(
            [new DomainContact("ADM-0001", DomainContactType.Admin), new DomainContact("TEC-0001", DomainContactType.Tech), new DomainContact("BIL-0001", DomainContactType.Billing)],
            info.Contacts);
        Assert.Equal([new EppStatus("ok")], info.Statuses);
        Assert.Null(info.AuthInfo);
        Assert.Null(info.UpdatedAt);
    }

    [Fact]
    public void Minimal_domain_info_for_a_non_sponsor_has_name_roid_and_sponsor_only()
    {
        var info = Response("domain-info.response-1000-unauthorized-client.xml").GetData<DomainInfoData>()!;

        Assert.Equal("example.net", info.Name);
        Assert.Equal("RegistrarB", info.ClientId);
        Assert.Empty(info.Statuses);
        Assert.Null(info.NameServers);
        Assert.Null(info.ExpiresAt);
    }

    [Fact]
    public void Checks_give_availability_and_reasons()
    {
        var domains = Response("domain-check.response-1000.xml").GetData<DomainCheckData>()!;
        var hosts = Response("host-check.response-1000.xml").GetData<HostCheckData>()!;
        var contacts = Response("contact-check.response-1000.xml").GetData<ContactCheckData>()!;

        Assert.Equal(
            [new EppCheckItem("example.com", false, "In use"), new EppCheckItem("example.net", false, "In use"), new EppCheckItem("example-free.com", true, null)],
            domains.Items);
        Assert.Equal([new EppCheckItem("ns1.example.com", false, "In use"), new EppCheckItem("ns9.example.com", true, null)], hosts.Items);
        Assert.Equal([new EppCheckItem("REG-0001", false, "In use"), new EppCheckItem("REG-0002", true, null)], contacts.Items);
    }

    [Fact]
    public void Create_renew_and_transfer_data_are_typed()
    {
        Assert.Equal(
            new DomainCreateData("example-free.com", Utc("2025-03-14T09:30:00Z"), Utc("2027-03-14T09:30:00Z")),
            Response("domain-create.response-1000.xml").GetData<DomainCreateData>());
        Assert.Equal(new DomainRenewData("example.com", Utc("2027-05-02T14:10:00Z")), Response("domain-renew.response-1000.xml").GetData<DomainRenewData>());
        Assert.Equal(new HostCreateData("ns9.example.com", Utc("2025-03-14T11:00:00Z")), Response("host-create.response-1000.xml").GetData<HostCreateData>());
        Assert.Equal(new ContactCreateData("REG-0001", Utc("2025-03-14T12:00:00Z")), Response("contact-create.response-1000.xml").GetData<ContactCreateData>());
        Assert.Equal(
            new DomainTransferData("example.net", EppTransferStatus.Pending, "RegistrarB", Utc("2025-03-14T10:00:00Z"), "RegistrarA", Utc("2025-03-19T10:00:00Z"), Utc("2027-08-01T00:00:00Z")),
            Response("domain-transfer-query.response-1000.xml").GetData<DomainTransferData>());
    }

    [Theory]
    [InlineData("domain-transfer-approve.response-1000.xml", EppTransferStatus.ClientApproved)]
    [InlineData("domain-transfer-reject.response-1000.xml", EppTransferStatus.ClientRejected)]
    [InlineData("domain-transfer-cancel.response-1000.xml", EppTransferStatus.ClientCancelled)]
    [InlineData("domain-transfer-request.response-1001.xml", EppTransferStatus.Pending)]
    public void Every_transfer_answer_carries_its_status(string example, EppTransferStatus status)
    {
        Assert.Equal(status, Response(example).GetData<DomainTransferData>()!.Status);
    }

    [Fact]
    public void Host_info_gives_statuses_and_v4_v6_addresses()
    {
        var info = Response("host-info.response-1000.xml").GetData<HostInfoData>()!;

        Assert.Equal("ns1.example.com", info.Name);
        Assert.True(info.HasStatus(HostStatuses.Linked));
        Assert.Equal([HostAddress.V4("192.0.2.10"), HostAddress.V6("2001:db8::10")], info.Addresses);
        Assert.Equal(Utc("2019-05-02T14:20:00Z"), info.CreatedAt);
        Assert.Equal(Utc("2021-01-15T10:00:00Z"), info.TransferredAt);
    }

    [Fact]
    public void A_transfer_poll_message_gives_the_queue_and_trnData()
    {
        var response = Response("poll-req.response-1301-transfer.xml");

        Assert.Equal(EppResultCode.SuccessAckToDequeue, response.Code);
        Assert.Equal(new EppMessageQueue(3, "MSG-1001") { QueuedAt = Utc("2025-03-14T10:00:05Z"), Message = "Transfer requested." }, response.MessageQueue);
        var transfer = response.GetData<DomainTransferData>()!;
        Assert.Equal(EppTransferStatus.Pending, transfer.Status);
        Assert.Equal("RegistrarB", transfer.RequestingClientId);
        Assert.Equal("RegistrarA", transfer.ActingClientId);
    }

    [Fact]
    public void A_pending_action_poll_message_gives_panData_with_the_original_transaction()
    {
        var response = Response("poll-req.response-1301-pending-action.xml");
        var pan = response.GetData<PendingActionData>()!;

        Assert.Equal(new PendingActionData(EppNamespaces.Domain, "example-review.com", true, "RRPGW-0112", "SRV-200112", Utc("2025-03-15T09:00:00Z")), pan);
        Assert.Equal("RRPGW-0403", response.ClientTransactionId);
    }

    [Fact]
    public void A_text_only_poll_message_has_its_text_and_language()
    {
        var response = Response("poll-req.response-1301-text-only.xml");

        Assert.Empty(response.Data);
        Assert.Equal("Scheduled maintenance on 2025-03-20 from 02:00 to 04:00 UTC.", response.MessageQueue!.Message);
        Assert.Equal("en", response.MessageQueue.Language);
        Assert.Equal(1, response.MessageQueue.Count);
    }

    [Fact]
    public void An_ack_answer_has_count_and_id_only_and_an_empty_queue_has_no_msgQ()
    {
        var ack = Response("poll-ack.response-1000.xml");
        var empty = Response("poll-req.response-1300.xml");

        Assert.Equal(new EppMessageQueue(2, "MSG-1001"), ack.MessageQueue);
        Assert.Null(empty.MessageQueue);
        Assert.Equal(EppResultCode.SuccessNoMessages, empty.Code);
    }

    [Theory]
    [InlineData("rgp-domain-info.response-1000-redemption.xml", RgpStatuses.RedemptionPeriod)]
    [InlineData("rgp-domain-info.response-1000-addperiod.xml", RgpStatuses.AddPeriod)]
    public void Rgp_info_gives_the_grace_status(string example, string status)
    {
        var response = Response(example);

        Assert.True(response.GetExtension<RgpInfoData>()!.Has(status));
        Assert.Equal([new EppStatus(status)], response.RgpStatuses);
    }

    [Fact]
    public void A_redemption_info_also_shows_pendingDelete_on_the_domain()
    {
        var info = Response("rgp-domain-info.response-1000-redemption.xml").GetData<DomainInfoData>()!;

        Assert.True(info.HasStatus(DomainStatuses.PendingDelete));
    }

    [Fact]
    public void A_restore_request_answer_gives_rgp_upData_pendingRestore()
    {
        var response = Response("rgp-restore-request.response-1000.xml");

        Assert.True(response.GetExtension<RgpUpdateData>()!.Has(RgpStatuses.PendingRestore));
        Assert.Equal(RgpStatuses.PendingRestore, response.RgpStatuses.Single().Value);
        Assert.Empty(Response("rgp-restore-report.response-1000.xml").RgpStatuses);
    }

    [Theory]
    [InlineData("domain-update.response-2304.xml", "name", "example.com", "serverUpdateProhibited status is set")]
    [InlineData("domain-delete.response-2304.xml", "name", "example.com", "clientDeleteProhibited status is set")]
    [InlineData("domain-delete.response-2305.xml", "name", "example.com", null)]
    [InlineData("domain-update.response-2308.xml", "hostObj", "ns1.example.com", "Removing this host would leave fewer name servers than policy requires")]
    [InlineData("domain-renew.response-2306.xml", "curExpDate", "2025-05-02", "curExpDate does not match the current expiration date")]
    [InlineData("domain-create.response-2306.xml", "period", "11", "Registration period may not exceed 10 years")]
    public void ExtValues_give_the_offending_element_by_namespace_and_name_plus_the_reason(string example, string localName, string text, string? reason)
    {
        var value = Response(example).Values.Single();

        Assert.True(value.Is(EppNamespaces.Domain, localName));
        Assert.Equal(text, value.Text);
        Assert.True(value.IsExtended);
        if (reason is not null)
        {
            Assert.Equal(reason, value.Reason);
        }
    }

    [Fact]
    public void A_period_value_keeps_its_unit_attribute()
    {
        var value = Response("domain-create.response-2306.xml").Values.Single();

        Assert.Equal("y", value.Attributes["unit"]);
    }

    [Theory]
    [InlineData("host-delete.response-2305.xml", "ns1.example.com")]
    [InlineData("host-create.response-2308.xml", "ns8.example.com")]
    public void Host_extValues_are_matched_in_the_host_namespace(string example, string name)
    {
        var value = Response(example).Values.Single();

        Assert.True(value.Is(EppNamespaces.Host, "name"));
        Assert.False(value.Is(EppNamespaces.Domain, "name"));
        Assert.Equal(name, value.Text);
    }

    [Theory]
    [InlineData("session-logout.response-1500.xml", true)]
    [InlineData("session-response-2500.xml", true)]
    [InlineData("session-login.response-2501.xml", true)]
    [InlineData("session-login.response-2502.xml", true)]
    [InlineData("session-response-2400.xml", false)]
    [InlineData("session-login.response-2200.xml", false)]
    public void Connection_closing_codes_are_recognised(string example, bool closes)
    {
        Assert.Equal(closes, Response(example).ClosesConnection);
    }

    [Fact]
    public void A_response_without_clTRID_is_read()
    {
        var response = Response("session-response-2001-no-cltrid.xml");

        Assert.Null(response.ClientTransactionId);
        Assert.Equal("SRV-100012", response.ServerTransactionId);
    }
}
