using System.IO.Pipelines;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Ways to cut wire bytes into reads: whole, byte by byte, line by line (DESIGN §5's transcript replay).</summary>
internal static class Feeding
{
    public static IEnumerable<IReadOnlyList<byte[]>> AllWays(byte[] wire)
    {
        yield return [wire];
        yield return ByteByByte(wire);
        yield return LineByLine(wire);
    }

    public static IReadOnlyList<byte[]> ByteByByte(byte[] wire) => [.. wire.Select(b => new[] { b })];

    public static IReadOnlyList<byte[]> LineByLine(byte[] wire)
    {
        var chunks = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < wire.Length; i++)
        {
            if (wire[i] == '\n')
            {
                chunks.Add(wire[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < wire.Length)
        {
            chunks.Add(wire[start..]);
        }

        return chunks;
    }

    /// <summary>Writes each chunk and flushes, so the reader sees them one at a time; then completes the pipe.</summary>
    public static async Task WriteAsync(PipeWriter writer, IEnumerable<byte[]> chunks)
    {
        foreach (var chunk in chunks)
        {
            await writer.WriteAsync(chunk);
        }

        await writer.CompleteAsync();
    }
}

/// <summary>A read-only stream that returns one chunk per read, so a reader meets every partial state.</summary>
internal sealed class ChunkedStream(IReadOnlyList<byte[]> chunks) : Stream
{
    private int _chunk;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_chunk < chunks.Count && _offset == chunks[_chunk].Length)
        {
            _chunk++;
            _offset = 0;
        }

        if (_chunk == chunks.Count || buffer.IsEmpty)
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, chunks[_chunk].Length - _offset);
        chunks[_chunk].AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
