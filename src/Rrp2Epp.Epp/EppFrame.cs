using System.Buffers;

namespace Rrp2Epp.Epp;

/// <summary>
/// One EPP data unit's XML payload (RFC 5734 §4), in a buffer rented from the shared pool.
/// Dispose it to return the buffer; the payload must not be used afterwards.
/// </summary>
public sealed class EppFrame : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal EppFrame(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The XML instance (UTF-8 octets, header excluded).</summary>
    public ReadOnlyMemory<byte> Payload =>
        new(_buffer ?? throw new ObjectDisposedException(nameof(EppFrame)), 0, _length);

    /// <summary>The payload length in octets.</summary>
    public int Length => _length;

    /// <inheritdoc />
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
