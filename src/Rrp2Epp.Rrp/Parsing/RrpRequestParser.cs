using System.Buffers;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Parses one framed request (the lines before the lone <c>.</c>) into a typed <see cref="RrpRequest"/>, or into the
/// RRP code reference §5.3's order picks. Works on bytes, allocates only the model, and never throws.
/// </summary>
/// <remarks>
/// Leniency on input, per reference §3.3 [Rec]: LF or CRLF line ends, empty and all-space lines ignored, trailing
/// spaces stripped except inside <c>-Password</c>/<c>-NewPassword</c>, any line order after the command line.
/// Strict otherwise: no TAB, no 8-bit or control bytes, nothing before the colon but the name, split on the first colon.
/// </remarks>
public static partial class RrpRequestParser
{
    // Requests within the default caps have far fewer lines; beyond this the line table comes from the pool.
    private const int StackLines = 32;

    /// <summary>Parses a request held in one span (with or without its terminating <c>.</c> line).</summary>
    public static RrpParseResult Parse(ReadOnlySpan<byte> request, RrpParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var upperBound = request.Count((byte)'\n') + 1;
        RrpLine[]? rented = null;
        var lines = upperBound <= StackLines
            ? stackalloc RrpLine[StackLines]
            : (rented = ArrayPool<RrpLine>.Shared.Rent(upperBound));
        try
        {
            return ParseLines(request, lines, options);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<RrpLine>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Parses a request held in a sequence (for example a pipe's buffer); copies only when it spans segments.</summary>
    public static RrpParseResult Parse(in ReadOnlySequence<byte> request, RrpParserOptions options)
    {
        if (request.IsSingleSegment)
        {
            return Parse(request.FirstSpan, options);
        }

        var length = checked((int)request.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            request.CopyTo(buffer);
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Parses request text (tests, tools). Characters outside 7-bit ASCII become an invalid byte, so they are reported
    /// like the same bytes from the wire.
    /// </summary>
    public static RrpParseResult Parse(string request, RrpParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bytes = new byte[request.Length];
        for (var i = 0; i < request.Length; i++)
        {
            bytes[i] = request[i] < 0x80 ? (byte)request[i] : (byte)0xFF;
        }

        return Parse(bytes, options);
    }

    private static RrpParseResult ParseLines(ReadOnlySpan<byte> request, Span<RrpLine> lines, RrpParserOptions options)
    {
        var count = 0;
        var commandRead = false;
        RrpCommand? command = null;
        var ended = false;
        var position = 0;
        while (position < request.Length)
        {
            var lineStart = position;
            var rest = request[position..];
            var lf = rest.IndexOf((byte)'\n');
            var line = lf < 0 ? rest : rest[..lf];
            position += lf < 0 ? rest.Length : lf + 1;
            if (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
            }

            var trimmed = line.TrimEnd(RrpText.Space);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (ended)
            {
                return RrpParseResult.Rejected(command, RrpResponseCode.InvalidCommandFormat, "text after the terminating '.' line");
            }

            if (!RrpText.IsPrintable(line))
            {
                return RrpParseResult.Rejected(command, RrpResponseCode.InvalidCommandFormat, "a line holds a byte outside printable 7-bit ASCII (TAB, control or 8-bit)");
            }

            if (trimmed.Length == 1 && trimmed[0] == '.')
            {
                ended = true;
                continue;
            }

            if (!commandRead)
            {
                commandRead = true;
                if (RrpCommands.TryParse(trimmed, out var word) && (word != RrpCommand.Restore || options.AcceptRestore))
                {
                    command = word;
                }

                continue;
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return RrpParseResult.Rejected(command, RrpResponseCode.InvalidCommandFormat, "a line after the command is not name:value");
            }

            var name = RrpLine.Recognise(line[..colon]);
            var value = line[(colon + 1)..];
            if (name is not (RrpLineName.Password or RrpLineName.NewPassword))
            {
                value = value.TrimEnd(RrpText.Space);
            }

            lines[count++] = new RrpLine(name, lineStart + colon + 1, value.Length);
        }

        if (!commandRead)
        {
            return RrpParseResult.Rejected(null, RrpResponseCode.InvalidCommandFormat, "empty request: no command line");
        }

        if (command is not { } known)
        {
            return RrpParseResult.Rejected(null, RrpResponseCode.InvalidCommandName, "unknown command word");
        }

        return CheckStructure(known, request, lines[..count], options);
    }
}
