using System.Globalization;
using System.Text;
using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// Reads server frames (responses and greetings) with a streaming <see cref="XmlReader"/>: DTDs
/// prohibited, no resolver, per-thread shared settings and name table, namespaces matched by URI
/// (never by prefix). It never throws on bad input: a frame that cannot be trusted becomes an
/// <see cref="EppMalformedMessage"/> with the reason (result-mapping.md §4 G11 a). Unknown
/// extensions and response data are tolerated; other departures from the schema are listed in the
/// message's anomalies while the result code stays usable (G11 b).
/// </summary>
public static class EppResponseReader
{
    /// <summary>Reads one frame payload. Never throws for bad input.</summary>
    /// <param name="payload">The XML instance (UTF-8 or as its declaration says).</param>
    /// <param name="maxBytes">Payloads larger than this are refused unread.</param>
    public static EppMessage Read(ReadOnlyMemory<byte> payload, int maxBytes = EppFraming.DefaultMaxFrameBytes)
    {
        if (payload.IsEmpty)
        {
            return new EppMalformedMessage("empty frame");
        }

        if (payload.Length > maxBytes)
        {
            return new EppMalformedMessage(string.Create(CultureInfo.InvariantCulture, $"frame of {payload.Length} octets exceeds the cap of {maxBytes}"));
        }

        try
        {
            using var stream = new MemoryReadStream(payload);
            using var reader = XmlReader.Create(stream, EppReaderContext.For(maxBytes).Settings);
            return ReadDocument(new XmlCursor(reader));
        }
        catch (MalformedException e)
        {
            return new EppMalformedMessage(e.Message);
        }
        catch (XmlException e)
        {
            return new EppMalformedMessage("not well-formed XML: " + e.Message);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or InvalidOperationException or FormatException or OverflowException or IOException)
        {
            return new EppMalformedMessage($"unreadable frame ({e.GetType().Name}): {e.Message}");
        }
    }

