using System.IO.Pipelines;
using System.Text;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>The framer: caps applied before parsing, skipping to the next '.', unending garbage, end of stream.</summary>
public sealed class FramingTests
{
    private static readonly RrpLimits Small = new() { MaxLineBytes = 256, MaxLinesPerMessage = 32, MaxMessageBytes = 1024, MaxDiscardBytes = 4096 };

    private static readonly string Status = Wire.Request("status", "EntityName:Domain", "DomainName:example.com");

    /// <summary>Reads every frame until end of stream, for each way of cutting the input.</summary>
    private static async Task<List<List<string>>> FramesAllWays(string input, RrpLimits limits)
    {
        var all = new List<List<string>>();
        foreach (var chunks in Feeding.AllWays(Wire.Bytes(input)))
        {
            var frames = new List<string>();
            await using var reader = RrpFrameReader.Create(new ChunkedStream(chunks), limits);
            while (true)
            {
                var read = await reader.ReadRequestAsync(Wire.V2);
                frames.Add(read.Kind switch
                {
                    RrpFrameKind.Message => read.Parse.Request?.Command.ToString() ?? $"error {(int?)read.Parse.ErrorCode}",
                    RrpFrameKind.OverLimit => $"507 {read.Reason}",
                    RrpFrameKind.Garbage => $"520 {read.Reason}",
                    _ => read.Incomplete ? "end (incomplete)" : "end",
                });
                if (read.Kind is RrpFrameKind.EndOfStream or RrpFrameKind.Garbage)
                {
                    break;
                }
            }

            all.Add(frames);
        }

        return all;
    }

    private static async Task AssertFrames(string input, RrpLimits limits, params string[] expected)
    {
        foreach (var frames in await FramesAllWays(input, limits))
        {
            Assert.Equal(expected, frames);
        }
    }

    [Fact]
    public Task Pipelined_requests_come_out_one_by_one() =>
        AssertFrames(Status + Wire.Request("quit") + Status, RrpLimits.Default, "Status", "Quit", "Status", "end");

    [Fact]
    public Task A_line_over_the_cap_gives_507_and_the_next_request_is_read() =>
        AssertFrames(Wire.Request("check", "EntityName:Domain", "DomainName:" + new string('a', 300) + ".com") + Status, Small,
            "507 a line is longer than 256 bytes", "Status", "end");

    [Fact]
    public Task A_line_at_the_cap_is_framed() =>
        AssertFrames(Wire.Request("check", "EntityName:Domain", "X:" + new string('a', 254)) + Status, Small, "error 503", "Status", "end");

    [Fact]
    public Task Too_many_lines_give_507() =>
        AssertFrames(Wire.Request(["mod", "EntityName:Domain", "DomainName:example.com", .. Enumerable.Repeat("Status:REGISTRAR-LOCK", 40)]) + Status, Small,
            "507 more than 32 lines", "Status", "end");

    [Fact]
    public Task Too_many_bytes_give_507() =>
        AssertFrames(Wire.Request(["mod", .. Enumerable.Repeat("NameServer:" + new string('n', 100) + ".example.com", 12)]) + Status, Small,
            "507 more than 1024 bytes", "Status", "end");

    [Fact]
    public Task A_terminator_with_trailing_spaces_ends_an_over_cap_request() =>
        AssertFrames("add\r\n" + new string('x', 600) + "\r\n. \r\n" + Status, Small, "507 a line is longer than 256 bytes", "Status", "end");

    [Fact]
    public Task A_dot_inside_an_over_long_line_does_not_end_the_request() =>
        AssertFrames("add\r\n" + new string('x', 600) + ".\r\n" + Status + Status, Small, "507 a line is longer than 256 bytes", "Status", "end");

    [Fact]
    public Task Dot_lines_after_an_over_long_line_end_the_request() =>
        AssertFrames("add\r\n" + new string('x', 600) + "\n.\n" + new string('y', 600) + "\r\n.\r\n" + Status, Small,
            "507 a line is longer than 256 bytes", "507 a line is longer than 256 bytes", "Status", "end");

    [Fact]
    public Task Garbage_without_line_ends_gives_520_and_stops() =>
        AssertFrames(new string('g', 10_000), Small, "520 no end of message within 4096 bytes");

    [Fact]
    public Task Endless_lines_without_a_dot_give_520() =>
        AssertFrames(string.Concat(Enumerable.Repeat("blah:blah\r\n", 1000)) + ".\r\n", Small, "520 no end of message within 4096 bytes");

