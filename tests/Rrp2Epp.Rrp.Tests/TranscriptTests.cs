using System.IO.Pipelines;
using System.Text;
using Rrp2Epp.TestKit.Rrp;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Every shared transcript: the request parses to its model, and the response reads and re-writes byte for byte.</summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Names() => [.. RrpTranscripts.All.Select(t => t.Name)];

    [Fact]
    public void Every_transcript_has_an_expected_request()
    {
        Assert.Equal(RrpTranscripts.All.Select(t => t.Name).Order(StringComparer.Ordinal), ExpectedRequests.ByTranscript.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Request_parses_to_the_expected_model(string name)
    {
        var transcript = RrpTranscripts.Named(name);
        var result = RrpRequestParser.Parse(transcript.ClientWire, Wire.Options(transcript.Version));
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ExpectedRequests.ByTranscript[name], result.Request);
        Assert.Equal(result.Request!.Command, result.Command);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Request_is_framed_and_parsed_the_same_whole_byte_by_byte_and_line_by_line(string name)
    {
        var transcript = RrpTranscripts.Named(name);
        var expected = ExpectedRequests.ByTranscript[name];
        var wire = Encoding.ASCII.GetBytes(transcript.ClientWire);
        foreach (var chunks in Feeding.AllWays(wire))
        {
            await using var reader = RrpFrameReader.Create(new ChunkedStream(chunks));
            var read = await reader.ReadRequestAsync(Wire.Options(transcript.Version));
            Assert.Equal(RrpFrameKind.Message, read.Kind);
            Assert.Equal(expected, read.Parse.Request);
            Assert.Equal(RrpFrameKind.EndOfStream, (await reader.ReadRequestAsync(Wire.V2)).Kind);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Request_written_back_parses_to_the_same_model(string name)
    {
        var expected = ExpectedRequests.ByTranscript[name];
        var written = RrpRequestWriter.WriteToString(expected);
        Assert.Equal(expected, RrpRequestParser.Parse(written, Wire.Options(RrpTranscripts.Named(name).Version)).Request);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Response_reads_and_writes_back_byte_for_byte(string name)
    {
        var transcript = RrpTranscripts.Named(name);
        var read = RrpResponseParser.ParseResponse(transcript.ServerWire);
        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal(transcript.ServerWire, RrpResponseWriter.WriteToString(read.Value!));
        Assert.True(RrpResponseCodes.IsAllowed(expectedCommand(name), RrpVersions.TryParse(transcript.Version, out var v) ? v : default, read.Value!.Code));

        static RrpCommand expectedCommand(string name) => ExpectedRequests.ByTranscript[name].Command;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Response_is_read_from_a_pipe_in_pieces(string name)
    {
        var transcript = RrpTranscripts.Named(name);
        var wire = Encoding.ASCII.GetBytes(transcript.ServerWire);
        foreach (var chunks in Feeding.AllWays(wire))
        {
            var pipe = new Pipe();
            var writing = Feeding.WriteAsync(pipe.Writer, chunks);
            await using var reader = new RrpFrameReader(pipe.Reader);
            var read = await reader.ReadResponseAsync();
            await writing;
            Assert.True(read.IsSuccess, read.Error);
            Assert.Equal(transcript.ServerWire, RrpResponseWriter.WriteToString(read.Value!));
        }
    }

    [Fact]
    public async Task The_RFC_banner_reads_from_a_stream_and_writes_back()
    {
        var wire = RrpTranscripts.RfcBanner.ServerWire;
        await using var reader = RrpFrameReader.Create(new ChunkedStream(Feeding.ByteByByte(Encoding.ASCII.GetBytes(wire))));
        var read = await reader.ReadBannerAsync();
        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal(new RrpBanner("NSI", "1.1.0", "Mon Oct 25 20:20:34 EDT 1999"), read.Value);
        Assert.Equal(RrpVersion.V1_1_0, read.Value!.Version);
        Assert.Equal(wire, RrpResponseWriter.WriteToString(read.Value));
    }

    [Fact]
    public async Task A_whole_session_replays_through_one_reader()
    {
        var wire = string.Concat(RrpTranscripts.All.Where(t => t.Version == "2.0.0").Select(t => t.ClientWire));
        var expected = RrpTranscripts.All.Where(t => t.Version == "2.0.0").Select(t => ExpectedRequests.ByTranscript[t.Name]).ToList();
        foreach (var chunks in Feeding.AllWays(Encoding.ASCII.GetBytes(wire)))
        {
            var pipe = new Pipe();
            var writing = Feeding.WriteAsync(pipe.Writer, chunks);
            await using var reader = new RrpFrameReader(pipe.Reader);
            foreach (var request in expected)
            {
                var read = await reader.ReadRequestAsync(Wire.V2);
                Assert.Equal(request, read.Parse.Request);
            }

            Assert.Equal(RrpFrameKind.EndOfStream, (await reader.ReadFrameAsync()).Kind);
            await writing;
        }
    }
}
