namespace Rrp2Epp.Rrp.Tests;

/// <summary>The 46 codes, their exact RFC texts, versions, closing codes and per-command lists.</summary>
public sealed class ResponseCodeTests
{
    // Typed from RFC 2832 §5.1 and RFC 3632 §2.1, independently of the codec's table.
    private static readonly Dictionary<int, string> RfcTexts = new()
    {
        [200] = "Command completed successfully", [210] = "Domain name available", [211] = "Domain name not available",
        [212] = "Name server available", [213] = "Name server not available",
        [220] = "Command completed successfully. Server closing connection",
        [420] = "Command failed due to server error. Server closing connection",
        [421] = "Command failed due to server error. Client should try again",
        [500] = "Invalid command name", [501] = "Invalid command option", [502] = "Invalid entity value", [503] = "Invalid attribute name",
        [504] = "Missing required attribute", [505] = "Invalid attribute value syntax", [506] = "Invalid option value",
        [507] = "Invalid command format", [508] = "Missing required entity", [509] = "Missing command option", [510] = "Invalid encoding",
        [520] = "Server closing connection. Client should try opening new connection",
        [521] = "Too many sessions open. Server closing connection", [530] = "Authentication failed", [531] = "Authorization failed",
        [532] = "Domain names linked with name server", [533] = "Domain name has active name servers",
        [534] = "Domain name has not been flagged for transfer", [535] = "Restricted IP address", [536] = "Domain already flagged for transfer",
        [540] = "Attribute value is not unique", [541] = "Invalid attribute value", [542] = "Invalid old value for an attribute",
        [543] = "Final or implicit attribute cannot be updated", [544] = "Entity on hold", [545] = "Entity reference not found",
        [546] = "Credit limit exceeded", [547] = "Invalid command sequence", [548] = "Domain is not up for renewal", [549] = "Command failed",
        [550] = "Parent domain not registered", [551] = "Parent domain status does not allow for operation",
        [552] = "Domain status does not allow for operation", [553] = "Operation not allowed. Domain pending transfer",
        [554] = "Domain already registered", [555] = "Domain already renewed", [556] = "Maximum registration period exceeded",
        [557] = "Name server locked",
    };

    [Fact]
    public void There_are_exactly_the_46_RFC_codes_with_their_exact_texts()
    {
        Assert.Equal(46, RrpResponseCodes.All.Count);
        Assert.Equal(RfcTexts.Keys.Order(), RrpResponseCodes.All.Select(c => (int)c));
        foreach (var code in RrpResponseCodes.All)
        {
            Assert.Equal(RfcTexts[(int)code], code.Text());
            Assert.True(code.IsDefined());
        }
    }

    [Fact]
    public void Every_code_is_written_with_its_text_and_nothing_else()
    {
        foreach (var code in RrpResponseCodes.All.Where(c => c != RrpResponseCode.ServerClosingConnection))
        {
            Assert.Equal($"{(int)code} {RfcTexts[(int)code]}\r\n.\r\n", RrpResponseWriter.WriteToString(RrpResponse.Of(code)));
        }
    }

    [Fact]
    public void Codes_510_and_557_exist_only_in_2_0_0()
    {
        foreach (var code in RrpResponseCodes.All)
        {
            Assert.True(code.IsDefinedIn(RrpVersion.V2_0_0));
            Assert.Equal(code is not (RrpResponseCode.InvalidEncoding or RrpResponseCode.NameServerLocked), code.IsDefinedIn(RrpVersion.V1_1_0));
        }
    }

    [Fact]
    public void Only_220_420_520_and_521_close_the_connection()
    {
        Assert.Equal([220, 420, 520, 521], RrpResponseCodes.All.Where(c => c.ClosesConnection()).Select(c => (int)c));
    }

    [Fact]
    public void Undefined_numbers_are_not_codes()
    {
        foreach (var number in new[] { 0, 199, 201, 300, 511, 519, 522, 537, 539, 558, 999 })
        {
            Assert.False(((RrpResponseCode)number).IsDefined());
            Assert.Throws<ArgumentOutOfRangeException>(() => ((RrpResponseCode)number).Text());
        }

        Assert.True(RrpResponseCodes.TryParse("213"u8, out var parsed));
        Assert.Equal(RrpResponseCode.NameServerNotAvailable, parsed);
        Assert.False(RrpResponseCodes.TryParse("511"u8, out _));
        Assert.False(RrpResponseCodes.TryParse("2x0"u8, out _));
        Assert.False(RrpResponseCodes.TryParse("2000"u8, out _));
    }

