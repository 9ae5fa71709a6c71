using System.Xml;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// The offending client element echoed in <c>&lt;extValue&gt;&lt;value&gt;</c> with a reason
/// (RFC 5730 §2.6). The gateway recognises failures by this element (result-mapping §1.6).
/// </summary>
internal sealed record ErrorValue(string Prefix, string Namespace, string Element, string? Text, string Reason,
    IReadOnlyList<(string Name, string Value)>? Attributes = null, ResponseData? Content = null)
{
    public static ErrorValue Domain(string element, string? text, string reason, params (string, string)[] attributes) =>
        new("domain", EppNamespaces.Domain, element, text, reason, attributes);

    public static ErrorValue Host(string element, string? text, string reason, params (string, string)[] attributes) =>
        new("host", EppNamespaces.Host, element, text, reason, attributes);

    public static ErrorValue Contact(string element, string? text, string reason, params (string, string)[] attributes) =>
        new("contact", EppNamespaces.Contact, element, text, reason, attributes);

    public static ErrorValue Epp(string element, string? text, string reason) =>
        new("", EppNamespaces.Epp, element, text, reason);

    public void Write(XmlWriter w)
    {
        w.WriteStartElement("extValue", EppNamespaces.Epp);
        w.WriteStartElement("value", EppNamespaces.Epp);
        w.WriteStartElement(Prefix, Element, Namespace);
        foreach (var (name, value) in Attributes ?? [])
        {
            w.WriteAttributeString(name, value);
        }

        Content?.Write(w);
        if (Text is not null)
        {
            w.WriteString(Text);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteElementString("reason", EppNamespaces.Epp, Reason);
        w.WriteEndElement();
    }
}

/// <summary>Something written inside <c>resData</c>, <c>extension</c> or an error value.</summary>
internal abstract class ResponseData
{
    public abstract void Write(XmlWriter w);
}

/// <summary>The outcome of one command: a code, error values, response data. Never an exception.</summary>
internal sealed class SandboxResult
{
    public static readonly SandboxResult Ok = new(EppResultCode.Success);

    public SandboxResult(EppResultCode code, ResponseData? resData = null, ResponseData? extension = null, IReadOnlyList<ErrorValue>? errors = null)
    {
        Code = code;
        ResData = resData;
        Extension = extension;
        Errors = errors ?? [];
    }

    public EppResultCode Code { get; }

    public ResponseData? ResData { get; }

    public ResponseData? Extension { get; }

    public IReadOnlyList<ErrorValue> Errors { get; }

    /// <summary>For poll req: the message shown in msgQ (with qDate and msg).</summary>
    public PollMessage? PollMessage { get; init; }

    /// <summary>Set by the registry for poll ack: the queue state after the ack.</summary>
    public (int Count, long? HeadId)? QueueAfter { get; init; }

    public static SandboxResult Fail(EppResultCode code, ErrorValue? value = null) =>
        new(code, errors: value is null ? null : [value]);

    public bool IsSuccess => Code.IsSuccess();
}

/// <summary>A poll message (RFC 5730 §2.9.2.3).</summary>
internal sealed record PollMessage(long Id, DateTimeOffset QueuedAt, string Text, ResponseData? ResData);