    [Fact]
    public Task Binary_garbage_gives_520()
    {
        var random = new Random(3632);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == '\n' ? (byte)0 : bytes[i];
        }

        return AssertFrames(Encoding.Latin1.GetString(bytes), Small, "520 no end of message within 4096 bytes");
    }

    [Fact]
    public Task End_of_stream_inside_a_request_is_reported_incomplete() =>
        AssertFrames(Status + "add\r\nEntityName:Domain\r\n", RrpLimits.Default, "Status", "end (incomplete)");

    [Fact]
    public Task End_of_stream_while_skipping_is_reported_incomplete() =>
        AssertFrames(Status + "add\r\n" + new string('x', 600), Small, "Status", "end (incomplete)");

    [Fact]
    public Task Blank_lines_after_the_last_request_are_a_clean_end() =>
        AssertFrames(Status + "\r\n  \r\n\n", RrpLimits.Default, "Status", "end");

    [Fact]
    public Task Bare_LF_and_CRLF_may_be_mixed() =>
        AssertFrames("status\nEntityName:Domain\r\nDomainName:example.com\n.\nquit\r\n.\n", RrpLimits.Default, "Status", "Quit", "end");

    [Fact]
    public Task An_empty_request_is_507_from_the_parser() =>
        AssertFrames(".\r\n" + Status, RrpLimits.Default, "error 507", "Status", "end");

    [Fact]
    public async Task Garbage_and_end_are_sticky()
    {
        await using var reader = RrpFrameReader.Create(new MemoryStream(Encoding.ASCII.GetBytes(new string('g', 70_000))));
        var first = await reader.ReadFrameAsync();
        Assert.Equal(RrpFrameKind.Garbage, first.Kind);
        Assert.Equal("no end of message within 65536 bytes", first.Reason);
        Assert.Equal(RrpFrameKind.Garbage, (await reader.ReadFrameAsync()).Kind);

        await using var ended = RrpFrameReader.Create(new MemoryStream());
        Assert.Equal(RrpFrameKind.EndOfStream, (await ended.ReadFrameAsync()).Kind);
        Assert.Equal(RrpFrameKind.EndOfStream, (await ended.ReadFrameAsync()).Kind);
    }

    [Fact]
    public void The_immediate_responses_are_507_and_520_with_the_reason()
    {
        var over = new RrpRequestReadResult(RrpFrameKind.OverLimit, default, "more than 100 lines", false);
        Assert.Equal("507 Invalid command format\r\n.\r\n", RrpResponseWriter.WriteToString(over.ImmediateResponse!));
        var garbage = new RrpRequestReadResult(RrpFrameKind.Garbage, default, "no end of message within 65536 bytes", false);
        Assert.Equal("520 Server closing connection. Client should try opening new connection; no end of message within 65536 bytes\r\n.\r\n",
            RrpResponseWriter.WriteToString(garbage.ImmediateResponse!));
        Assert.True(garbage.ImmediateResponse!.Code.ClosesConnection());
        Assert.Null(new RrpRequestReadResult(RrpFrameKind.EndOfStream, default, null, false).ImmediateResponse);
    }

    [Fact]
    public async Task Content_spanning_pipe_segments_is_parsed()
    {
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 16));
        var request = Wire.Request("add", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com", "NameServer:ns2.example.com");
        var writing = Feeding.WriteAsync(pipe.Writer, Feeding.ByteByByte(Encoding.ASCII.GetBytes(request + request)));
        await using var reader = new RrpFrameReader(pipe.Reader);
        for (var i = 0; i < 2; i++)
        {
            var read = await reader.ReadRequestAsync(Wire.V2);
            Assert.Equal(new AddDomainRequest("example.com", null, ["ns1.example.com", "ns2.example.com"]), read.Parse.Request);
        }

        Assert.Equal(RrpFrameKind.EndOfStream, (await reader.ReadFrameAsync()).Kind);
        await writing;
    }

    [Fact]
    public async Task A_frame_content_is_the_lines_before_the_dot()
    {
        await using var reader = RrpFrameReader.Create(new MemoryStream(Encoding.ASCII.GetBytes("quit\r\n.\r\nx")));
        var frame = await reader.ReadFrameAsync();
        Assert.Equal("quit\r\n", Encoding.ASCII.GetString(System.Buffers.BuffersExtensions.ToArray(frame.Content)));
        Assert.DoesNotContain("quit", frame.ToString(), StringComparison.Ordinal);
        Assert.True((await reader.ReadFrameAsync()).Incomplete);
    }

    [Fact]
    public async Task Cancellation_surfaces_as_OperationCanceledException()
    {
        var pipe = new Pipe();
        await using var reader = new RrpFrameReader(pipe.Reader);
        using var cts = new CancellationTokenSource();
        var pending = reader.ReadFrameAsync(cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);

        var pipe2 = new Pipe();
        await using var reader2 = new RrpFrameReader(pipe2.Reader);
        var pending2 = reader2.ReadFrameAsync();
        pipe2.Reader.CancelPendingRead();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending2);
    }

    [Fact]
    public async Task Disposing_a_stream_reader_leaves_the_stream_open_by_default()
    {
        var stream = new MemoryStream(Encoding.ASCII.GetBytes(Status));
        await using (var reader = RrpFrameReader.Create(stream))
        {
            Assert.Equal(RrpFrameKind.Message, (await reader.ReadFrameAsync()).Kind);
        }

        Assert.True(stream.CanRead);
        var owned = new MemoryStream(Encoding.ASCII.GetBytes(Status));
        await using (var reader = RrpFrameReader.Create(owned, leaveOpen: false))
        {
            Assert.Equal(RrpFrameKind.Message, (await reader.ReadFrameAsync()).Kind);
        }

        Assert.False(owned.CanRead);
    }

    [Fact]
    public void Limits_are_validated_all_at_once()
    {
        var bad = new RrpLimits { MaxLineBytes = 10, MaxLinesPerMessage = 1, MaxMessageBytes = 5, MaxDiscardBytes = 1 };
        Assert.Equal(4, bad.Validate().Count);
        Assert.Empty(RrpLimits.Default.Validate());
        Assert.Throws<ArgumentException>(() => new RrpFrameReader(new Pipe().Reader, bad));
        Assert.Equal(1024, RrpLimits.Default.MaxLineBytes);
        Assert.Equal(100, RrpLimits.Default.MaxLinesPerMessage);
        Assert.Equal(16 * 1024, RrpLimits.Default.MaxMessageBytes);
        Assert.Equal(64 * 1024, RrpLimits.Default.MaxDiscardBytes);
    }

    [Fact]
    public async Task A_client_reads_banner_then_responses_from_one_stream()
    {
        var wire = "Example Registry RRP Server version 2.0.0\r\nTue Oct  5 20:20:34 EDT 2004\r\n.\r\n"
            + "200 Command completed successfully\r\n.\r\n"
            + "213 Name server not available\r\nipAddress:192.10.10.10\r\n.\r\n"
            + "520 Server closing connection. Client should try opening new connection; idle for 600 seconds\r\n.\r\n";
        foreach (var chunks in Feeding.AllWays(Encoding.ASCII.GetBytes(wire)))
        {
            await using var reader = RrpFrameReader.Create(new ChunkedStream(chunks));
            var banner = await reader.ReadBannerAsync();
            Assert.Equal(new RrpBanner("Example Registry", "2.0.0", "Tue Oct  5 20:20:34 EDT 2004"), banner.Value);
            Assert.Equal(RrpResponseCode.Success, (await reader.ReadResponseAsync()).Value!.Code);
            var check = (await reader.ReadResponseAsync()).Value!;
            Assert.Equal("192.10.10.10", check.ValueOf(RrpAttributeNames.IpAddress));
            var closing = (await reader.ReadResponseAsync()).Value!;
            Assert.Equal("idle for 600 seconds", closing.Reason);
            var end = await reader.ReadResponseAsync();
            Assert.True(end.IsEndOfStream);
            Assert.False(end.IsSuccess);
        }
    }

    [Fact]
    public async Task A_client_reports_over_limit_and_garbage_responses_as_errors()
    {
        await using var reader = RrpFrameReader.Create(new MemoryStream(Encoding.ASCII.GetBytes("200 " + new string('x', 2000) + "\r\n.\r\n" + new string('z', 70_000))));
        var over = await reader.ReadResponseAsync();
        Assert.Contains("over the limits", over.Error, StringComparison.Ordinal);
        var garbage = await reader.ReadBannerAsync();
        Assert.Contains("unreadable", garbage.Error, StringComparison.Ordinal);
        Assert.False(garbage.IsEndOfStream);
    }
}
