using System.Buffers;

namespace Rrp2Epp.Epp.Xml;

/// <summary>
/// A write-only stream into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, so an
/// <see cref="System.Xml.XmlWriter"/> can produce a frame without a MemoryStream copy. The buffer is
/// handed over to an <see cref="EppFrame"/> (which returns it) or returned on dispose; after a
/// hand-over the stream rents a new one for the next frame on its first write, so one stream (and
/// the writer over it, <see cref="EppWriterContext"/>) serves many frames.
/// </summary>
internal sealed class PooledWriteStream : Stream
{
    private const int InitialCapacity = 1024;

    private byte[] _buffer = [];
    private int _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>Transfers the buffer to a frame; this stream is empty afterwards.</summary>
    public EppFrame DetachFrame()
    {
        if (_buffer.Length == 0)
        {
            Grow(InitialCapacity);
        }

        var frame = new EppFrame(_buffer, _length);
        _buffer = [];
        _length = 0;
        return frame;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _buffer.Length)
        {
            Grow(Math.Max(_length + buffer.Length, InitialCapacity));
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void WriteByte(byte value) => Write(new ReadOnlySpan<byte>(in value));

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Drops what was written (a frame that failed half-way), keeping the buffer for the next frame.</summary>
    public void Discard() => _length = 0;

    protected override void Dispose(bool disposing)
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private void Grow(int needed)
    {
        var next = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(next);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = next;
    }
}
