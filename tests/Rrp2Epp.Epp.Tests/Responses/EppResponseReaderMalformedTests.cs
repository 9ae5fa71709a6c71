using System.Text;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Responses;

public sealed class EppResponseReaderMalformedTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">";
    private const string Tail = "</epp>";
    private const string TrId = "<trID><clTRID>RRPGW-1</clTRID><svTRID>SRV-1</svTRID></trID>";

    private static string Result(string code, string inner = "") => $"<result code=\"{code}\"><msg>m</msg>{inner}</result>";

    private static EppMalformedMessage Malformed(string xml) => Malformed(Encoding.UTF8.GetBytes(xml));

    private static EppMalformedMessage Malformed(byte[] payload, int maxBytes = EppFraming.DefaultMaxFrameBytes)
    {
        var message = EppResponseReader.Read(payload, maxBytes);
        var malformed = Assert.IsType<EppMalformedMessage>(message);
        Assert.False(string.IsNullOrWhiteSpace(malformed.Reason));
        return malformed;
    }

    private static EppResponse Response(string xml) => Assert.IsType<EppResponse>(EppResponseReader.Read(xml));

    [Fact]
    public void A_frame_is_read_from_its_own_slice_of_a_larger_buffer_whatever_its_size()
    {
        // The reader sizes its buffers to the frame's length; a frame past 4 KB (many values) takes several refills.
        var values = string.Concat(Enumerable.Range(0, 120).Select(i => $"<value><text>{i:D4} {new string('x', 40)}</text></value>"));
        foreach (var xml in new[] { Head + "<response>" + Result("2005") + TrId + "</response>" + Tail, Head + "<response>" + Result("2005", values) + TrId + "</response>" + Tail })
        {
            var frame = Encoding.UTF8.GetBytes(xml);
            var buffer = new byte[frame.Length + 200];
            Array.Fill(buffer, (byte)'<');
            frame.CopyTo(buffer, 100);

            var response = Assert.IsType<EppResponse>(EppResponseReader.Read(buffer.AsMemory(100, frame.Length)));

            Assert.Equal(EppResultCode.ParameterValueSyntaxError, response.Code);
            Assert.Equal("RRPGW-1", response.ClientTransactionId);
            Assert.Equal(xml.Contains("<value>", StringComparison.Ordinal) ? 120 : 0, response.Results[0].Values.Count);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("ab")]
    [InlineData("not xml at all")]
    [InlineData("{\"json\": true}")]
    [InlineData("<epp")]
    [InlineData("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"></epp>")]
    [InlineData("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"/>")]
    [InlineData("<epp><response><result code=\"1000\"><msg>m</msg></result></response></epp>")]
    [InlineData("<epp xmlns=\"urn:example:other\"><response><result code=\"1000\"><msg>m</msg></result></response></epp>")]
    [InlineData("<other xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"/>")]
    public void Input_that_is_not_an_EPP_server_message_is_malformed(string xml)
    {
        Malformed(xml);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("3000")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("+1000")]
    [InlineData(" 1000")]
    [InlineData("99999999999999999999")]
    public void A_result_code_outside_RFC_5730s_list_is_malformed(string code)
    {
        var malformed = Malformed(Head + "<response>" + Result(code) + TrId + "</response>" + Tail);

        Assert.Contains("RFC 5730", malformed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_without_result_is_malformed()
    {
        Malformed(Head + "<response>" + TrId + "</response>" + Tail);
    }

    [Fact]
    public void A_result_without_code_is_malformed()
    {
        Malformed(Head + "<response><result><msg>m</msg></result>" + TrId + "</response>" + Tail);
    }

    [Fact]
    public void A_command_frame_is_not_a_response()
    {
        Malformed(EppExamples.ReadBytes("domain-info.command.xml"));
    }

    [Fact]
    public void Two_messages_in_one_frame_are_malformed()
    {
        Malformed(Head + "<response>" + Result("1000") + TrId + "</response><response>" + Result("1000") + TrId + "</response>" + Tail);
        Malformed(Head + "<response>" + Result("1000") + TrId + "</response><hello/>" + Tail);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_not_expanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE epp [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response><result code="1000"><msg>&c;</msg></result><trID><svTRID>SRV-1</svTRID></trID></response></epp>
            """;

        Malformed(bomb);
    }

    [Fact]
    public void An_external_entity_is_never_fetched()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE epp [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response><result code="1000"><msg>&x;</msg></result><trID><svTRID>SRV-1</svTRID></trID></response></epp>
            """;

        Assert.DoesNotContain("root:", Malformed(xxe).Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string> ResponseExamples() => EppResponseReaderExampleTests.ResponseExamples();

    [Theory]
    [MemberData(nameof(ResponseExamples))]
    public void Every_truncated_example_is_malformed(string example)
    {
        var bytes = EppExamples.ReadBytes(example);
        var closing = Encoding.UTF8.GetBytes("</epp>");
        var end = bytes.AsSpan().LastIndexOf(closing);

        foreach (var cut in new[] { 1, bytes.Length / 4, bytes.Length / 2, end + 3 })
        {
            Malformed(bytes[..cut]);
        }
    }

    [Fact]
    public void A_payload_over_the_cap_is_refused_unread()
    {
        var bytes = EppExamples.ReadBytes("domain-info.response-1000.xml");

        var malformed = Malformed(bytes, maxBytes: 100);

        Assert.Contains("cap", malformed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_message_text_is_read_within_the_cap_and_refused_beyond_it()
    {
        var text = new string('x', 200_000);
        var xml = Encoding.UTF8.GetBytes(Head + "<response>" + Result("2400").Replace(">m<", ">" + text + "<", StringComparison.Ordinal) + TrId + "</response>" + Tail);

        Assert.Equal(200_000, Assert.IsType<EppResponse>(EppResponseReader.Read(xml)).Message.Length);
        Malformed(xml, maxBytes: 100_000);
    }

    [Fact]
    public void Random_damage_never_throws()
    {
        var random = new Random(5734);
        var examples = EppResponseReaderExampleTests.ResponseExampleNames;
        for (var i = 0; i < 3000; i++)
        {
            var bytes = EppExamples.ReadBytes(examples[random.Next(examples.Count)]);
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var message = EppResponseReader.Read(bytes);

            Assert.NotNull(message);
        }
    }

    [Fact]
    public void Invalid_UTF8_is_malformed()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "<response>" + Result("1000") + TrId + "</response>" + Tail);
        var at = Array.IndexOf(bytes, (byte)'m', Head.Length);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        Malformed(bytes);
    }

    [Fact]
    public void Namespaces_are_matched_by_URI_whatever_the_prefix()
    {
        const string xml = """
            <e:epp xmlns:e="urn:ietf:params:xml:ns:epp-1.0"><e:response><e:result code="1000"><e:msg>ok</e:msg></e:result>
            <e:resData><d:infData xmlns:d="urn:ietf:params:xml:ns:domain-1.0"><d:name>example.com</d:name><d:roid>D1-X</d:roid><d:clID>RegistrarA</d:clID></d:infData>
            <other:infData xmlns:other="urn:example:not-domain"><other:name>wrong.example</other:name></other:infData></e:resData>
            <e:trID><e:svTRID>SRV-1</e:svTRID></e:trID></e:response></e:epp>
            """;

        var response = Response(xml);

        Assert.Equal("example.com", response.GetData<DomainInfoData>()!.Name);
        Assert.Equal(new UnknownResponseData("urn:example:not-domain", "infData"), response.Data[1]);
    }

    [Fact]
    public void Elements_with_the_right_prefix_but_a_wrong_namespace_are_not_read()
    {
        const string xml = Head + """
            <response><result code="1000"><msg>ok</msg></result>
            <resData><domain:infData xmlns:domain="urn:example:fake-domain"><domain:name>fake.example</domain:name></domain:infData></resData>
            <trID><svTRID>SRV-1</svTRID></trID></response>
            """ + Tail;

        var response = Response(xml);

        Assert.Null(response.GetData<DomainInfoData>());
        Assert.IsType<UnknownResponseData>(response.Data.Single());
    }

    [Fact]
    public void Unknown_extensions_are_tolerated_and_kept_by_name()
    {
        const string xml = Head + """
            <response><result code="1000"><msg>ok</msg></result>
            <extension><fee:chkData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0"><fee:currency>USD</fee:currency><fee:cd><fee:objID>x</fee:objID></fee:cd></fee:chkData>
            <rgp:infData xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:rgpStatus s="renewPeriod"/><rgp:rgpStatus s="autoRenewPeriod"/></rgp:infData></extension>
            <trID><svTRID>SRV-1</svTRID></trID></response>
            """ + Tail;

        var response = Response(xml);

        Assert.Equal(new UnknownExtensionData("urn:ietf:params:xml:ns:epp:fee-1.0", "chkData"), response.Extensions[0]);
        Assert.Equal([RgpStatuses.RenewPeriod, RgpStatuses.AutoRenewPeriod], response.RgpStatuses.Select(s => s.Value));
        Assert.Empty(response.Anomalies);
    }

    [Fact]
    public void A_plain_value_gives_namespace_local_name_attributes_and_text()
    {
        const string xml = Head + """
            <response><result code="2005"><msg>Parameter value syntax error</msg>
            <value><domain:hostObj xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">ns..example</domain:hostObj></value>
            <value><host:addr xmlns:host="urn:ietf:params:xml:ns:host-1.0" ip="v6">2001:db8::zz</host:addr></value>
            <value>just text</value></result>
            <trID><clTRID>RRPGW-9</clTRID><svTRID>SRV-1</svTRID></trID></response>
            """ + Tail;

        var values = Response(xml).Values.ToList();

        Assert.True(values[0].Is(EppNamespaces.Domain, "hostObj"));
        Assert.Equal("ns..example", values[0].Text);
        Assert.False(values[0].IsExtended);
        Assert.True(values[1].Is(EppNamespaces.Host, "addr"));
        Assert.Equal("v6", values[1].Attributes["ip"]);
        Assert.Equal("2001:db8::zz", values[1].Text);
        Assert.Null(values[2].NamespaceUri);
        Assert.Equal("just text", values[2].Text);
    }

    [Fact]
    public void An_echoed_authInfo_or_password_is_masked()
    {
        const string xml = Head + """
            <response><result code="2202"><msg>Invalid authorization information</msg>
            <value><domain:authInfo xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:pw>Ech0ed-Secret</domain:pw></domain:authInfo></value>
            <extValue><value><pw>L0gin-Secret</pw></value><reason>bad</reason></extValue></result>
            <trID><svTRID>SRV-1</svTRID></trID></response>
            """ + Tail;

        var response = Response(xml);

        Assert.All(response.Values, v => Assert.Equal("***", v.Text));
        Assert.DoesNotContain("Secret", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_an_anomaly_and_the_code_stays_usable()
    {
        var xml = EppExamples.Read("domain-info.response-1000.xml").Replace("2026-05-02T14:10:00.0Z", "next spring", StringComparison.Ordinal);

        var response = Response(xml);

        Assert.Equal(EppResultCode.Success, response.Code);
        Assert.Null(response.GetData<DomainInfoData>()!.ExpiresAt);
        Assert.Contains(response.Anomalies, a => a.Contains("exDate", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_data_and_trID_are_anomalies()
    {
        const string xml = Head + """
            <response><result code="1000"><msg>ok</msg></result>
            <resData><domain:trnData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.net</domain:name><domain:trStatus>lost</domain:trStatus></domain:trnData></resData>
            </response>
            """ + Tail;

        var response = Response(xml);

        Assert.Equal(EppTransferStatus.Unknown, response.GetData<DomainTransferData>()!.Status);
        Assert.Contains(response.Anomalies, a => a.Contains("trStatus", StringComparison.Ordinal));
        Assert.Contains(response.Anomalies, a => a.Contains("reID", StringComparison.Ordinal));
        Assert.Contains(response.Anomalies, a => a.Contains("trID", StringComparison.Ordinal));
        Assert.Null(response.ServerTransactionId);
    }

    [Fact]
    public void Several_failure_results_are_all_kept()
    {
        var response = Response(Head + "<response>" + Result("2004") + Result("2005") + TrId + "</response>" + Tail);

        Assert.Equal([EppResultCode.ParameterValueRangeError, EppResultCode.ParameterValueSyntaxError], response.Results.Select(r => r.Code));
        Assert.Empty(response.Anomalies);
    }

    [Fact]
    public void A_byte_order_mark_and_comments_are_accepted()
    {
        var body = Encoding.UTF8.GetBytes(Head.Replace("?><epp", "?><!-- hi --><epp", StringComparison.Ordinal) + "<response><!-- c -->" + Result("1000") + TrId + "</response>" + Tail);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray();

        Assert.Equal(EppResultCode.Success, Assert.IsType<EppResponse>(EppResponseReader.Read(withBom)).Code);
    }

    [Fact]
    public void A_greeting_without_services_is_malformed()
    {
        Malformed(Head + "<greeting><svID>Example</svID><svDate>2025-01-01T00:00:00Z</svDate></greeting>" + Tail);
    }
}
