using Rrp2Epp.Epp.Responses;

namespace Rrp2Epp.Epp.Tests.Responses;

/// <summary>Contact info and pending-action data for hosts and contacts have no example frame; these are written from RFC 5733 §3.1.2 and RFC 5732/5733 §3.3.</summary>
public sealed class EppResponseReaderContactTests
{
    private const string ContactInfo = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
          <response>
            <result code="1000"><msg>Command completed successfully</msg></result>
            <resData>
              <contact:infData xmlns:contact="urn:ietf:params:xml:ns:contact-1.0">
                <contact:id>REG-0001</contact:id>
                <contact:roid>C0001-EXAMPLE</contact:roid>
                <contact:status s="linked"/>
                <contact:status s="clientDeleteProhibited"/>
                <contact:postalInfo type="int">
                  <contact:name>Jane Example</contact:name>
                  <contact:org>Example Holdings Ltd.</contact:org>
                  <contact:addr>
                    <contact:street>1 Example Plaza</contact:street>
                    <contact:street>Floor 3</contact:street>
                    <contact:city>Springfield</contact:city>
                    <contact:sp>VA</contact:sp>
                    <contact:pc>22150</contact:pc>
                    <contact:cc>US</contact:cc>
                  </contact:addr>
                </contact:postalInfo>
                <contact:postalInfo type="loc">
                  <contact:name>Jäne Exämple</contact:name>
                  <contact:addr><contact:city>Zürich</contact:city><contact:cc>CH</contact:cc></contact:addr>
                </contact:postalInfo>
                <contact:voice x="42">+1.7035550100</contact:voice>
                <contact:email>jane@example.com</contact:email>
                <contact:clID>RegistrarA</contact:clID>
                <contact:crID>RegistrarA</contact:crID>
                <contact:crDate>2025-03-14T12:00:00.0Z</contact:crDate>
                <contact:authInfo><contact:pw>C0ntact-Key</contact:pw></contact:authInfo>
                <contact:disclose flag="0"><contact:voice/><contact:email/></contact:disclose>
              </contact:infData>
            </resData>
            <trID><clTRID>RRPGW-0303</clTRID><svTRID>SRV-400303</svTRID></trID>
          </response>
        </epp>
        """;

    [Fact]
    public void The_handmade_frames_are_schema_valid()
    {
        Assert.True(EppSchemaValidator.Validate(ContactInfo).IsValid, string.Join("\n", EppSchemaValidator.Validate(ContactInfo).Errors));
        Assert.True(EppSchemaValidator.Validate(HostPanData).IsValid, string.Join("\n", EppSchemaValidator.Validate(HostPanData).Errors));
    }

    [Fact]
    public void Contact_info_gives_postal_info_phones_email_and_a_masked_authInfo()
    {
        var response = Assert.IsType<EppResponse>(EppResponseReader.Read(ContactInfo));
        var info = response.GetData<ContactInfoData>()!;

        Assert.Empty(response.Anomalies);
        Assert.Equal("REG-0001", info.Id);
        Assert.Equal("C0001-EXAMPLE", info.Roid);
        Assert.Equal(["linked", "clientDeleteProhibited"], info.Statuses.Select(s => s.Value));
        Assert.Equal(2, info.PostalInfo.Count);
        var intl = info.PostalInfo[0];
        Assert.Equal(ContactPostalInfoType.International, intl.Type);
        Assert.Equal("Example Holdings Ltd.", intl.Organization);
        Assert.Equal(["1 Example Plaza", "Floor 3"], intl.Address.Street);
        Assert.Equal(("Springfield", "VA", "22150", "US"), (intl.Address.City, intl.Address.StateOrProvince, intl.Address.PostalCode, intl.Address.CountryCode));
        Assert.Equal(ContactPostalInfoType.Localized, info.PostalInfo[1].Type);
        Assert.Equal("Zürich", info.PostalInfo[1].Address.City);
        Assert.Equal(new ContactPhone("+1.7035550100", "42"), info.Voice);
        Assert.Null(info.Fax);
        Assert.Equal("jane@example.com", info.Email);
        Assert.Equal("RegistrarA", info.ClientId);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero), info.CreatedAt);
        Assert.Equal("C0ntact-Key", info.AuthInfo!.Reveal());
        Assert.DoesNotContain("C0ntact-Key", response.ToString(), StringComparison.Ordinal);
    }

    private const string HostPanData = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
          <response>
            <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
            <msgQ count="1" id="12345"><qDate>2025-03-15T09:00:01.0Z</qDate><msg>Pending action completed.</msg></msgQ>
            <resData>
              <host:panData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
                <host:name paResult="0">ns9.example.com</host:name>
                <host:paTRID><clTRID>RRPGW-0204</clTRID><svTRID>SRV-300204</svTRID></host:paTRID>
                <host:paDate>2025-03-15T09:00:00.0Z</host:paDate>
              </host:panData>
            </resData>
            <trID><clTRID>RRPGW-0406</clTRID><svTRID>SRV-500406</svTRID></trID>
          </response>
        </epp>
        """;

    [Fact]
    public void A_host_pending_action_notice_is_read_with_a_denied_result()
    {
        var response = Assert.IsType<EppResponse>(EppResponseReader.Read(HostPanData));

        Assert.Equal(
            new PendingActionData(EppNamespaces.Host, "ns9.example.com", false, "RRPGW-0204", "SRV-300204", new DateTimeOffset(2025, 3, 15, 9, 0, 0, TimeSpan.Zero)),
            response.GetData<PendingActionData>());
        Assert.Equal("12345", response.MessageQueue!.Id);
    }

    [Fact]
    public void Host_attributes_in_a_domain_info_are_read_with_their_addresses()
    {
        const string xml = """
            <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response><result code="1000"><msg>ok</msg></result><resData>
            <domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:roid>D1-EXAMPLE</domain:roid>
            <domain:ns><domain:hostAttr><domain:hostName>ns1.example.com</domain:hostName><domain:hostAddr ip="v4">192.0.2.1</domain:hostAddr><domain:hostAddr ip="v6">2001:db8::1</domain:hostAddr></domain:hostAttr>
            <domain:hostAttr><domain:hostName>ns2.example.org</domain:hostName></domain:hostAttr></domain:ns><domain:clID>RegistrarA</domain:clID></domain:infData>
            </resData><trID><svTRID>SRV-1</svTRID></trID></response></epp>
            """;

        var info = Assert.IsType<EppResponse>(EppResponseReader.Read(xml)).GetData<DomainInfoData>()!;

        Assert.True(EppSchemaValidator.Validate(xml).IsValid);
        Assert.True(info.NameServers!.UsesHostAttributes);
        Assert.Equal(["ns1.example.com", "ns2.example.org"], info.NameServers.Names);
        Assert.Equal([HostAddress.V4("192.0.2.1"), HostAddress.V6("2001:db8::1")], info.NameServers.HostAttributes[0].Addresses);
        Assert.Empty(info.NameServers.HostAttributes[1].Addresses);
    }
}
