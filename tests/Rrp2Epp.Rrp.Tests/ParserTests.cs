using System.Net;
using System.Text;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Valid requests of every command in both versions, and the leniencies of reference §3.3 [Rec].</summary>
public sealed class ParserTests
{
    public static TheoryData<string> Versions() => ["1.1.0", "2.0.0"];

    private static RrpRequest Ok(RrpParserOptions options, params string[] lines)
    {
        var result = Wire.Parse(options, lines);
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Null(result.ErrorCode);
        Assert.Null(result.ErrorDetail);
        return result.Request!;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_command_parses_in_both_versions(string version)
    {
        var o = Wire.Options(version);
        Assert.Equal(new AddDomainRequest("example.com", null, []), Ok(o, "add", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new AddNameServerRequest("ns1.example.com", []), Ok(o, "add", "EntityName:NameServer", "NameServer:ns1.example.com"));
        Assert.Equal(new CheckDomainRequest("example.com"), Ok(o, "check", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new CheckNameServerRequest("ns1.example.com"), Ok(o, "check", "EntityName:NameServer", "NameServer:ns1.example.com"));
        Assert.Equal(new DelDomainRequest("example.com"), Ok(o, "del", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new DelNameServerRequest("ns1.example.com"), Ok(o, "del", "EntityName:NameServer", "NameServer:ns1.example.com"));
        Assert.Equal(new DescribeRequest(null), Ok(o, "describe"));
        Assert.Equal(new DescribeRequest("Protocol"), Ok(o, "describe", "-Target:PROTOCOL"));
        Assert.Equal(new ModDomainRequest("example.com", [], []), Ok(o, "mod", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new ModNameServerRequest("ns1.example.com", null, []), Ok(o, "mod", "EntityName:NameServer", "NameServer:ns1.example.com"));
        Assert.Same(QuitRequest.Instance, Ok(o, "quit"));
        Assert.Equal(new RenewRequest("example.com", null, null), Ok(o, "renew", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new SessionRequest("registrarA", "secret", null), Ok(o, "session", "-Id:registrarA", "-Password:secret"));
        Assert.Equal(new StatusDomainRequest("example.com"), Ok(o, "status", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new StatusNameServerRequest("ns1.example.com"), Ok(o, "status", "EntityName:NameServer", "NameServer:ns1.example.com"));
        Assert.Equal(new TransferRequest("example.com", null, null), Ok(o, "transfer", "EntityName:Domain", "DomainName:example.com"));
        Assert.Equal(new RestoreRequest("example.com"), Ok(o, "restore", "EntityName:Domain", "DomainName:example.com"));
    }

    [Fact]
    public void Command_words_entity_names_attributes_and_options_ignore_case()
    {
        var expected = new AddDomainRequest("example.com", 3, ["ns1.example.com"]);
        Assert.Equal(expected, Ok(Wire.V2, "ADD", "ENTITYNAME:DOMAIN", "DOMAINNAME:EXAMPLE.COM", "-PERIOD:3", "NAMESERVER:NS1.EXAMPLE.COM"));
        Assert.Equal(expected, Ok(Wire.V2, "aDd", "entityname:domain", "domainname:Example.Com", "-period:3", "nameserver:Ns1.Example.Com"));
        Assert.Equal(new TransferRequest("example.com", false, null), Ok(Wire.V2, "TRANSFER", "-APPROVE:no", "ENTITYNAME:domain", "DOMAINNAME:example.com"));
        Assert.Equal(new ModDomainRequest("example.com", [], [RrpEdit.Add(RrpStatus.RegistrarHold)]), Ok(Wire.V2, "mod", "EntityName:Domain", "DomainName:example.com", "status:Registrar-Hold"));
    }

    [Fact]
    public void Lines_may_come_in_any_order_after_the_command()
    {
        var expected = new AddDomainRequest("example.com", 2, ["ns1.example.com", "ns2.example.com"]);
        Assert.Equal(expected, Ok(Wire.V2, "add", "NameServer:ns1.example.com", "-Period:2", "DomainName:example.com", "NameServer:ns2.example.com", "EntityName:Domain"));
        Assert.Equal(new RenewRequest("example.com", 1, 2001), Ok(Wire.V1, "renew", "-CurrentExpirationYear:2001", "-Period:1", "DomainName:example.com", "EntityName:Domain"));
    }

    [Fact]
    public void Empty_lines_trailing_spaces_and_bare_LF_are_tolerated()
    {
        var text = "\n  \nstatus   \r\n\r\nEntityName:Domain  \nDomainName:example.com \r\n   \n.  \r\n";
        var result = RrpRequestParser.Parse(text, Wire.V2);
        Assert.Equal(new StatusDomainRequest("example.com"), result.Request);
    }

    [Fact]
    public void Passwords_keep_their_spaces_and_colons()
    {
        var request = (SessionRequest)Ok(Wire.V2, "session", "-Id:registrarA", "-Password: a:b c ", "-NewPassword:    ");
        Assert.Equal(" a:b c ", request.Password);
        Assert.Equal("    ", request.NewPassword);
    }

    [Fact]
    public void Values_split_on_the_first_colon_only()
    {
        var request = (AddNameServerRequest)Ok(Wire.V2, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:2001:DB8:0:0:8:800:200C:417A");
        Assert.Equal(IPAddress.Parse("2001:db8::8:800:200c:417a"), Assert.Single(request.Addresses));
    }

    [Fact]
    public void Every_IPv6_form_of_RFC_3632_is_accepted_on_2_0_0()
    {
        string[] forms =
        [
            "::", "1::", "2:2::", "7:7:7:7:7:7:7::", "::1", "::2:2", "::7:7:7:7:7:7:7", "E::1", "E::2:2", "E::6:6:6:6:6:6",
            "E:E::1", "E:E::2:2", "E:E::5:5:5:5:5", "E:E:E::1", "E:E:E::2:2", "E:E:E::4:4:4:4", "E:E:E:E::1", "E:E:E:E::2:2",
            "E:E:E:E::3:3:3", "E:E:E:E:E::1", "E:E:E:E:E::2:2", "E:E:E:E:E:E::1", "10AA:0:0:00:8:800:200C:417A", "ffff:FFFF:0:0:0:0:0:1",
        ];
        foreach (var form in forms)
        {
            var request = (AddNameServerRequest)Ok(Wire.V2, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:" + form);
            Assert.Equal(IPAddress.Parse(form), Assert.Single(request.Addresses));
        }
    }

    [Fact]
    public void Names_are_lower_cased_and_addresses_normalised()
    {
        var request = (ModNameServerRequest)Ok(Wire.V2, "mod", "EntityName:NameServer", "NameServer:NS1.Example.COM", "NewNameServer:NS2.EXAMPLE.COM", "IPAddress:192.0.2.1=2001:DB8::1");
        Assert.Equal("ns1.example.com", request.NameServer);
        Assert.Equal("ns2.example.com", request.NewNameServer);
        Assert.Equal(RrpEdit.Replace(IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")), Assert.Single(request.Addresses));
    }

    [Fact]
    public void Up_to_13_name_servers_and_addresses_are_accepted()
    {
        var servers = Enumerable.Range(1, 13).Select(i => $"ns{i}.example.com").ToArray();
        var add = (AddDomainRequest)Ok(Wire.V2, ["add", "EntityName:Domain", "DomainName:example.com", .. servers.Select(s => "NameServer:" + s)]);
        Assert.Equal(servers, add.NameServers);
        var host = (AddNameServerRequest)Ok(Wire.V1, ["add", "EntityName:NameServer", "NameServer:ns.example.com", .. Enumerable.Range(1, 13).Select(i => $"IPAddress:192.0.2.{i}")]);
        Assert.Equal(13, host.Addresses.Count);
        var mod = (ModDomainRequest)Ok(Wire.V2, ["mod", "EntityName:Domain", "DomainName:example.com", .. servers.Select(s => "NameServer:" + s + "="), .. servers.Select(s => "NameServer:new-" + s)]);
        Assert.Equal(26, mod.NameServers.Count);
    }

    [Fact]
    public void Period_bounds_and_year_are_syntactic_only()
    {
        Assert.Equal(1, ((AddDomainRequest)Ok(Wire.V2, "add", "EntityName:Domain", "DomainName:example.com", "-Period:1")).Period);
        Assert.Equal(99, ((AddDomainRequest)Ok(Wire.V2, "add", "EntityName:Domain", "DomainName:example.com", "-Period:99")).Period);
        Assert.Equal(new RenewRequest("example.com", 99, 9999), Ok(Wire.V2, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:99", "-CurrentExpirationYear:9999"));
    }

    [Fact]
    public void Label_rules_allow_digits_hyphens_inside_and_63_characters()
    {
        var label = new string('a', 62) + "9";
        Assert.Equal(new CheckDomainRequest(label + ".com"), Ok(Wire.V2, "check", "EntityName:Domain", "DomainName:" + label + ".com"));
        Assert.Equal(new CheckDomainRequest("123-abc.c0m"), Ok(Wire.V2, "check", "EntityName:Domain", "DomainName:123-abc.c0m"));
        Assert.Equal(new CheckNameServerRequest("a.b.c.d.example.com"), Ok(Wire.V2, "check", "EntityName:NameServer", "NameServer:a.b.c.d.example.com"));
    }

    [Fact]
    public void Valid_ACE_passes_on_2_0_0_and_is_not_checked_on_1_1_0()
    {
        Assert.Equal(new AddDomainRequest("xn--bcher-kva.com", null, []), Ok(Wire.V2, "add", "EntityName:Domain", "DomainName:xn--bcher-kva.com"));
        Assert.Equal(new AddDomainRequest("xn--55qx5d.com", null, []), Ok(Wire.V2, "add", "EntityName:Domain", "DomainName:XN--55QX5D.com"));
        Assert.Equal(new AddDomainRequest("xn--zz.com", null, []), Ok(Wire.V1, "add", "EntityName:Domain", "DomainName:xn--zz.com"));
        // 510 is an ADD/MOD code: CHECK of a bad ACE name is left to the registry.
        Assert.Equal(new CheckDomainRequest("xn--zz.com"), Ok(Wire.V2, "check", "EntityName:Domain", "DomainName:xn--zz.com"));
    }

    [Fact]
    public void AuthInfo_is_accepted_on_TRANSFER_only_when_enabled()
    {
        Assert.Equal(new TransferRequest("example.com", null, "s3cr3t-Auth!"), Ok(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:s3cr3t-Auth!"));
        Assert.Equal(RrpResponseCode.InvalidAttributeName, Wire.Parse(Wire.V2, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:s3cr3t-Auth!").ErrorCode);
        Assert.Equal(RrpResponseCode.InvalidAttributeName, Wire.Parse(Wire.V2AuthInfo, "status", "EntityName:Domain", "DomainName:example.com", "AuthInfo:s3cr3t-Auth!").ErrorCode);
        Assert.Equal(RrpResponseCode.InvalidAttributeValueSyntax, Wire.Parse(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:short").ErrorCode);
        Assert.Equal(RrpResponseCode.InvalidAttributeValueSyntax, Wire.Parse(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:has space").ErrorCode);
        Assert.Equal(RrpResponseCode.InvalidAttributeValueSyntax, Wire.Parse(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:" + new string('x', 65)).ErrorCode);
        Assert.Equal(RrpResponseCode.InvalidCommandFormat, Wire.Parse(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:abcdef", "AuthInfo:abcdef").ErrorCode);
    }

    [Fact]
    public void RESTORE_is_an_unknown_command_when_not_accepted()
    {
        var result = RrpRequestParser.Parse(Wire.Request("restore", "EntityName:Domain", "DomainName:example.com"), new RrpParserOptions { AcceptRestore = false });
        Assert.Equal(RrpResponseCode.InvalidCommandName, result.ErrorCode);
        Assert.Null(result.Command);
        Assert.True(result.PrecedesSessionCheck);
    }

    [Fact]
    public void Text_after_the_terminating_dot_is_not_one_request()
    {
        var result = RrpRequestParser.Parse("quit\r\n.\r\nquit\r\n.\r\n", Wire.V2);
        Assert.Equal(RrpResponseCode.InvalidCommandFormat, result.ErrorCode);
        Assert.Equal(RrpCommand.Quit, result.Command);
        Assert.True(result.PrecedesSessionCheck);
    }

    [Fact]
    public void The_terminating_dot_is_optional_for_the_parser()
    {
        Assert.Same(QuitRequest.Instance, RrpRequestParser.Parse("quit\r\n", Wire.V2).Request);
        Assert.Same(QuitRequest.Instance, RrpRequestParser.Parse("quit", Wire.V2).Request);
    }

    [Fact]
    public void Sequence_input_spanning_segments_parses_like_one_span()
    {
        var bytes = Encoding.ASCII.GetBytes(Wire.Request("add", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com"));
        var sequence = Segments.Split(bytes, 7);
        Assert.False(sequence.IsSingleSegment);
        Assert.Equal(new AddDomainRequest("example.com", null, ["ns1.example.com"]), RrpRequestParser.Parse(sequence, Wire.V2).Request);
    }

    [Fact]
    public void A_request_with_many_lines_uses_the_pool_and_still_parses()
    {
        var lines = new List<string> { "mod", "EntityName:Domain", "DomainName:example.com" };
        lines.AddRange(Enumerable.Repeat(string.Empty, 200));
        lines.Add("Status:REGISTRAR-LOCK");
        Assert.Equal(new ModDomainRequest("example.com", [], [RrpEdit.Add(RrpStatus.RegistrarLock)]), Ok(Wire.V2, [.. lines]));
    }

    [Fact]
    public void Command_words_round_trip()
    {
        foreach (var command in Enum.GetValues<RrpCommand>())
        {
            Assert.True(RrpCommands.TryParse(Encoding.ASCII.GetBytes(command.ToWireText().ToUpperInvariant()), out var parsed));
            Assert.Equal(command, parsed);
            Assert.True(RrpCommands.TryParse(command.ToWireText(), out var fromText));
            Assert.Equal(command, fromText);
        }

        Assert.False(RrpCommands.TryParse("delete"u8, out _));
        Assert.False(RrpCommands.TryParse("transfers", out _));
        Assert.False(RrpCommands.TryParse("adé", out _));
    }
}
