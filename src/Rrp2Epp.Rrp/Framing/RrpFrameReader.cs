using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Reads RRP messages (requests on a server, responses and the banner on a client) from a <see cref="PipeReader"/>
/// (Kestrel's connection) or a <see cref="Stream"/>, enforcing <see cref="RrpLimits"/> before anything is parsed.
/// A line ends at LF (a CR before it is dropped); a message ends at a line that is <c>.</c> (trailing spaces
/// ignored). One reader per connection; not thread-safe.
/// </summary>
public sealed class RrpFrameReader : IAsyncDisposable
{
    private readonly PipeReader _reader;
    private readonly RrpLimits _limits;
    private readonly bool _completeReader;
    private readonly string _lineTooLong;
    private readonly string _tooManyLines;
    private readonly string _tooManyBytes;
    private readonly string _garbage;
    private SequencePosition? _consumeOnNextRead;
    private RrpFrame? _final;

    /// <summary>Reads from a pipe (for example Kestrel's <c>ConnectionContext.Transport.Input</c>).</summary>
    /// <param name="reader">The pipe to read.</param>
    /// <param name="limits">The caps; <see cref="RrpLimits.Default"/> when null.</param>
    /// <param name="completeReader">Whether <see cref="DisposeAsync"/> completes <paramref name="reader"/>.</param>
    public RrpFrameReader(PipeReader reader, RrpLimits? limits = null, bool completeReader = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _limits = limits ?? RrpLimits.Default;
        var errors = _limits.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(limits));
        }

        _reader = reader;
        _completeReader = completeReader;
        var invariant = CultureInfo.InvariantCulture;
        _lineTooLong = string.Create(invariant, $"a line is longer than {_limits.MaxLineBytes} bytes");
        _tooManyLines = string.Create(invariant, $"more than {_limits.MaxLinesPerMessage} lines");
        _tooManyBytes = string.Create(invariant, $"more than {_limits.MaxMessageBytes} bytes");
        _garbage = string.Create(invariant, $"no end of message within {_limits.MaxDiscardBytes} bytes");
    }

    /// <summary>Reads from a stream (for example an <c>SslStream</c>) through a pipe.</summary>
    /// <param name="stream">The stream to read.</param>
    /// <param name="limits">The caps; <see cref="RrpLimits.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    public static RrpFrameReader Create(Stream stream, RrpLimits? limits = null, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new RrpFrameReader(PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: leaveOpen)), limits, completeReader: true);
    }

    private enum Scan
    {
        NeedMore,
        Complete,
        OverCap,
    }

    /// <summary>
    /// Reads the next message. <see cref="RrpFrame.Content"/> stays valid until the next call. After
    /// <see cref="RrpFrameKind.Garbage"/> or <see cref="RrpFrameKind.EndOfStream"/> every call returns the same frame.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token fired or the pipe's pending read was cancelled.</exception>
    public ValueTask<RrpFrame> ReadFrameAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<RrpFrame, AsFrame>(default, cancellationToken);

    /// <summary>Reads and parses the next request; the server's main loop (see <see cref="RrpRequestReadResult"/>).</summary>
    public ValueTask<RrpRequestReadResult> ReadRequestAsync(RrpParserOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ReadAsync<RrpRequestReadResult, AsRequest>(new AsRequest(options), cancellationToken);
    }

    // The read loop, which turns the frame into the caller's result itself: an idle server session waits here, and each
    // async method it would wait through on top (a ReadRequestAsync awaiting ReadFrameAsync) holds a state machine box
    // of some 250 bytes for as long as the session is idle. The struct keeps the conversion free of delegates.
    private async ValueTask<TResult> ReadAsync<TResult, TFrom>(TFrom from, CancellationToken cancellationToken)
        where TFrom : struct, IFromFrame<TResult>
    {
        if (_final is { } final)
        {
            return from.From(final);
        }

        if (_consumeOnNextRead is { } consumed)
        {
            _consumeOnNextRead = null;
            _reader.AdvanceTo(consumed);
        }

        long scanned = 0;
        var lines = 0;
        while (true)
        {
            var result = NotCancelled(await _reader.ReadAsync(cancellationToken).ConfigureAwait(false));
            var buffer = result.Buffer;
            var scan = ScanMessage(buffer, ref scanned, ref lines, out var contentLength, out var reason, out var midLine);
            if (scan == Scan.Complete)
            {
                _consumeOnNextRead = buffer.GetPosition(scanned);
                return from.From(new RrpFrame(RrpFrameKind.Message, buffer.Slice(0, contentLength), null, false));
            }

            if (scan == Scan.OverCap)
            {
                return from.From(await SkipToEndAsync(result, scanned, midLine, reason!, cancellationToken).ConfigureAwait(false));
            }

            if (result.IsCompleted)
            {
                var incomplete = !IsBlank(buffer);
                _reader.AdvanceTo(buffer.End);
                return from.From(Finish(new RrpFrame(RrpFrameKind.EndOfStream, default, null, incomplete)));
            }

            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads and parses the next response (client side).</summary>
    public async ValueTask<RrpClientResult<RrpResponse>> ReadResponseAsync(CancellationToken cancellationToken = default)
    {
        var frame = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
        return frame.Kind == RrpFrameKind.Message ? RrpResponseParser.ParseResponse(frame.Content) : RrpClientResult<RrpResponse>.FromFrame(frame);
    }

    /// <summary>Reads and parses the greeting banner: two lines and <c>.</c>, no code (client side).</summary>
    public async ValueTask<RrpClientResult<RrpBanner>> ReadBannerAsync(CancellationToken cancellationToken = default)
    {
        var frame = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
        return frame.Kind == RrpFrameKind.Message ? RrpResponseParser.ParseBanner(frame.Content) : RrpClientResult<RrpBanner>.FromFrame(frame);
    }

    /// <summary>Releases the last message's bytes and, when this reader owns the pipe, completes it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_consumeOnNextRead is { } consumed)
        {
            _consumeOnNextRead = null;
            _reader.AdvanceTo(consumed);
        }

        if (_completeReader)
        {
            await _reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    // Not an async method of its own: an idle session waits in ReadFrameAsync, and every async level it waits through
    // holds a state machine box (about 200 bytes) for as long as the session is idle.
    private ReadResult NotCancelled(ReadResult result)
    {
        if (result.IsCanceled)
        {
            _reader.AdvanceTo(result.Buffer.Start);
            throw new OperationCanceledException("the pending read was cancelled");
        }

        return result;
    }

    // Skips an over-cap message up to and including its '.' line, keeping only a partial line that may still be '.'.
    private async ValueTask<RrpFrame> SkipToEndAsync(ReadResult result, long alreadyDiscarded, bool midLine, string reason, CancellationToken cancellationToken)
    {
        var discarded = alreadyDiscarded;
        var data = result.Buffer.Slice(alreadyDiscarded);
        while (true)
        {
            var found = SkipLines(data, ref midLine, out var used);
            discarded += used;
            if (found)
            {
                _reader.AdvanceTo(data.GetPosition(used));
                return new RrpFrame(RrpFrameKind.OverLimit, default, reason, false);
            }

            if (discarded > _limits.MaxDiscardBytes)
            {
                _reader.AdvanceTo(data.End);
                return Finish(new RrpFrame(RrpFrameKind.Garbage, default, _garbage, false));
            }

            if (result.IsCompleted)
            {
                _reader.AdvanceTo(data.End);
                return Finish(new RrpFrame(RrpFrameKind.EndOfStream, default, null, true));
            }

            _reader.AdvanceTo(data.GetPosition(used), data.End);
            result = NotCancelled(await _reader.ReadAsync(cancellationToken).ConfigureAwait(false));
            data = result.Buffer;
        }
    }

    private Scan ScanMessage(in ReadOnlySequence<byte> buffer, ref long scanned, ref int lines, out long contentLength, out string? reason, out bool midLine)
    {
        contentLength = 0;
        reason = null;
        midLine = false;
        var reader = new SequenceReader<byte>(buffer.Slice(scanned));
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
        {
            var start = scanned;
            scanned += line.Length + 1;
            if (line.Length - (EndsWithCr(line) ? 1 : 0) > _limits.MaxLineBytes)
            {
                reason = _lineTooLong;
                return Scan.OverCap;
            }

            if (IsDotLine(line))
            {
                contentLength = start;
                return Scan.Complete;
            }

            if (++lines > _limits.MaxLinesPerMessage)
            {
                reason = _tooManyLines;
                return Scan.OverCap;
            }

            if (scanned > _limits.MaxMessageBytes)
            {
                reason = _tooManyBytes;
                return Scan.OverCap;
            }
        }

        // No line end yet: a partial line longer than a line may be is over the cap already (+1 for a pending CR).
        if (buffer.Length - scanned > _limits.MaxLineBytes + 1)
        {
            scanned = buffer.Length;
            midLine = true;
            reason = _lineTooLong;
            return Scan.OverCap;
        }

        return Scan.NeedMore;
    }

    // Discards whole lines until a '.' line; returns whether it was found and how many bytes are used up.
    private bool SkipLines(in ReadOnlySequence<byte> data, ref bool midLine, out long used)
    {
        var reader = new SequenceReader<byte>(data);
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
        {
            var wasMidLine = midLine;
            midLine = false;
            if (!wasMidLine && IsDotLine(line))
            {
                used = reader.Consumed;
                return true;
            }
        }

        if (midLine || reader.Remaining > _limits.MaxLineBytes + 1)
        {
            midLine = true;
            used = data.Length;
        }
        else
        {
            used = reader.Consumed;
        }

        return false;
    }

    private RrpFrame Finish(RrpFrame frame)
    {
        _final = frame;
        return frame;
    }

    private static bool EndsWithCr(in ReadOnlySequence<byte> line) =>
        !line.IsEmpty && (line.IsSingleSegment ? line.FirstSpan[^1] : line.Slice(line.Length - 1).FirstSpan[0]) == '\r';

    // "." alone, tolerating the trailing spaces and CR the parser also tolerates.
    private static bool IsDotLine(in ReadOnlySequence<byte> line)
    {
        if (line.IsEmpty || line.Length > 64)
        {
            return false;
        }

        Span<byte> copy = stackalloc byte[64];
        line.CopyTo(copy);
        var text = copy[..(int)line.Length];
        if (text[^1] == '\r')
        {
            text = text[..^1];
        }

        text = text.TrimEnd(RrpText.Space);
        return text.Length == 1 && text[0] == '.';
    }

    private static bool IsBlank(in ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            if (segment.Span.IndexOfAnyExcept(" \r\n"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private interface IFromFrame<out TResult>
    {
        TResult From(RrpFrame frame);
    }

    private readonly struct AsFrame : IFromFrame<RrpFrame>
    {
        public RrpFrame From(RrpFrame frame) => frame;
    }

    // Parses while the frame's bytes are still valid (until the next read).
    private readonly struct AsRequest(RrpParserOptions options) : IFromFrame<RrpRequestReadResult>
    {
        public RrpRequestReadResult From(RrpFrame frame) => frame.Kind == RrpFrameKind.Message
            ? new RrpRequestReadResult(frame.Kind, RrpRequestParser.Parse(frame.Content, options), null, false)
            : new RrpRequestReadResult(frame.Kind, default, frame.Reason, frame.Incomplete);
    }
}
