using System.Net.Sockets;
using System.Text;
using CsCheck;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Write → parse round trips of random valid requests and responses (CsCheck).</summary>
public sealed class PropertyTests
{
    private static readonly RrpParserOptions Everything = new() { AcceptAuthInfo = true };

    [Fact]
    public void Written_requests_parse_back_to_the_same_request()
    {
        Generators.Request.Sample(request =>
        {
            var result = RrpRequestParser.Parse(RrpRequestWriter.ToBytes(request), Everything);
            Assert.True(result.IsSuccess, $"{result} for {RrpRequestWriter.WriteToString(request)}");
            Assert.Equal(request, result.Request);
        }, iter: 3000);
    }

    [Fact]
    public void Requests_without_IPv6_round_trip_on_1_1_0_too()
    {
        Generators.Request
            .Where(r => !UsesIPv6(r) && r is not TransferRequest { AuthInfo: not null })
            .Sample(request => Assert.Equal(request, RrpRequestParser.Parse(RrpRequestWriter.ToBytes(request), RrpParserOptions.V1_1_0).Request), iter: 1000);
    }

    [Fact]
    public void Real_client_styles_of_a_written_request_parse_the_same()
    {
        // Net::DRI upper-cases values, Net::RRP shuffles lines, the Java SDK capitalises; some send LF only or pad lines.
        Gen.Select(Generators.Request, Gen.Int, Gen.Bool, Gen.Bool, Gen.Bool).Sample((request, seed, upper, lf, pad) =>
        {
            var random = new Random(seed);
            var lines = RrpRequestWriter.WriteToString(request).Split("\r\n")[..^2];
            var body = lines[1..];
            random.Shuffle(body);
            KeepOrderOfRepeatedNames(body, lines[1..]);
            var styled = new List<string> { random.Next(2) == 0 ? lines[0].ToUpperInvariant() : char.ToUpperInvariant(lines[0][0]) + lines[0][1..] };
            foreach (var line in body)
            {
                var secret = line.StartsWith("-Password:", StringComparison.Ordinal) || line.StartsWith("-NewPassword:", StringComparison.Ordinal)
                    || line.StartsWith("AuthInfo:", StringComparison.Ordinal) || line.StartsWith("-Id:", StringComparison.Ordinal);
                var styledLine = upper && !secret ? line.ToUpperInvariant() : line;
                styled.Add(pad && !secret ? styledLine + "  " : styledLine);
                if (pad && random.Next(4) == 0)
                {
                    styled.Add(string.Empty);
                }
            }

            var eol = lf ? "\n" : "\r\n";
            var text = string.Concat(styled.Select(l => l + eol)) + "." + eol;
            var result = RrpRequestParser.Parse(text, Everything);
            Assert.True(request.Equals(result.Request), $"{result} for {text}");
        }, iter: 2000);
    }

    [Fact]
    public void Written_responses_parse_back_to_the_same_response()
    {
        Generators.Response.Sample(response =>
        {
            var bytes = RrpResponseWriter.ToBytes(response);
            var read = RrpResponseParser.ParseResponse(bytes);
            Assert.True(read.IsSuccess, read.Error);
            Assert.Equal(response, read.Value);
            Assert.Equal(bytes, RrpResponseWriter.ToBytes(read.Value!));
        }, iter: 3000);
    }

    [Fact]
    public async Task Written_responses_frame_and_parse_back_in_one_stream()
    {
        var responses = Generators.Response.Array[1, 30].Single(r => r.Length > 20, "0000000000000");
        var wire = responses.SelectMany(RrpResponseWriter.ToBytes).ToArray();
        await using var reader = RrpFrameReader.Create(new ChunkedStream(Feeding.ByteByByte(wire)), new RrpLimits { MaxLinesPerMessage = 64 });
        foreach (var response in responses)
        {
            Assert.Equal(response, (await reader.ReadResponseAsync()).Value);
        }

        Assert.True((await reader.ReadResponseAsync()).IsEndOfStream);
    }

    [Fact]
    public void Banners_round_trip()
    {
        Gen.Select(Gen.Char['!', '~'].Select(Gen.Char[' ', '~'].Array[0, 30], (f, r) => f + new string(r)), Gen.Int[0, 99].Array[3], Gen.Char[' ', '~'].Array[1, 40])
            .Where((name, _, date) => !name.Contains(RrpBanner.Marker, StringComparison.Ordinal) && new string(date).Trim().Length > 0 && new string(date).Trim() != ".")
            .Sample((name, version, date) =>
            {
                var banner = new RrpBanner(name, string.Join('.', version), new string(date));
                var read = RrpResponseParser.ParseBanner(RrpResponseWriter.WriteToString(banner));
                Assert.True(read.IsSuccess, read.Error);
                Assert.Equal(banner, read.Value);
            }, iter: 1000);
    }

    [Fact]
    public void Time_stamps_read_back_to_the_text_they_came_from()
    {
        Gen.Long[DateTimeOffset.Parse("1900-01-01Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds(), DateTimeOffset.Parse("2200-01-01Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds()]
            .Select(DateTimeOffset.FromUnixTimeSeconds)
            .Sample(instant =>
            {
                var text = RrpTimestamp.Format(instant, Zones.NewYork);
                Assert.True(RrpTimestamp.TryParse(text, Zones.NewYork, out var parsed), text);
                Assert.Equal(text, RrpTimestamp.Format(parsed, Zones.NewYork));
                Assert.True(parsed == instant || Zones.NewYork.IsAmbiguousTime(parsed), $"{text}: {parsed} vs {instant}");
            }, iter: 3000);
    }

    [Fact]
    public void Request_text_of_every_generated_request_is_printable_ascii_with_crlf()
    {
        Generators.Request.Sample(request =>
        {
            var text = RrpRequestWriter.WriteToString(request);
            Assert.EndsWith("\r\n.\r\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
            Assert.True(Encoding.ASCII.GetByteCount(text) == text.Length);
        }, iter: 1000);
    }

    // Lines of a multi-valued attribute keep their relative order (it is the list's order); the rest is shuffled.
    private static void KeepOrderOfRepeatedNames(string[] shuffled, string[] original)
    {
        static string Name(string line) => line[..line.IndexOf(':', StringComparison.Ordinal)];
        var queues = original.GroupBy(Name).ToDictionary(g => g.Key, g => new Queue<string>(g));
        for (var i = 0; i < shuffled.Length; i++)
        {
            shuffled[i] = queues[Name(shuffled[i])].Dequeue();
        }
    }

    private static bool UsesIPv6(RrpRequest request) => request switch
    {
        AddNameServerRequest r => r.Addresses.Any(a => a.AddressFamily == AddressFamily.InterNetworkV6),
        ModNameServerRequest r => r.Addresses.Any(e => (e.Old ?? e.New)!.AddressFamily == AddressFamily.InterNetworkV6 || e.New?.AddressFamily == AddressFamily.InterNetworkV6),
        _ => false,
    };
}
