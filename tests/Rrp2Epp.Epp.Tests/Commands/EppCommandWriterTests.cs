using System.Text;
using System.Xml.Linq;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Commands;

public sealed class EppCommandWriterTests
{
    private static readonly XNamespace Epp = EppNamespaces.Epp;
    private static readonly XNamespace Domain = EppNamespaces.Domain;

    public static TheoryData<string> CatalogNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CommandCatalog.All)
        {
            data.Add(name);
        }

        return data;
    }

    private static EppCommand Catalog(string name) => CommandCatalog.All.Single(c => c.Name == name).Command;

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Every_builder_and_option_writes_a_schema_valid_frame(string name)
    {
        using var frame = EppCommandWriter.Write(Catalog(name), "RRPGW-TEST-0001");

        var result = EppSchemaValidator.Validate(frame.Payload);

        Assert.True(result.IsValid, name + ": " + string.Join(Environment.NewLine, result.Errors) + Environment.NewLine + Encoding.UTF8.GetString(frame.Payload.Span));
    }

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Every_builder_writes_a_valid_frame_without_clTRID_too(string name)
    {
        using var frame = EppCommandWriter.Write(Catalog(name), null);

        Assert.True(EppSchemaValidator.Validate(frame.Payload).IsValid);
        Assert.Empty(EppXmlAssert.Parse(Encoding.UTF8.GetString(frame.Payload.Span)).Descendants(Epp + "clTRID"));
    }

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void No_command_prints_its_secrets(string name)
    {
        var command = Catalog(name);

        var text = command.ToString();

        Assert.DoesNotContain(CommandCatalog.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Pw1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("n3w-Secret2", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ExampleEquivalents()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ExampleCommands.Keys)
        {
            data.Add(name, ExampleCommands[name].ClTrid);
        }

        return data;
    }

    private static readonly Dictionary<string, (EppCommand Command, string ClTrid)> ExampleCommands = new(StringComparer.Ordinal)
    {
        ["session-login.command.xml"] = (new LoginCommand("RegistrarA", "s3cret-Pw1", [EppNamespaces.Domain, EppNamespaces.Host], [EppNamespaces.Rgp]), "RRPGW-0001"),
        ["session-login-newpw.command.xml"] = (new LoginCommand("RegistrarA", "s3cret-Pw1", [EppNamespaces.Domain, EppNamespaces.Host], [], NewPassword: "n3w-Secret2"), "RRPGW-0002"),
        ["session-logout.command.xml"] = (new LogoutCommand(), "RRPGW-0099"),
        ["poll-req.command.xml"] = (new PollRequestCommand(), "RRPGW-0401"),
        ["poll-ack.command.xml"] = (new PollAckCommand("MSG-1001"), "RRPGW-0405"),
        ["domain-check.command.xml"] = (new DomainCheckCommand(["example.com", "example.net", "example-free.com"]), "RRPGW-0101"),
        ["domain-info.command.xml"] = (new DomainInfoCommand("example.com"), "RRPGW-0102"),
        ["domain-info-authinfo.command.xml"] = (new DomainInfoCommand("example.net") { Hosts = DomainInfoHosts.None, AuthInfo = "Tr4nsfer-Key" }, "RRPGW-0103"),
        ["domain-create.command.xml"] = (new DomainCreateCommand("example-free.com", "Cr34te-Key")
        {
            Period = EppPeriod.Years(2),
            NameServers = DomainNameServers.FromHostObjects("ns1.example.net", "ns2.example.net"),
        }, "RRPGW-0110"),
        ["domain-update.command.xml"] = (new DomainUpdateCommand("example.com")
        {
            Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns3.example.net"), Statuses = [new EppStatus("clientHold", "Payment dispute", "en")] },
            Remove = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns2.example.net"), Statuses = ["clientTransferProhibited"] },
            Change = new DomainChange { AuthInfo = "N3w-Tr4nsfer" },
        }, "RRPGW-0120"),
        ["domain-renew.command.xml"] = (new DomainRenewCommand("example.com", new DateOnly(2026, 5, 2)) { Period = EppPeriod.Years(1) }, "RRPGW-0130"),
        ["domain-delete.command.xml"] = (new DomainDeleteCommand("example.com"), "RRPGW-0140"),
        ["domain-transfer-request.command.xml"] = (DomainTransferCommand.Request("example.net", "Tr4nsfer-Key", EppPeriod.Years(1)), "RRPGW-0150"),
        ["domain-transfer-query.command.xml"] = (DomainTransferCommand.Query("example.net", "Tr4nsfer-Key"), "RRPGW-0154"),
        ["domain-transfer-approve.command.xml"] = (DomainTransferCommand.Approve("example.net"), "RRPGW-0155"),
        ["domain-transfer-reject.command.xml"] = (DomainTransferCommand.Reject("example.net"), "RRPGW-0156"),
        ["domain-transfer-cancel.command.xml"] = (DomainTransferCommand.Cancel("example.net"), "RRPGW-0157"),
        ["host-check.command.xml"] = (new HostCheckCommand(["ns1.example.com", "ns9.example.com"]), "RRPGW-0201"),
        ["host-info.command.xml"] = (new HostInfoCommand("ns1.example.com"), "RRPGW-0202"),
        ["host-create.command.xml"] = (new HostCreateCommand("ns9.example.com") { Addresses = [HostAddress.V4("192.0.2.99"), HostAddress.V6("2001:db8::99")] }, "RRPGW-0204"),
        ["host-create-external.command.xml"] = (new HostCreateCommand("ns1.example.org"), "RRPGW-0205"),
        ["host-update.command.xml"] = (new HostUpdateCommand("ns9.example.com")
        {
            Add = new HostUpdateSet { Addresses = [HostAddress.V4("192.0.2.100")], Statuses = ["clientDeleteProhibited"] },
            Remove = new HostUpdateSet { Addresses = [HostAddress.V6("2001:db8::99")] },
            NewName = "ns10.example.com",
        }, "RRPGW-0208"),
        ["host-delete.command.xml"] = (new HostDeleteCommand("ns1.example.com"), "RRPGW-0209"),
        ["contact-check.command.xml"] = (new ContactCheckCommand(["REG-0001", "REG-0002"]), "RRPGW-0302"),
        ["contact-create.command.xml"] = (new ContactCreateCommand(
            "REG-0001",
            [
                new ContactPostalInfo(
                    ContactPostalInfoType.International,
                    "Jane Example",
                    new ContactAddress("Springfield", "US") { Street = ["1 Example Plaza", "Floor 3"], StateOrProvince = "VA", PostalCode = "22150" })
                {
                    Organization = "Example Holdings Ltd.",
                },
            ],
            "jane@example.com",
            "C0ntact-Key")
        {
            Voice = new ContactPhone("+1.7035550100", "42"),
            Fax = "+1.7035550101",
            Disclose = new ContactDisclose(false) { Voice = true, Email = true },
        }, "RRPGW-0301"),
        ["rgp-restore-request.command.xml"] = (new RgpRestoreRequestCommand("example-deleted.com"), "RRPGW-0501"),
        ["rgp-restore-report.command.xml"] = (new RgpRestoreReportCommand("example-deleted.com", new RgpRestoreReport(
            "Registration data before deletion: registrant REG-0001, name servers ns1.example.net ns2.example.net, expiry 2025-02-01.",
            "Registration data after restore: registrant REG-0001, name servers ns1.example.net ns2.example.net, expiry 2025-02-01.",
            new DateTimeOffset(2025, 3, 1, 16, 45, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 3, 14, 13, 0, 0, TimeSpan.Zero),
            "Deleted in error by the registrar; registrant renewal was on file.",
            "The registrar did not restore this name to use it, sell it or obtain any right to it for itself or for a third party.",
            "To the best of the registrar's knowledge the information in this report is accurate, and the registrar accepts that knowingly false information breaches its registry agreement.")
        {
            Other = "Ticket 2025-0311 in the registrar's support system.",
        }), "RRPGW-0503"),
    };

    [Theory]
    [MemberData(nameof(ExampleEquivalents))]
    public void Builders_write_what_the_examples_show(string example, string clTrid)
    {
        using var frame = EppCommandWriter.Write(ExampleCommands[example].Command, clTrid);

        EppXmlAssert.Equivalent(EppExamples.Read(example), frame.Payload);
    }

    [Fact]
    public void Every_example_command_except_secDNS_has_a_builder_equivalent()
    {
        var commands = EppExamples.All.Where(n => n.Contains(".command.", StringComparison.Ordinal) && !n.Contains("secdns", StringComparison.Ordinal));

        Assert.Empty(commands.Except(ExampleCommands.Keys, StringComparer.Ordinal));
    }

    [Fact]
    public void Hello_is_an_empty_element_without_command_or_clTRID()
    {
        using var frame = EppCommandWriter.WriteHello();

        Assert.True(EppSchemaValidator.Validate(frame.Payload).IsValid);
        EppXmlAssert.Equivalent(EppExamples.Read("session-hello.xml"), frame.Payload);
    }

    [Fact]
    public void Frames_are_UTF8_without_BOM_or_indentation()
    {
        using var frame = EppCommandWriter.Write(new DomainCheckCommand(["exämple.com"]), "RRPGW-1");
        var bytes = frame.Payload.ToArray();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', text);
        Assert.Contains("exämple.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_characters_in_values_are_escaped_and_survive_a_round_trip()
    {
        const string tricky = "a&b<c>\"d'e";
        var command = new DomainCreateCommand(tricky + ".example", tricky)
        {
            Registrant = "R&<\"'>",
            NameServers = DomainNameServers.FromHostObjects("ns&1.example"),
        };

        using var frame = EppCommandWriter.Write(command, "RRPGW-&<>");
        var doc = EppXmlAssert.Parse(Encoding.UTF8.GetString(frame.Payload.Span));

        Assert.True(EppSchemaValidator.Validate(frame.Payload).IsValid);
        Assert.Equal(tricky + ".example", doc.Descendants(Domain + "name").Single().Value);
        Assert.Equal(tricky, doc.Descendants(Domain + "pw").Single().Value);
        Assert.Equal("R&<\"'>", doc.Descendants(Domain + "registrant").Single().Value);
        Assert.Equal("ns&1.example", doc.Descendants(Domain + "hostObj").Single().Value);
        Assert.Equal("RRPGW-&<>", doc.Descendants(Epp + "clTRID").Single().Value);
    }

    [Fact]
    public void Restore_report_times_are_written_in_UTC()
    {
        var report = new RgpRestoreReport("pre", "post", new DateTimeOffset(2025, 3, 1, 18, 45, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2025, 3, 14, 13, 0, 0, 500, TimeSpan.Zero), "why", "s1", "s2");

        using var frame = EppCommandWriter.Write(new RgpRestoreReportCommand("example.com", report), "RRPGW-1");
        var doc = EppXmlAssert.Parse(Encoding.UTF8.GetString(frame.Payload.Span));
        XNamespace rgp = EppNamespaces.Rgp;

        Assert.Equal("2025-03-01T16:45:00Z", doc.Descendants(rgp + "delTime").Single().Value);
        Assert.Equal("2025-03-14T13:00:00.5Z", doc.Descendants(rgp + "resTime").Single().Value);
        Assert.Equal(2, doc.Descendants(rgp + "statement").Count());
    }

    [Fact]
    public void Invalid_commands_are_refused_with_every_problem_named_and_no_secret_shown()
    {
        var command = new LoginCommand("ab", "Zq9!x", [], [], NewPassword: "Yw8#vTooLongForEpp!!");

        var e = Assert.Throws<ArgumentException>(() => EppCommandWriter.Write(command, "RRPGW-1"));

        Assert.Contains("ClientId", e.Message, StringComparison.Ordinal);
        Assert.Contains("Password", e.Message, StringComparison.Ordinal);
        Assert.Contains("NewPassword", e.Message, StringComparison.Ordinal);
        Assert.Contains("ObjectUris", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zq9!x", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Yw8#v", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_with_a_character_XML_cannot_carry_is_refused_without_showing_it()
    {
        var command = new DomainCreateCommand("example.com", "Zq9\u0001x-secret");

        var e = Assert.Throws<ArgumentException>(() => EppCommandWriter.Write(command, "RRPGW-1"));

        Assert.DoesNotContain("Zq9", e.ToString(), StringComparison.Ordinal);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void A_frame_refused_half_way_leaves_nothing_behind_for_the_next_frame()
    {
        var check = new DomainCheckCommand(["example.com", "example.net"]);
        byte[] before;
        using (var first = EppCommandWriter.Write(check, "RRPGW-1"))
        {
            before = first.Payload.ToArray();
        }

        // The secret's bad character stops the writer after it has written part of the create frame.
        Assert.Throws<ArgumentException>(() => EppCommandWriter.Write(new DomainCreateCommand("example.com", "Zq9\u0001x-secret"), "RRPGW-2"));
        using var after = EppCommandWriter.Write(check, "RRPGW-1");

        Assert.Equal(before, after.Payload.ToArray());
        Assert.True(EppSchemaValidator.Validate(after.Payload).IsValid);
    }

    [Fact]
    public void Each_frame_owns_its_bytes_while_later_frames_are_written()
    {
        using var first = EppCommandWriter.Write(new DomainInfoCommand("example.com"), "RRPGW-1");
        var copy = first.Payload.ToArray();

        using var second = EppCommandWriter.Write(new HostCheckCommand(["ns1.example.com"]), "RRPGW-2");
        using var hello = EppCommandWriter.WriteHello();

        Assert.Equal(copy, first.Payload.ToArray());
        Assert.Single(XDocument.Parse(Encoding.UTF8.GetString(first.Payload.Span)).Descendants(Domain + "info"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><epp ", Encoding.UTF8.GetString(second.Payload.Span), StringComparison.Ordinal);
        Assert.True(EppSchemaValidator.Validate(second.Payload).IsValid);
        Assert.True(EppSchemaValidator.Validate(hello.Payload).IsValid);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData(" abc")]
    [InlineData("abc ")]
    [InlineData("a  bc")]
    [InlineData("a\tbc")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public void Invalid_clTRIDs_are_refused(string clTrid)
    {
        Assert.Throws<ArgumentException>(() => EppCommandWriter.Write(new LogoutCommand(), clTrid));
    }

    [Fact]
    public void Shape_rules_the_schema_cannot_express_are_checked()
    {
        Assert.NotEmpty(EppCommandWriter.Check(new DomainUpdateCommand("example.com")));
        Assert.NotEmpty(EppCommandWriter.Check(new HostUpdateCommand("ns1.example.com")));
        Assert.NotEmpty(EppCommandWriter.Check(DomainTransferCommand.Approve("example.com") with { Period = EppPeriod.Years(1) }));
        Assert.NotEmpty(EppCommandWriter.Check(new DomainUpdateCommand("example.com") { Change = new DomainChange { AuthInfo = "x", RemoveAuthInfo = true } }));
        Assert.NotEmpty(EppCommandWriter.Check(new DomainCheckCommand([])));
        Assert.NotEmpty(EppCommandWriter.Check(new DomainCreateCommand("example.com", "pw") { Period = default(EppPeriod) }));
        Assert.NotEmpty(EppCommandWriter.Check(new HostUpdateCommand("ns1.example.com") { Add = new HostUpdateSet() }));
        Assert.Throws<ArgumentOutOfRangeException>(() => EppPeriod.Years(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => EppPeriod.Months(0));
    }

    [Theory]
    [InlineData("domain check one", EppCommandKind.DomainCheck, EppCommandCategory.Query, "example.com")]
    [InlineData("domain info", EppCommandKind.DomainInfo, EppCommandCategory.Query, "example.com")]
    [InlineData("domain create minimal", EppCommandKind.DomainCreate, EppCommandCategory.Transform, "example-free.com")]
    [InlineData("domain transfer query", EppCommandKind.DomainTransferQuery, EppCommandCategory.Query, "example.net")]
    [InlineData("domain transfer request", EppCommandKind.DomainTransferRequest, EppCommandCategory.Transform, "example.net")]
    [InlineData("domain transfer cancel", EppCommandKind.DomainTransferCancel, EppCommandCategory.Transform, "example.net")]
    [InlineData("poll ack", EppCommandKind.PollAck, EppCommandCategory.Query, "MSG-1001")]
    [InlineData("login", EppCommandKind.Login, EppCommandCategory.Session, "RegistrarA")]
    [InlineData("rgp restore request", EppCommandKind.RgpRestoreRequest, EppCommandCategory.Transform, "example-deleted.com")]
    [InlineData("host update rename", EppCommandKind.HostUpdate, EppCommandCategory.Transform, "ns9.example.com")]
    public void Commands_know_their_kind_category_and_object(string name, EppCommandKind kind, EppCommandCategory category, string objectName)
    {
        var command = Catalog(name);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(category, command.Category);
        Assert.Equal(category == EppCommandCategory.Transform, command.IsTransform);
        Assert.Equal(objectName, command.ObjectName);
    }

    [Fact]
    public void Host_addresses_take_their_version_from_the_address()
    {
        Assert.Equal(EppIpVersion.V6, HostAddress.Parse("2001:db8::1").Version);
        Assert.Equal(EppIpVersion.V4, HostAddress.Parse("192.0.2.1").Version);
        Assert.Equal(EppIpVersion.V6, HostAddress.From(System.Net.IPAddress.IPv6Loopback).Version);
        Assert.Throws<FormatException>(() => HostAddress.Parse("not-an-address"));
    }
}
