using System.Text;
using CsCheck;
using Rrp2Epp.TestKit.Rrp;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>
/// Random bytes and mutations of valid requests: the codec never throws and always yields a defined RRP code that
/// the command may return, or a request that writes and parses back to itself. Seeded, so a failure reproduces.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20031103;
    private static readonly RrpParserOptions[] Options = [RrpParserOptions.V1_1_0, RrpParserOptions.Default, new() { AcceptAuthInfo = true }, new() { AcceptRestore = false }];
    private static readonly string[] Tokens =
    [
        "add", "check", "del", "describe", "mod", "quit", "renew", "session", "status", "transfer", "restore", "EntityName:", "Domain", "NameServer",
        "DomainName:", "NameServer:", "NewNameServer:", "IPAddress:", "Status:", "AuthInfo:", "-Period:", "-CurrentExpirationYear:", "-Id:",
        "-Password:", "-NewPassword:", "-Target:", "Protocol", "-Approve:", "Yes", "No", "example.com", "ns1.example.com", "xn--", "192.0.2.1",
        "2001:db8::1", "::", "REGISTRAR-LOCK", "=", ":", ".", "-", " ", "\r\n", "\n", "\r", "\t", "\0", "9", "99", "2001", "\u00ff",
    ];

    [Fact]
    public void The_parser_survives_100000_random_and_mutated_requests()
    {
        var random = new Random(Seed);
        var seeds = ValidRequests(random).ToList();
        var outcomes = new Dictionary<int, int>();
        for (var i = 0; i < 100_000; i++)
        {
            var input = (i % 4) switch
            {
                0 => RandomBytes(random),
                1 => RandomTokens(random),
                _ => Mutate(random, seeds[random.Next(seeds.Count)]),
            };
            var options = Options[random.Next(Options.Length)];
            var code = Check(input, options, i);
            outcomes[code] = outcomes.GetValueOrDefault(code) + 1;
        }

        // The mix must reach successes and most request-error codes, or the fuzzing is not exercising the parser.
        Assert.True(outcomes.GetValueOrDefault(0) > 1000, "too few successes");
        foreach (var code in new[] { 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 541 })
        {
            Assert.True(outcomes.GetValueOrDefault(code) > 0, $"no input produced {code}");
        }
    }

    [Fact]
    public async Task The_framer_survives_random_input_cut_at_random_points()
    {
        var random = new Random(Seed + 1);
        var seeds = ValidRequests(random).ToList();
        var limits = new RrpLimits { MaxLineBytes = 256, MaxLinesPerMessage = 32, MaxMessageBytes = 2048, MaxDiscardBytes = 4096 };
        for (var i = 0; i < 2000; i++)
        {
            var input = Enumerable.Range(0, random.Next(1, 6))
                .SelectMany(_ => random.Next(3) == 0 ? RandomBytes(random, 3000) : Mutate(random, seeds[random.Next(seeds.Count)]))
                .ToArray();
            var chunks = new List<byte[]>();
            for (var at = 0; at < input.Length;)
            {
                var size = Math.Min(input.Length - at, random.Next(1, 64));
                chunks.Add(input[at..(at + size)]);
                at += size;
            }

            await using var reader = RrpFrameReader.Create(new ChunkedStream(chunks), limits);
            for (var frames = 0; ; frames++)
            {
                Assert.True(frames < 1000, $"case {i}: the framer does not make progress");
                var read = await reader.ReadRequestAsync(Options[i % Options.Length]);
                if (read.Kind == RrpFrameKind.Message)
                {
                    CheckResult(read.Parse, Options[i % Options.Length], i);
                }
                else if (read.Kind is RrpFrameKind.OverLimit or RrpFrameKind.Garbage)
                {
                    Assert.NotNull(read.ImmediateResponse);
                }

                if (read.Kind is RrpFrameKind.EndOfStream or RrpFrameKind.Garbage)
                {
                    break;
                }
            }
        }
    }

    [Fact]
    public void The_response_and_banner_parsers_survive_random_and_mutated_input()
    {
        var random = new Random(Seed + 2);
        var seeds = RrpTranscripts.All.Select(t => Encoding.ASCII.GetBytes(t.ServerWire)).Append(Encoding.ASCII.GetBytes(RrpTranscripts.RfcBanner.ServerWire)).ToList();
        for (var i = 0; i < 20_000; i++)
        {
            var input = i % 2 == 0 ? RandomBytes(random) : Mutate(random, seeds[random.Next(seeds.Count)]);
            var response = RrpResponseParser.ParseResponse(input);
            Assert.True(response.IsSuccess ^ (response.Error is not null));
            if (response.IsSuccess)
            {
                Assert.True(response.Value!.Code.IsDefined());
                Assert.Equal(response.Value, RrpResponseParser.ParseResponse(RrpResponseWriter.ToBytes(response.Value)).Value);
            }

            var banner = RrpResponseParser.ParseBanner(input);
            Assert.True(banner.IsSuccess ^ (banner.Error is not null));
        }
    }

    private static int Check(byte[] input, RrpParserOptions options, int index)
    {
        RrpParseResult result;
        try
        {
            result = RrpRequestParser.Parse(input, options);
        }
        catch (Exception e)
        {
            Assert.Fail($"case {index} threw {e.GetType().Name}: {Convert.ToBase64String(input)}");
            throw;
        }

        CheckResult(result, options, index);
        return result.IsSuccess ? 0 : (int)result.ErrorCode!.Value;
    }

    private static void CheckResult(RrpParseResult result, RrpParserOptions options, int index)
    {
        if (result.IsSuccess)
        {
            Assert.Equal(result.Request!.Command, result.Command);
            Assert.Null(result.ErrorCode);
            var again = RrpRequestParser.Parse(RrpRequestWriter.ToBytes(result.Request), options);
            Assert.True(result.Request.Equals(again.Request), $"case {index}: {result.Request} re-parsed as {again}");
            return;
        }

        var code = result.ErrorCode!.Value;
        Assert.True(code.IsDefinedIn(options.Version), $"case {index}: {code} is not an RRP {options.Version.ToText()} code");
        Assert.False(string.IsNullOrEmpty(result.ErrorDetail));
        if (result.Command is { } command)
        {
            Assert.True(RrpResponseCodes.IsAllowed(command, options.Version, code), $"case {index}: {command} may not answer {(int)code}");
        }
        else
        {
            Assert.True(code is RrpResponseCode.InvalidCommandName or RrpResponseCode.InvalidCommandFormat, $"case {index}: {code} without a command");
            Assert.True(result.PrecedesSessionCheck);
        }
    }

    private static IEnumerable<byte[]> ValidRequests(Random random)
    {
        foreach (var transcript in RrpTranscripts.All)
        {
            yield return Encoding.ASCII.GetBytes(transcript.ClientWire);
        }

        foreach (var request in Generators.Request.Array[200].Single(_ => true, random.Next().ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + "00000"))
        {
            yield return RrpRequestWriter.ToBytes(request);
        }
    }

    private static byte[] RandomBytes(Random random, int max = 200)
    {
        var bytes = new byte[random.Next(max)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] RandomTokens(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 30); n > 0; n--)
        {
            text.Append(Tokens[random.Next(Tokens.Length)]);
        }

        return Encoding.Latin1.GetBytes(text.ToString());
    }

    private static byte[] Mutate(Random random, byte[] valid)
    {
        var bytes = new List<byte>(valid);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(9))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.InsertRange(at, Encoding.Latin1.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5:
                    var lines = Encoding.Latin1.GetString([.. bytes]).Split('\n').ToList();
                    var line = lines[random.Next(lines.Count)];
                    lines.Insert(random.Next(lines.Count), line);
                    bytes = [.. Encoding.Latin1.GetBytes(string.Join('\n', lines))];
                    break;
                case 6:
                    var shuffled = Encoding.Latin1.GetString([.. bytes]).Split('\n');
                    random.Shuffle(shuffled.AsSpan(1));
                    bytes = [.. Encoding.Latin1.GetBytes(string.Join('\n', shuffled))];
                    break;
                case 7 when bytes.Count > 0:
                    bytes[at] = (byte)(char.IsAsciiLetterLower((char)bytes[at]) ? bytes[at] - 32 : bytes[at]);
                    break;
                default:
                    bytes.InsertRange(at, "\r\n"u8.ToArray());
                    break;
            }
        }

        return [.. bytes];
    }
}
