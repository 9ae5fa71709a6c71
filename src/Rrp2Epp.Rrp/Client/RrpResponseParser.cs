using System.Buffers;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// The client side's reader of server messages: a response (<c>code text</c>, <c>name:value</c> lines) or the banner
/// (two lines, no code). Accepts LF or CRLF and an optional final <c>.</c> line; returns an error, never throws.
/// </summary>
public static class RrpResponseParser
{
    /// <summary>Parses a response held in one span.</summary>
    public static RrpClientResult<RrpResponse> ParseResponse(ReadOnlySpan<byte> message)
    {
        var lines = new LineCursor(message);
        if (!lines.Next(out var first, out var error))
        {
            return RrpClientResult<RrpResponse>.Failure(error ?? "empty response");
        }

        if (first.Length < 5 || first[3] != ' ' || !RrpResponseCodes.TryParse(first[..3], out var code))
        {
            return RrpClientResult<RrpResponse>.Failure("the first line is not '<3-digit code> <text>' with a known code");
        }

        string? reason = null;
        if (code == RrpResponseCode.ServerClosingConnection)
        {
            var text = first[4..];
            var semicolon = text.IndexOf((byte)';');
            reason = semicolon < 0 ? string.Empty : Encoding.ASCII.GetString(text[(semicolon + 1)..].TrimStart(RrpText.Space));
            reason = reason.Length == 0 ? "unspecified" : reason;
        }

        var attributes = new List<RrpAttribute>();
        while (lines.Next(out var line, out error))
        {
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return RrpClientResult<RrpResponse>.Failure("an attribute line is not name:value");
            }

            attributes.Add(new RrpAttribute(Encoding.ASCII.GetString(line[..colon]), Encoding.ASCII.GetString(line[(colon + 1)..])));
        }

        return error is not null
            ? RrpClientResult<RrpResponse>.Failure(error)
            : RrpClientResult<RrpResponse>.Success(new RrpResponse(code, attributes, reason));
    }

    /// <summary>Parses a response held in a sequence.</summary>
    public static RrpClientResult<RrpResponse> ParseResponse(in ReadOnlySequence<byte> message) =>
        message.IsSingleSegment ? ParseResponse(message.FirstSpan) : ParseResponse(message.ToArray());

    /// <summary>Parses response text (characters beyond 7-bit ASCII are reported as such).</summary>
    public static RrpClientResult<RrpResponse> ParseResponse(string message) => ParseResponse(ToBytes(message));

    /// <summary>Parses the banner: <c>&lt;name&gt; RRP Server version &lt;d.d.d&gt;</c>, a date line, nothing else.</summary>
    public static RrpClientResult<RrpBanner> ParseBanner(ReadOnlySpan<byte> message)
    {
        var lines = new LineCursor(message);
        if (!lines.Next(out var first, out var error) || !lines.Next(out var second, out error))
        {
            return RrpClientResult<RrpBanner>.Failure(error ?? "a banner has two lines");
        }

        if (lines.Next(out _, out error) || error is not null)
        {
            return RrpClientResult<RrpBanner>.Failure(error ?? "a banner has only two lines");
        }

        var marker = first.IndexOf(" RRP Server version "u8);
        if (marker <= 0)
        {
            return RrpClientResult<RrpBanner>.Failure("the first banner line lacks ' RRP Server version '");
        }

        var version = first[(marker + RrpBanner.Marker.Length)..];
        if (!IsVersionNumber(version))
        {
            return RrpClientResult<RrpBanner>.Failure("the banner's version is not <digits>.<digits>.<digits>");
        }

        return RrpClientResult<RrpBanner>.Success(new RrpBanner(
            Encoding.ASCII.GetString(first[..marker]), Encoding.ASCII.GetString(version), Encoding.ASCII.GetString(second)));
    }

    /// <summary>Parses a banner held in a sequence.</summary>
    public static RrpClientResult<RrpBanner> ParseBanner(in ReadOnlySequence<byte> message) =>
        message.IsSingleSegment ? ParseBanner(message.FirstSpan) : ParseBanner(message.ToArray());

    /// <summary>Parses banner text.</summary>
    public static RrpClientResult<RrpBanner> ParseBanner(string message) => ParseBanner(ToBytes(message));

    private static bool IsVersionNumber(ReadOnlySpan<byte> text)
    {
        var parts = 0;
        foreach (var range in text.Split((byte)'.'))
        {
            var part = text[range];
            if (part.IsEmpty || part.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
            {
                return false;
            }

            parts++;
        }

        return parts == 3;
    }

    private static byte[] ToBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] < 0x80 ? (byte)text[i] : (byte)0xFF;
        }

        return bytes;
    }

    /// <summary>Walks the non-empty lines of a message up to an optional <c>.</c> line.</summary>
    private ref struct LineCursor(ReadOnlySpan<byte> message)
    {
        private ReadOnlySpan<byte> _rest = message;
        private bool _ended;

        public bool Next(out ReadOnlySpan<byte> line, out string? error)
        {
            error = null;
            while (!_rest.IsEmpty)
            {
                var lf = _rest.IndexOf((byte)'\n');
                line = lf < 0 ? _rest : _rest[..lf];
                _rest = lf < 0 ? default : _rest[(lf + 1)..];
                if (!line.IsEmpty && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                if (line.IsEmpty)
                {
                    continue;
                }

                if (_ended)
                {
                    error = "text after the final '.'";
                    return false;
                }

                if (!RrpText.IsPrintable(line))
                {
                    error = "a line holds a byte outside printable 7-bit ASCII";
                    return false;
                }

                if (line.Length == 1 && line[0] == '.')
                {
                    _ended = true;
                    continue;
                }

                return true;
            }

            line = default;
            return false;
        }
    }
}
