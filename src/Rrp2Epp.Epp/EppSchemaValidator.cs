using System.Xml;

namespace Rrp2Epp.Epp;

/// <summary>The outcome of validating one EPP instance.</summary>
/// <param name="Errors">Each schema or well-formedness error, with line and position; empty when valid.</param>
public sealed record EppValidationResult(IReadOnlyList<string> Errors)
{
    /// <summary>True when the instance is well formed and valid against the EPP schemas.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The shared result of a valid instance.</summary>
    public static EppValidationResult Valid { get; } = new([]);
}

/// <summary>
/// Validates EPP instances (commands, responses, greetings) against the official schemas.
/// Thread-safe. The sandbox validates every frame it receives; tests validate every frame the
/// gateway sends; the gateway may validate at run time by option.
/// </summary>
public static class EppSchemaValidator
{
    /// <summary>Validates UTF-8 XML bytes (a frame's payload). Never throws for bad input.</summary>
    public static EppValidationResult Validate(ReadOnlyMemory<byte> xml)
    {
        using var stream = new ReadOnlyMemoryStream(xml);
        return Validate(stream);
    }

    /// <summary>Validates XML text.</summary>
    public static EppValidationResult Validate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Run(settings => XmlReader.Create(text, settings));
    }

    /// <summary>Validates XML read from a stream (the stream is left open).</summary>
    public static EppValidationResult Validate(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Run(settings => XmlReader.Create(xml, settings));
    }

    private static EppValidationResult Run(Func<XmlReaderSettings, XmlReader> open)
    {
        List<string>? errors = null;
        var settings = EppSchemas.CreateValidatingSettings((_, e) =>
            (errors ??= []).Add(FormattableString.Invariant($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}")));
        try
        {
            using var reader = open(settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            (errors ??= []).Add(FormattableString.Invariant($"Not well formed at {e.LineNumber}:{e.LinePosition}: {e.Message}"));
        }

        return errors is null ? EppValidationResult.Valid : new EppValidationResult(errors);
    }

    /// <summary>A read-only stream over memory, so validation never copies a frame.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
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