    [Theory]
    [InlineData(RrpCommand.Add, "200 220 420 421 500 502 503 504 505 507 508 520 531 535 540 541 545 546 547 549 550 554", "510")]
    [InlineData(RrpCommand.Check, "210 211 212 213 220 420 421 500 502 503 504 505 507 508 520 541 547 549", "")]
    [InlineData(RrpCommand.Del, "200 220 420 421 500 502 503 504 505 507 508 520 531 532 533 541 544 545 547 549 551 552 553", "557")]
    [InlineData(RrpCommand.Describe, "200 220 420 421 500 501 506 507 509 520 547 549", "")]
    [InlineData(RrpCommand.Mod, "200 220 420 421 500 502 503 504 505 507 508 520 531 535 540 541 542 543 544 545 547 549 550 551 552 553", "510 557")]
    [InlineData(RrpCommand.Quit, "220 420 421 500 507 520 547 549", "")]
    [InlineData(RrpCommand.Renew, "200 220 420 421 500 502 503 504 505 507 508 520 531 541 545 546 547 548 549 552 553 555 556", "")]
    [InlineData(RrpCommand.Session, "200 220 420 421 500 501 506 507 508 509 520 521 530 531 547 549", "")]
    [InlineData(RrpCommand.Status, "200 220 420 421 500 501 502 503 504 505 506 507 508 520 531 541 545 547 549", "")]
    [InlineData(RrpCommand.Transfer, "200 220 420 421 500 501 502 503 504 505 506 507 508 520 531 534 536 541 544 545 546 547 549 552 553", "")]
    [InlineData(RrpCommand.Restore, "200 220 420 421 500 502 503 504 505 507 508 520 531 541 545 546 547 549 552", "")]
    public void Each_command_allows_exactly_its_RFC_list(RrpCommand command, string v1, string v2Extra)
    {
        static int[] Codes(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
        Assert.Equal(Codes(v1), RrpResponseCodes.AllowedFor(command, RrpVersion.V1_1_0).Select(c => (int)c).Order());
        Assert.Equal(Codes(v1).Concat(Codes(v2Extra)).Order(), RrpResponseCodes.AllowedFor(command, RrpVersion.V2_0_0).Select(c => (int)c).Order());
        Assert.True(RrpResponseCodes.IsAllowed(command, RrpVersion.V2_0_0, RrpResponseCode.CommandFailed));
        Assert.False(RrpResponseCodes.IsAllowed(command, RrpVersion.V1_1_0, RrpResponseCode.InvalidEncoding));
    }

    [Fact]
    public void Every_list_holds_the_codes_any_command_can_meet()
    {
        foreach (var command in Enum.GetValues<RrpCommand>())
        {
            foreach (var code in new[] { 420, 421, 500, 507, 520, 547, 549 })
            {
                Assert.True(RrpResponseCodes.IsAllowed(command, RrpVersion.V1_1_0, (RrpResponseCode)code), $"{command} {code}");
            }
        }
    }

    [Fact]
    public void Versions_convert_to_and_from_text()
    {
        Assert.Equal("1.1.0", RrpVersion.V1_1_0.ToText());
        Assert.Equal("RRP 2.0.0", RrpVersion.V2_0_0.ToProtocolText());
        Assert.True(RrpVersions.TryParse("RRP 1.1.0", out var v1));
        Assert.Equal(RrpVersion.V1_1_0, v1);
        Assert.True(RrpVersions.TryParse("2.0.0", out var v2));
        Assert.Equal(RrpVersion.V2_0_0, v2);
        Assert.False(RrpVersions.TryParse("3.0.0", out _));
    }

    [Fact]
    public void Status_words_parse_ignoring_case_and_print_upper_case_in_a_fixed_order()
    {
        Assert.Equal(
            ["ACTIVE", "REGISTRY-LOCK", "REGISTRY-HOLD", "REGISTRAR-HOLD", "REGISTRAR-LOCK", "REGISTRY-DELETE-NOTIFY", "PENDINGTRANSFER", "REDEMPTIONPERIOD", "PENDINGRESTORE", "PENDINGDELETE"],
            Enum.GetValues<RrpStatus>().Select(s => s.ToWireText()));
        foreach (var status in Enum.GetValues<RrpStatus>())
        {
            Assert.True(RrpStatuses.TryParse(status.ToWireText().ToLowerInvariant(), out var parsed));
            Assert.Equal(status, parsed);
        }

        Assert.True(RrpStatuses.TryParse("Registry-Delete-Notify", out var notify));
        Assert.Equal(RrpStatus.RegistryDeleteNotify, notify);
        Assert.False(RrpStatuses.TryParse("REGISTRAR LOCK", out _));
        Assert.Equal([RrpStatus.RegistrarHold, RrpStatus.RegistrarLock], Enum.GetValues<RrpStatus>().Where(s => s.IsRegistrarSettable()));
        Assert.Equal(6, Enum.GetValues<RrpStatus>().Count(s => s.IsRfcStatus()));
    }
}
