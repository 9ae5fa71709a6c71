using System.Xml;
using Rrp2Epp.Epp.Xml;

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
        using var stream = new MemoryReadStream(xml);
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

        // Schema messages quote the offending value. Inside a password or authInfo that value is
        // a secret, and these messages end up in logs, so there the details are withheld.
        var secretDepth = -1;
        var settings = EppSchemas.CreateValidatingSettings((_, e) =>
        {
            var where = FormattableString.Invariant($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: ");
            (errors ??= []).Add(where + (secretDepth >= 0 ? "the content of a password or authInfo element is invalid (details withheld)" : e.Message));
        });
        try
        {
            using var reader = open(settings);
            var leaving = false;
            while (true)
            {
                if (leaving)
                {
                    secretDepth = -1;
                    leaving = false;
                }

                if (!reader.Read())
                {
                    break;
                }

                if (secretDepth < 0 && reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement
                    && SecretElements.IsSecret(reader.NamespaceURI, reader.LocalName))
                {
                    secretDepth = reader.Depth;
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == secretDepth)
                {
                    leaving = true;
                }
            }
        }
        catch (XmlException e)
        {
            (errors ??= []).Add(FormattableString.Invariant($"Not well formed at {e.LineNumber}:{e.LinePosition}: {e.Message}"));
        }

        return errors is null ? EppValidationResult.Valid : new EppValidationResult(errors);
    }
}
