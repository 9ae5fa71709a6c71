using System.Globalization;
using System.Text;
using System.Xml;

namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// The streaming read state of one frame: the reader plus the anomalies found so far. Every method
/// that starts on an element consumes it entirely, so unknown content is skipped without recursion
/// and a shape the schema does not allow becomes an anomaly rather than an exception. Only a frame
/// that is not well formed throws (an <see cref="XmlException"/> from the reader itself).
/// </summary>
internal sealed class XmlCursor(XmlReader reader)
{
    private List<string>? _anomalies;

    public XmlReader Reader { get; } = reader;

    public IReadOnlyList<string> Anomalies => (IReadOnlyList<string>?)_anomalies ?? [];

    public void Anomaly(string text) => (_anomalies ??= []).Add(text);

    public bool Is(string namespaceUri) => Reader.NamespaceURI == namespaceUri;

    /// <summary>On a start element: moves inside and returns true, or consumes an empty element and returns false.</summary>
    public bool Enter()
    {
        if (Reader.IsEmptyElement)
        {
            Advance();
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Moves to the next child element (true) or to the parent's end tag (false), skipping text.</summary>
    public bool NextChild()
    {
        while (true)
        {
            switch (Reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    return false;
                default:
                    Advance();
                    break;
            }
        }
    }

    /// <summary>Consumes the end tag reached by <see cref="NextChild"/>.</summary>
    public void Leave() => Advance();

    /// <summary>Consumes the current element and everything in it.</summary>
    public void Skip() => Reader.Skip();

    /// <summary>Consumes the current element and records it as unexpected.</summary>
    public void SkipUnexpected(string where)
    {
        Anomaly($"{where}: unexpected element {{{Reader.NamespaceURI}}}{Reader.LocalName}");
        Reader.Skip();
    }

    /// <summary>Consumes the current element and returns its text (that of any nested elements included), trimmed.</summary>
    public string ReadText()
    {
        if (Reader.IsEmptyElement)
        {
            Advance();
            return string.Empty;
        }

        var depth = Reader.Depth;
        string? first = null;
        StringBuilder? more = null;
        Advance();
        while (!(Reader.NodeType == XmlNodeType.EndElement && Reader.Depth == depth))
        {
            if (Reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (first is null)
                {
                    first = Reader.Value;
                }
                else
                {
                    (more ??= new StringBuilder(first)).Append(Reader.Value);
                }
            }

            Advance();
        }

        Advance();
        return (more?.ToString() ?? first ?? string.Empty).Trim();
    }

    /// <summary>Reads an xs:dateTime element; an unreadable value is an anomaly and gives null.</summary>
    public DateTimeOffset? ReadDateTime(string where)
    {
        var text = ReadText();
        if (TryParseDateTime(text, out var value))
        {
            return value;
        }

        Anomaly($"{where} is not an xs:dateTime");
        return null;
    }

    /// <summary>Reads an xs:boolean attribute; a missing or unreadable value is an anomaly and gives false.</summary>
    public bool ReadBooleanAttribute(string name, string where)
    {
        switch (Reader.GetAttribute(name))
        {
            case "1" or "true":
                return true;
            case "0" or "false":
                return false;
            default:
                Anomaly($"{where}@{name} is not an xs:boolean");
                return false;
        }
    }

    /// <summary>Reads a <c>status</c>-shaped element (<c>s</c>, <c>lang</c>, text).</summary>
    public EppStatus? ReadStatus(string where)
    {
        var value = Reader.GetAttribute("s");
        var lang = Reader.GetAttribute("lang");
        var text = ReadText();
        if (string.IsNullOrEmpty(value))
        {
            Anomaly($"{where} has no s attribute");
            return null;
        }

        return new EppStatus(value, text.Length == 0 ? null : text, lang);
    }

    /// <summary>The attributes of the current element by local name, namespace declarations excluded.</summary>
    public IReadOnlyDictionary<string, string> ReadAttributes()
    {
        if (!Reader.HasAttributes)
        {
            return EmptyAttributes;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (Reader.MoveToNextAttribute())
        {
            if (Reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
            {
                attributes[Reader.LocalName] = Reader.Value;
            }
        }

        Reader.MoveToElement();
        return attributes;
    }

    /// <summary>Parses an xs:dateTime; a value without a zone is taken as UTC (EPP's rule).</summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T')
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
        {
            return false;
        }

        return true;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>(StringComparer.Ordinal);

    private void Advance()
    {
        if (!Reader.Read())
        {
            throw new XmlException("the document ends inside an element");
        }
    }
}
