using System.Text;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Each malformed request gets the code of reference §5.3's order, whole, byte by byte and line by line.</summary>
public sealed class ErrorCodeTests
{
    public static TheoryData<string> Names() => [.. ErrorCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Parser_answers_the_expected_code(string name)
    {
        var c = ErrorCases.Named(name);
        var result = RrpRequestParser.Parse(Wire.Request(c.Lines), c.Options);
        Assert.False(result.IsSuccess, $"parsed as {result.Request}");
        Assert.Equal((RrpResponseCode)c.Code, result.ErrorCode);
        Assert.Equal(c.Command, result.Command);
        Assert.False(string.IsNullOrWhiteSpace(result.ErrorDetail));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Framed_request_answers_the_same_code_however_it_arrives(string name)
    {
        var c = ErrorCases.Named(name);
        var wire = Wire.Bytes(Wire.Request(c.Lines));
        foreach (var chunks in Feeding.AllWays(wire))
        {
            await using var reader = RrpFrameReader.Create(new ChunkedStream(chunks));
            var read = await reader.ReadRequestAsync(c.Options);
            Assert.Equal(RrpFrameKind.Message, read.Kind);
            Assert.Equal((RrpResponseCode)c.Code, read.Parse.ErrorCode);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Code_is_one_the_command_may_return(string name)
    {
        var c = ErrorCases.Named(name);
        var result = RrpRequestParser.Parse(Wire.Request(c.Lines), c.Options);
        var version = c.Version == "1.1.0" ? RrpVersion.V1_1_0 : RrpVersion.V2_0_0;
        Assert.True(((RrpResponseCode)c.Code).IsDefinedIn(version));
        if (result.Command is { } command)
        {
            Assert.True(RrpResponseCodes.IsAllowed(command, version, result.ErrorCode!.Value), $"{result.ErrorCode} is not on {command}'s list");
        }
        else
        {
            Assert.Contains(result.ErrorCode, new RrpResponseCode?[] { RrpResponseCode.InvalidCommandName, RrpResponseCode.InvalidCommandFormat });
        }
    }

    [Fact]
    public void Every_command_reaches_each_of_its_request_error_codes_and_no_other()
    {
        // Per command: the codes the cases reach must equal the request-error codes the command's list allows.
        var reached = ErrorCases.All.Where(c => c.Command is not null)
            .GroupBy(c => c.Command!.Value)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Code).ToHashSet());
        int[] codecCodes = [501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 540, 541, 542];
        var expected = new Dictionary<RrpCommand, int[]>
        {
            [RrpCommand.Add] = [502, 503, 504, 505, 507, 508, 510, 540, 541],
            [RrpCommand.Check] = [502, 503, 504, 505, 507, 508, 541],
            [RrpCommand.Del] = [502, 503, 504, 505, 507, 508, 541],
            [RrpCommand.Describe] = [501, 506, 507],
            [RrpCommand.Mod] = [502, 503, 504, 505, 507, 508, 510, 540, 541, 542],
            [RrpCommand.Quit] = [507],
            [RrpCommand.Renew] = [502, 503, 504, 505, 507, 508, 541],
            [RrpCommand.Session] = [501, 506, 507, 509],
            [RrpCommand.Status] = [501, 502, 503, 504, 505, 507, 508, 541],
            [RrpCommand.Transfer] = [501, 502, 503, 504, 505, 506, 507, 508, 541],
            [RrpCommand.Restore] = [502, 503, 504, 505, 507, 508, 541],
        };

        // Listed codes the codec cannot reach by design: nothing in the request can cause them.
        var unreachable = new HashSet<(RrpCommand, int)>
        {
            (RrpCommand.Describe, 509), // DESCRIBE has no required option
            (RrpCommand.Session, 508),  // SESSION has no entity block
            (RrpCommand.Status, 506),   // STATUS defines no option, so no option value
        };

        foreach (var command in Enum.GetValues<RrpCommand>())
        {
            Assert.Equal(expected[command].Order(), reached[command].Order());
            foreach (var code in codecCodes.Where(c => RrpResponseCodes.IsAllowed(command, RrpVersion.V2_0_0, (RrpResponseCode)c)))
            {
                Assert.True(expected[command].Contains(code) || unreachable.Contains((command, code)), $"{command} lists {code} but no case reaches it");
            }
        }
    }

    [Fact]
    public void Errors_that_precede_the_session_check_are_only_507_and_500()
    {
        foreach (var c in ErrorCases.All)
        {
            var result = RrpRequestParser.Parse(Wire.Request(c.Lines), c.Options);
            if (result.PrecedesSessionCheck)
            {
                Assert.Contains(result.ErrorCode!.Value, new[] { RrpResponseCode.InvalidCommandFormat, RrpResponseCode.InvalidCommandName });
                Assert.Equal(result.ErrorCode, result.ResolveCode(commandAllowedInState: false));
            }
            else
            {
                Assert.Equal(RrpResponseCode.InvalidCommandSequence, result.ResolveCode(commandAllowedInState: false));
                Assert.Equal(result.ErrorCode, result.ResolveCode(commandAllowedInState: true));
            }
        }
    }

    [Fact]
    public void Error_details_never_echo_a_value_from_the_request()
    {
        foreach (var c in ErrorCases.All)
        {
            var result = RrpRequestParser.Parse(Wire.Request(c.Lines), c.Options);
            foreach (var line in c.Lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var value = colon < 0 ? line : line[(colon + 1)..];
                if (value.Length >= 4 && value.Trim() is not ("Domain" or "NameServer" or "Protocol"))
                {
                    Assert.DoesNotContain(value, result.ErrorDetail, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public void The_same_request_in_another_line_order_gets_the_same_code()
    {
        var random = new Random(2832);
        foreach (var c in ErrorCases.All.Where(c => c.Lines.Length > 2 && c.Lines.All(l => !l.Contains('\r', StringComparison.Ordinal))))
        {
            var expected = RrpRequestParser.Parse(Wire.Request(c.Lines), c.Options).ErrorCode;
            for (var i = 0; i < 5; i++)
            {
                var shuffled = c.Lines.Skip(1).ToArray();
                random.Shuffle(shuffled);
                var reordered = RrpRequestParser.Parse(Wire.Request([c.Lines[0], .. shuffled]), c.Options).ErrorCode;
                Assert.True(expected == reordered, $"{c.Name}: {expected} vs {reordered} for {string.Join(" | ", shuffled)}");
            }
        }
    }

    [Fact]
    public void Utf8_text_in_a_request_is_garbled_input()
    {
        var result = RrpRequestParser.Parse(Encoding.UTF8.GetBytes(Wire.Request("check", "EntityName:Domain", "DomainName:bücher.com")), Wire.V2);
        Assert.Equal(RrpResponseCode.InvalidCommandFormat, result.ErrorCode);
        Assert.True(result.PrecedesSessionCheck);
    }
}