    /// <summary>Reads a frame given as text (tests, tools).</summary>
    public static EppMessage Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Read(EppXml.Utf8.GetBytes(xml));
    }

    private static EppMessage ReadDocument(XmlCursor c)
    {
        var r = c.Reader;
        if (r.MoveToContent() != XmlNodeType.Element || !c.Is(EppNamespaces.Epp) || r.LocalName != "epp")
        {
            throw new MalformedException($"the root element is {{{r.NamespaceURI}}}{r.LocalName}, not EPP's <epp>");
        }

        if (r.IsEmptyElement)
        {
            throw new MalformedException("<epp> is empty");
        }

        r.Read();
        if (!c.NextChild())
        {
            throw new MalformedException("<epp> holds no element");
        }

        EppMessage message;
        if (c.Is(EppNamespaces.Epp) && r.LocalName == "response")
        {
            message = ReadResponse(c);
        }
        else if (c.Is(EppNamespaces.Epp) && r.LocalName == "greeting")
        {
            message = GreetingReader.Read(c);
        }
        else
        {
            throw new MalformedException($"<epp> holds {{{r.NamespaceURI}}}{r.LocalName}, not a response or greeting");
        }

        // The rest must still be well formed (a cut-off frame throws here) and hold nothing else.
        var trailing = r.NodeType == XmlNodeType.Element;
        while (r.Read())
        {
            trailing |= r.NodeType == XmlNodeType.Element;
        }

        if (trailing)
        {
            throw new MalformedException("<epp> holds more than one message");
        }

        return message;
    }

    private static EppResponse ReadResponse(XmlCursor c)
    {
        var r = c.Reader;
        var results = new List<EppResult>(1);
        EppMessageQueue? queue = null;
        List<EppResponseData>? data = null;
        List<EppExtensionData>? extensions = null;
        string? clTrid = null, svTrid = null;
        var sawTrId = false;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(EppNamespaces.Epp) ? r.LocalName : null)
                {
                    case "result":
                        results.Add(ReadResult(c));
                        break;
                    case "msgQ":
                        queue = ReadMessageQueue(c);
                        break;
                    case "resData":
                        data = ReadChildren(c, data, ReadResponseData);
                        break;
                    case "extension":
                        extensions = ReadChildren(c, extensions, ReadExtension);
                        break;
                    case "trID":
                        (clTrid, svTrid) = CommonDataReader.ReadTransactionIds(c, "trID");
                        sawTrId = true;
                        break;
                    default:
                        c.SkipUnexpected("response");
                        break;
                }
            }

            c.Leave();
        }

        if (results.Count == 0)
        {
            throw new MalformedException("the response has no <result>");
        }

        if (results.Count > 1 && results.Any(x => x.Code.IsSuccess()))
        {
            c.Anomaly("the response mixes several results with a success");
        }

        if (!sawTrId)
        {
            c.Anomaly("the response has no trID");
        }

        return new EppResponse
        {
            Results = results,
            MessageQueue = queue,
            Data = (IReadOnlyList<EppResponseData>?)data ?? [],
            Extensions = (IReadOnlyList<EppExtensionData>?)extensions ?? [],
            ClientTransactionId = clTrid,
            ServerTransactionId = svTrid,
            Anomalies = c.Anomalies,
        };
    }

    private static EppResult ReadResult(XmlCursor c)
    {
        var r = c.Reader;
        var codeText = r.GetAttribute("code");
        if (codeText is null)
        {
            throw new MalformedException("a <result> has no code");
        }

        if (!int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || !EppResultCodes.IsDefined(code))
        {
            throw new MalformedException($"result code '{Truncate(codeText)}' is not in RFC 5730's list");
        }

        var message = string.Empty;
        string? lang = null;
        var sawMessage = false;
        List<EppResultValue>? values = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(EppNamespaces.Epp) ? r.LocalName : null)
                {
                    case "msg":
                        lang = r.GetAttribute("lang");
                        message = c.ReadText();
                        sawMessage = true;
                        break;
                    case "value":
                        (values ??= []).Add(ReadValue(c, null));
                        break;
                    case "extValue":
                        (values ??= []).Add(ReadExtValue(c));
                        break;
                    default:
                        c.SkipUnexpected("result");
                        break;
                }
            }

            c.Leave();
        }

        if (!sawMessage)
        {
            c.Anomaly("a result has no msg");
        }

        return new EppResult((EppResultCode)code, message, lang, (IReadOnlyList<EppResultValue>?)values ?? []);
    }

    /// <summary>A <c>&lt;value&gt;</c>: the first child element's name, attributes and text (secrets masked).</summary>
    private static EppResultValue ReadValue(XmlCursor c, string? reason)
    {
        var r = c.Reader;
        string? ns = null, localName = null;
        var text = string.Empty;
        IReadOnlyDictionary<string, string> attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.IsEmptyElement)
        {
            r.Read();
            return new EppResultValue(null, null, text, attributes, reason);
        }

        var depth = r.Depth;
        r.Read();
        while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element && localName is null)
            {
                ns = r.NamespaceURI;
                localName = r.LocalName;
                attributes = c.ReadAttributes();
                text = c.ReadText();
                if (SecretElements.IsSecret(ns, localName) || localName is "pw" or "newPW")
                {
                    text = EppSecret.Mask;
                }
            }
            else if (r.NodeType == XmlNodeType.Element)
            {
                r.Skip();
            }
            else
            {
                if (localName is null && r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    text = (text + r.Value).Trim();
                }

                if (!r.Read())
                {
                    throw new XmlException("the document ends inside a <value>");
                }
            }
        }

        r.Read();
        return new EppResultValue(ns, localName, text, attributes, reason);
    }

    private static EppResultValue ReadExtValue(XmlCursor c)
    {
        var r = c.Reader;
        EppResultValue? value = null;
        string? reason = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(EppNamespaces.Epp) ? r.LocalName : null)
                {
                    case "value":
                        value = ReadValue(c, null);
                        break;
                    case "reason":
                        reason = c.ReadText();
                        break;
                    default:
                        c.SkipUnexpected("extValue");
                        break;
                }
            }

            c.Leave();
        }

        if (value is null || reason is null)
        {
            c.Anomaly("an extValue lacks its value or reason");
        }

        return (value ?? new EppResultValue(null, null, string.Empty, new Dictionary<string, string>(StringComparer.Ordinal), null)) with { Reason = reason ?? string.Empty };
    }

    private static EppMessageQueue ReadMessageQueue(XmlCursor c)
    {
        var r = c.Reader;
        var countText = r.GetAttribute("count");
        var id = r.GetAttribute("id");
        if (!long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            c.Anomaly("msgQ@count is missing or not a number");
        }

        if (string.IsNullOrEmpty(id))
        {
            c.Anomaly("msgQ@id is missing");
        }

        DateTimeOffset? queuedAt = null;
        string? message = null, lang = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(EppNamespaces.Epp) ? r.LocalName : null)
                {
                    case "qDate":
                        queuedAt = c.ReadDateTime("msgQ/qDate");
                        break;
                    case "msg":
                        lang = r.GetAttribute("lang");
                        message = c.ReadText();
                        break;
                    default:
                        c.SkipUnexpected("msgQ");
                        break;
                }
            }

            c.Leave();
        }

        return new EppMessageQueue(count, id ?? string.Empty) { QueuedAt = queuedAt, Message = message, Language = lang };
    }

    private static List<T>? ReadChildren<T>(XmlCursor c, List<T>? list, Func<XmlCursor, T> readOne)
    {
        if (c.Enter())
        {
            while (c.NextChild())
            {
                (list ??= []).Add(readOne(c));
            }

            c.Leave();
        }

        return list;
    }

    private static EppResponseData ReadResponseData(XmlCursor c)
    {
        var ns = c.Reader.NamespaceURI;
        if (ns == EppNamespaces.Domain)
        {
            return DomainDataReader.Read(c);
        }

        if (ns == EppNamespaces.Host)
        {
            return HostDataReader.Read(c);
        }

        if (ns == EppNamespaces.Contact)
        {
            return ContactDataReader.Read(c);
        }

        var unknown = new UnknownResponseData(ns, c.Reader.LocalName);
        c.Skip();
        return unknown;
    }

    private static EppExtensionData ReadExtension(XmlCursor c)
    {
        var r = c.Reader;
        if (c.Is(EppNamespaces.Rgp) && r.LocalName is "infData" or "upData")
        {
            var isInfo = r.LocalName == "infData";
            var statuses = new List<EppStatus>();
            if (c.Enter())
            {
                while (c.NextChild())
                {
                    if (!c.Is(EppNamespaces.Rgp) || r.LocalName != "rgpStatus")
                    {
                        c.SkipUnexpected("rgp data");
                    }
                    else if (c.ReadStatus("rgp:rgpStatus") is { } status)
                    {
                        statuses.Add(status);
                    }
                }

                c.Leave();
            }

            if (statuses.Count == 0)
            {
                c.Anomaly("rgp data holds no rgpStatus");
            }

            return isInfo ? new RgpInfoData(statuses) : new RgpUpdateData(statuses);
        }

        var unknown = new UnknownExtensionData(r.NamespaceURI, r.LocalName);
        c.Skip();
        return unknown;
    }

    internal static string Truncate(string text) => text.Length <= 16 ? text : text[..16] + "…";

    /// <summary>Aborts reading with the reason of an <see cref="EppMalformedMessage"/>.</summary>
    internal sealed class MalformedException(string message) : Exception(message);
}
