namespace Rrp2Epp.Epp.Xml;

/// <summary>
/// A read-only stream over memory, so reading or validating a frame never copies it. It is seekable on purpose:
/// <see cref="System.Xml.XmlReader"/> sizes its byte and char buffers to a seekable stream's length (up to 4 KB), and
/// to 4 KB bytes and 4 K chars (about 12 KB) otherwise, which for a typical 0.5-1.5 KB answer was most of what
/// reading it allocated.
/// </summary>
internal sealed class MemoryReadStream(ReadOnlyMemory<byte> memory) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => memory.Length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 && value <= memory.Length ? (int)value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, memory.Length - _position);
        memory.Span.Slice(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int ReadByte()
    {
        if (_position >= memory.Length)
        {
            return -1;
        }

        return memory.Span[_position++];
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => memory.Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
