using System.Buffers;
using System.Net;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Responses, the banner and client requests as exact wire text.</summary>
public sealed class WriterTests
{
    [Fact]
    public void A_STATUS_response_is_written_in_order_with_CRLF_and_the_final_dot()
    {
        var response = new RrpResponse(RrpResponseCode.Success,
        [
            new(RrpAttributeNames.NameServer, "ns2.registrara.com"),
            new(RrpAttributeNames.RegistrationExpirationDate, "2010-09-22 10:27:00.0"),
            new(RrpAttributeNames.Registrar, "registrarA"),
            new(RrpAttributeNames.Status, RrpStatus.RegistrarLock.ToWireText()),
            new(RrpAttributeNames.CreatedBy, "registrarA"),
        ]);
        Assert.Equal(
            "200 Command completed successfully\r\nnameserver:ns2.registrara.com\r\nregistration expiration date:2010-09-22 10:27:00.0\r\n"
            + "registrar:registrarA\r\nstatus:REGISTRAR-LOCK\r\ncreated by:registrarA\r\n.\r\n",
            RrpResponseWriter.WriteToString(response));
    }

    [Fact]
    public void A_520_carries_its_reason_after_a_semicolon()
    {
        Assert.Equal("520 Server closing connection. Client should try opening new connection; idle timeout\r\n.\r\n",
            RrpResponseWriter.WriteToString(RrpResponse.Closing("idle timeout")));
        Assert.Equal("Server closing connection. Client should try opening new connection; idle timeout", RrpResponse.Closing("idle timeout").Text);
    }

