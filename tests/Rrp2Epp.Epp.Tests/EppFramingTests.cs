using System.Text;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Epp.Tests;

public sealed class EppFramingTests
{
    private static readonly byte[] Hello = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>");

    [Fact]
    public void The_total_length_counts_the_header_itself()
    {
        var header = new byte[4];
        EppFraming.WriteHeader(header, 100);

        Assert.Equal(new byte[] { 0, 0, 0, 0x68 }, header);
    }

    [Fact]
    public async Task A_written_frame_reads_back_unchanged()
    {
        using var stream = new MemoryStream();
        await EppFraming.WriteFrameAsync(stream, Hello, TestGuard.Token);
        Assert.Equal(Hello.Length + 4, stream.Length);
        stream.Position = 0;

        using var frame = await EppFraming.ReadFrameAsync(stream, cancellationToken: TestGuard.Token);

        Assert.NotNull(frame);
        Assert.Equal(Hello, frame.Payload.ToArray());
        Assert.Null(await EppFraming.ReadFrameAsync(stream, cancellationToken: TestGuard.Token));
    }

    [Fact]
    public async Task Frames_delivered_one_byte_per_read_are_reassembled()
    {
        using var buffer = new MemoryStream();
        await EppFraming.WriteFrameAsync(buffer, Hello, TestGuard.Token);
        await EppFraming.WriteFrameAsync(buffer, Hello, TestGuard.Token);
        using var trickle = new TrickleStream(buffer.ToArray());

        using var first = await EppFraming.ReadFrameAsync(trickle, cancellationToken: TestGuard.Token);
        using var second = await EppFraming.ReadFrameAsync(trickle, cancellationToken: TestGuard.Token);

        Assert.Equal(Hello, first!.Payload.ToArray());
        Assert.Equal(Hello, second!.Payload.ToArray());
        Assert.Null(await EppFraming.ReadFrameAsync(trickle, cancellationToken: TestGuard.Token));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(4u)]
    public async Task A_length_below_five_is_a_framing_error(uint length)
    {
        using var stream = new MemoryStream([(byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length, 0x3C]);

        var e = await Assert.ThrowsAsync<EppFramingException>(() => EppFraming.ReadFrameAsync(stream, cancellationToken: TestGuard.Token).AsTask());

        Assert.Equal(EppFramingError.LengthTooSmall, e.Error);
    }

    [Fact]
    public async Task A_length_over_the_cap_fails_before_the_body_is_read()
    {
        var stream = new HeaderOnlyStream([0x7F, 0xFF, 0xFF, 0xFF]);

        var e = await Assert.ThrowsAsync<EppFramingException>(() => EppFraming.ReadFrameAsync(stream, 1 << 20, TestGuard.Token).AsTask());

        Assert.Equal(EppFramingError.FrameTooLarge, e.Error);
        Assert.Equal(0x7FFFFFFFL, e.DeclaredLength);
        Assert.Equal(4, stream.BytesRead);
    }

    [Fact]
    public async Task The_cap_is_configurable()
    {
        using var buffer = new MemoryStream();
        await EppFraming.WriteFrameAsync(buffer, Hello, TestGuard.Token);
        buffer.Position = 0;

        var e = await Assert.ThrowsAsync<EppFramingException>(() => EppFraming.ReadFrameAsync(buffer, Hello.Length, TestGuard.Token).AsTask());

        Assert.Equal(EppFramingError.FrameTooLarge, e.Error);
    }

    [Fact]
    public async Task A_peer_closing_inside_the_header_is_a_clean_error()
    {
        using var stream = new MemoryStream([0, 0]);

        var e = await Assert.ThrowsAsync<EppFramingException>(() => EppFraming.ReadFrameAsync(stream, cancellationToken: TestGuard.Token).AsTask());

        Assert.Equal(EppFramingError.ClosedMidFrame, e.Error);
    }

    [Fact]
    public async Task A_peer_closing_inside_the_body_is_a_clean_error()
    {
        using var buffer = new MemoryStream();
        await EppFraming.WriteFrameAsync(buffer, Hello, TestGuard.Token);
        using var cut = new MemoryStream(buffer.ToArray()[..20]);

        var e = await Assert.ThrowsAsync<EppFramingException>(() => EppFraming.ReadFrameAsync(cut, cancellationToken: TestGuard.Token).AsTask());

        Assert.Equal(EppFramingError.ClosedMidFrame, e.Error);
        Assert.Equal(Hello.Length + 4, e.DeclaredLength);
    }

    [Fact]
    public async Task An_empty_payload_is_never_written()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => EppFraming.WriteFrameAsync(stream, ReadOnlyMemory<byte>.Empty, TestGuard.Token).AsTask());
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_disposed_frame_refuses_access()
    {
        var frame = new EppFrame(System.Buffers.ArrayPool<byte>.Shared.Rent(8), 8);
        frame.Dispose();
        frame.Dispose();

        Assert.Throws<ObjectDisposedException>(() => frame.Payload);
    }

    /// <summary>Returns one byte per read, as a slow TCP peer might.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }

    /// <summary>Serves a header, then fails the test if anyone reads further.</summary>
    private sealed class HeaderOnlyStream(byte[] header) : Stream
    {
        public int BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Assert.True(BytesRead < header.Length, "the body of an over-cap frame must not be read");
            var n = Math.Min(count, header.Length - BytesRead);
            Array.Copy(header, BytesRead, buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
