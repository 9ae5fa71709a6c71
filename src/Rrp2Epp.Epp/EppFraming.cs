using System.Buffers;
using System.Buffers.Binary;

namespace Rrp2Epp.Epp;

/// <summary>
/// RFC 5734 §4 framing: each data unit is a 4-octet big-endian Total Length that counts
/// itself, followed by exactly one EPP XML instance.
/// </summary>
public static class EppFraming
{
    /// <summary>Octets in the length header.</summary>
    public const int HeaderLength = 4;

    /// <summary>The default cap on a whole data unit (header included): 1 MiB.</summary>
    public const int DefaultMaxFrameBytes = 1 << 20;

    /// <summary>
    /// Reads one data unit. Returns null when the peer closed the connection cleanly between
    /// units. The cap is checked against the header before any body octet is read.
    /// </summary>
    /// <exception cref="EppFramingException">The length is invalid or over the cap, or the peer closed mid-unit.</exception>
    public static async ValueTask<EppFrame?> ReadFrameAsync(Stream stream, int maxFrameBytes = DefaultMaxFrameBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameBytes, HeaderLength + 1);

        var header = ArrayPool<byte>.Shared.Rent(HeaderLength);
        uint totalLength;
        try
        {
            var got = await stream.ReadAtLeastAsync(header.AsMemory(0, HeaderLength), HeaderLength, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                return null;
            }

            if (got < HeaderLength)
            {
                throw new EppFramingException(EppFramingError.ClosedMidFrame, 0, $"connection closed after {got} of the 4 header octets");
            }

            totalLength = BinaryPrimitives.ReadUInt32BigEndian(header);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(header);
        }

        if (totalLength <= HeaderLength)
        {
            throw new EppFramingException(EppFramingError.LengthTooSmall, totalLength, $"data unit length {totalLength} is below the minimum of 5");
        }

        if (totalLength > (uint)maxFrameBytes)
        {
            throw new EppFramingException(EppFramingError.FrameTooLarge, totalLength, $"data unit length {totalLength} exceeds the cap of {maxFrameBytes} octets");
        }

        var length = (int)totalLength - HeaderLength;
        var body = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var got = await stream.ReadAtLeastAsync(body.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (got < length)
            {
                throw new EppFramingException(EppFramingError.ClosedMidFrame, totalLength, $"connection closed after {got} of {length} body octets");
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(body);
            throw;
        }

        return new EppFrame(body, length);
    }

    /// <summary>
    /// Writes one data unit (header and payload in a single write, so TLS sends them in one
    /// record) and flushes.
    /// </summary>
    public static async ValueTask WriteFrameAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (payload.IsEmpty)
        {
            throw new ArgumentException("an EPP data unit carries exactly one non-empty XML instance", nameof(payload));
        }

        var total = payload.Length + HeaderLength;
        var buffer = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            WriteHeader(buffer, payload.Length);
            payload.Span.CopyTo(buffer.AsSpan(HeaderLength));
            await stream.WriteAsync(buffer.AsMemory(0, total), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the 4-octet Total Length (payload + 4) for a payload of the given size.</summary>
    public static void WriteHeader(Span<byte> destination, int payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(payloadLength);
        BinaryPrimitives.WriteUInt32BigEndian(destination, checked((uint)(payloadLength + HeaderLength)));
    }
}