    [Fact]
    public void A_reason_goes_with_520_only()
    {
        Assert.Throws<ArgumentException>(() => new RrpResponse(RrpResponseCode.ServerClosingConnection));
        Assert.Throws<ArgumentException>(() => new RrpResponse(RrpResponseCode.Success, [], "why"));
        Assert.Throws<ArgumentException>(() => RrpResponse.Closing("two\r\nlines"));
        Assert.Throws<ArgumentOutOfRangeException>(() => RrpResponse.Of(RrpResponseCode.ServerClosingConnection));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RrpResponse((RrpResponseCode)299));
    }

    [Fact]
    public void Attributes_cannot_smuggle_lines_or_8_bit_text()
    {
        Assert.Throws<ArgumentException>(() => RrpResponseWriter.WriteToString(new RrpResponse(RrpResponseCode.Success, [new("status", "ACTIVE\r\n.\r\n")])));
        Assert.Throws<ArgumentException>(() => RrpResponseWriter.WriteToString(new RrpResponse(RrpResponseCode.Success, [new("na:me", "x")])));
        Assert.Throws<ArgumentException>(() => RrpResponseWriter.WriteToString(new RrpResponse(RrpResponseCode.Success, [new("registrar", "Müller")])));
        Assert.Throws<ArgumentException>(() => RrpRequestWriter.WriteToString(new CheckDomainRequest("example.com\r\n.\r\nquit")));
        Assert.Throws<ArgumentException>(() => RrpRequestWriter.WriteToString(new SessionRequest("a", "pw\tpw", null)));
    }

    [Fact]
    public void Responses_compare_by_value_and_offer_case_insensitive_lookup()
    {
        var a = new RrpResponse(RrpResponseCode.Success, [new("status", "ACTIVE"), new("status", "REGISTRAR-LOCK")]);
        var b = new RrpResponse(RrpResponseCode.Success, new List<RrpAttribute> { new("status", "ACTIVE"), new("status", "REGISTRAR-LOCK") });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(["ACTIVE", "REGISTRAR-LOCK"], a.ValuesOf("STATUS"));
        Assert.Null(a.ValueOf("registrar"));
        Assert.Same(RrpResponse.Of(RrpResponseCode.DomainAvailable), RrpResponse.Of(RrpResponseCode.DomainAvailable));
    }

    [Fact]
    public void The_banner_is_two_lines_and_a_dot_without_a_code()
    {
        var zone = Zones.NewYork;
        var banner = RrpBanner.Create("Example Registry", RrpVersion.V2_0_0, new DateTimeOffset(1999, 10, 26, 0, 20, 34, TimeSpan.Zero), zone);
        Assert.Equal("Example Registry RRP Server version 2.0.0\r\nMon Oct 25 20:20:34 EDT 1999\r\n.\r\n", RrpResponseWriter.WriteToString(banner));
        var winter = RrpBanner.FormatDateLine(new DateTimeOffset(2004, 1, 5, 17, 0, 0, TimeSpan.Zero), zone);
        Assert.Equal("Mon Jan  5 12:00:00 EST 2004", winter);
    }

    [Fact]
    public void The_banner_date_line_falls_back_to_UTC_or_an_offset()
    {
        var instant = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero);
        Assert.Equal("Thu Feb 29 23:59:59 UTC 2024", RrpBanner.FormatDateLine(instant, TimeZoneInfo.Utc));
        var odd = TimeZoneInfo.CreateCustomTimeZone("test/odd", TimeSpan.FromMinutes(330), "odd zone", "Somewhere Standard Time");
        Assert.Equal("Fri Mar  1 05:29:59 +0530 2024", RrpBanner.FormatDateLine(instant, odd));
        var west = TimeZoneInfo.CreateCustomTimeZone("test/west", TimeSpan.FromMinutes(-210), "west", "far west standard time");
        Assert.Equal("Thu Feb 29 20:29:59 -0330 2024", RrpBanner.FormatDateLine(instant, west));
    }

    [Fact]
    public void Requests_are_written_in_ABNF_order()
    {
        Assert.Equal("add\r\nEntityName:Domain\r\nDomainName:example.com\r\n-Period:10\r\nNameServer:ns1.example.com\r\nNameServer:ns2.example.com\r\n.\r\n",
            RrpRequestWriter.WriteToString(new AddDomainRequest("example.com", 10, ["ns1.example.com", "ns2.example.com"])));
        Assert.Equal("transfer\r\n-Approve:No\r\nEntityName:Domain\r\nDomainName:example.com\r\nAuthInfo:s3cret-auth\r\n.\r\n",
            RrpRequestWriter.WriteToString(new TransferRequest("example.com", false, "s3cret-auth")));
        Assert.Equal("renew\r\nEntityName:Domain\r\nDomainName:example.com\r\n-Period:9\r\n-CurrentExpirationYear:2001\r\n.\r\n",
            RrpRequestWriter.WriteToString(new RenewRequest("example.com", 9, 2001)));
        Assert.Equal("session\r\n-Id:registrarA\r\n-Password:i-am-registrarA\r\n-NewPassword:new pass\r\n.\r\n",
            RrpRequestWriter.WriteToString(new SessionRequest("registrarA", "i-am-registrarA", "new pass")));
        Assert.Equal("mod\r\nEntityName:NameServer\r\nNameServer:ns1.registrara.com\r\nNewNameServer:ns2.registrara.com\r\nIPAddress:198.42.1.11\r\nIPAddress:198.41.1.11=\r\nIPAddress:2001:db8::1=::ffff:c000:201\r\n.\r\n",
            RrpRequestWriter.WriteToString(new ModNameServerRequest("ns1.registrara.com", "ns2.registrara.com",
                [RrpEdit.Add(IPAddress.Parse("198.42.1.11")), RrpEdit.Remove(IPAddress.Parse("198.41.1.11")), RrpEdit.Replace(IPAddress.Parse("2001:db8::1"), IPAddress.Parse("::ffff:192.0.2.1"))])));
        Assert.Equal("mod\r\nEntityName:Domain\r\nDomainName:example.com\r\nNameServer:a.example.com=b.example.com\r\nStatus:REGISTRAR-LOCK=\r\n.\r\n",
            RrpRequestWriter.WriteToString(new ModDomainRequest("example.com", [RrpEdit.Replace("a.example.com", "b.example.com")], [RrpEdit.Remove(RrpStatus.RegistrarLock)])));
        Assert.Equal("describe\r\n-Target:Protocol\r\n.\r\n", RrpRequestWriter.WriteToString(new DescribeRequest("Protocol")));
        Assert.Equal("quit\r\n.\r\n", RrpRequestWriter.WriteToString(QuitRequest.Instance));
        Assert.Equal("restore\r\nEntityName:Domain\r\nDomainName:example.com\r\n.\r\n", RrpRequestWriter.WriteToString(new RestoreRequest("example.com")));
    }

    [Theory]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("1::", "1::")]
    [InlineData("1:0:0:2:0:0:0:3", "1:0:0:2::3")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")]
    [InlineData("1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7")]
    [InlineData("::ffff:10.0.0.1", "::ffff:a00:1")]
    public void IPv6_is_written_in_the_RFC_3632_grammar(string address, string expected)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RrpWire.Address(buffer, IPAddress.Parse(address));
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Writers_write_into_any_buffer_writer()
    {
        var buffer = new ArrayBufferWriter<byte>(1);
        RrpResponseWriter.Write(RrpResponse.Of(RrpResponseCode.SuccessClosing), buffer);
        RrpRequestWriter.Write(QuitRequest.Instance, buffer);
        Assert.Equal("220 Command completed successfully. Server closing connection\r\n.\r\nquit\r\n.\r\n", System.Text.Encoding.ASCII.GetString(buffer.WrittenSpan));
        Assert.Equal(RrpResponseWriter.ToBytes(RrpResponse.Of(RrpResponseCode.Success)), "200 Command completed successfully\r\n.\r\n"u8.ToArray());
    }
}
