using System.Globalization;
using System.Xml.Linq;

namespace Rrp2Epp.TestKit.Mapping;

/// <summary>An element echoed in a failed result's <c>&lt;value&gt;</c> (with <see cref="Reason"/>: an <c>&lt;extValue&gt;</c>).</summary>
/// <param name="Prefix">domain, host, contact, rgp or epp.</param>
/// <param name="LocalName">The element's local name, e.g. <c>hostObj</c>.</param>
/// <param name="Text">Its text.</param>
/// <param name="Reason">The extValue's free-text reason, or null for a plain value.</param>
public sealed record EppValueXml(string Prefix, string LocalName, string Text, string? Reason = null);

/// <summary>What a <c>domain:infData</c> holds; defaults describe a plain domain of <see cref="EppResponseXml.Self"/>.</summary>
public sealed record DomainInfoXml(string Name)
{
    public string? ClientId { get; init; } = EppResponseXml.Self;
    public IReadOnlyList<string> Statuses { get; init; } = ["ok"];
    public IReadOnlyList<string> NameServers { get; init; } = [];
    public IReadOnlyList<(string Name, string[] Addresses)> HostAttributes { get; init; } = [];
    public IReadOnlyList<string> SubordinateHosts { get; init; } = [];
    public string? CreatorId { get; init; } = EppResponseXml.Self;
    public DateTimeOffset? CreatedAt { get; init; } = new DateTimeOffset(2020, 5, 2, 14, 10, 0, TimeSpan.Zero);
    public string? UpdaterId { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; } = new DateTimeOffset(2026, 5, 2, 14, 10, 0, TimeSpan.Zero);
    public DateTimeOffset? TransferredAt { get; init; }
    public IReadOnlyList<string> Rgp { get; init; } = [];
    public bool Reduced { get; init; }
}

/// <summary>What a <c>host:infData</c> holds.</summary>
public sealed record HostInfoXml(string Name)
{
    public string ClientId { get; init; } = EppResponseXml.Self;
    public IReadOnlyList<string> Statuses { get; init; } = ["ok"];
    public IReadOnlyList<string> Addresses { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; } = new DateTimeOffset(2020, 5, 2, 14, 10, 0, TimeSpan.Zero);
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? TransferredAt { get; init; }
}

/// <summary>What a <c>domain:trnData</c> holds.</summary>
public sealed record TransferXml(string Name, string Status, string RequestingClientId, DateTimeOffset RequestedAt, string ActingClientId, DateTimeOffset ActionDate)
{
    public DateTimeOffset? ExpiresAt { get; init; }
}

/// <summary>
/// EPP response frames as text, written from RFC 5730-5732 and 3915 (all schema-valid; tests read them with the real
/// <c>EppResponseReader</c>), so translations are driven with responses a registry could actually send.
/// </summary>
public static class EppResponseXml
{
    /// <summary>The session's registrar in the tests.</summary>
    public const string Self = "RegistrarA";

    /// <summary>Another registrar.</summary>
    public const string Other = "RegistrarB";

    private static readonly XNamespace Epp = "urn:ietf:params:xml:ns:epp-1.0";
    private static readonly XNamespace Domain = "urn:ietf:params:xml:ns:domain-1.0";
    private static readonly XNamespace Host = "urn:ietf:params:xml:ns:host-1.0";
    private static readonly XNamespace Rgp = "urn:ietf:params:xml:ns:rgp-1.0";
    private static readonly Dictionary<string, XNamespace> Prefixes = new(StringComparer.Ordinal)
    {
        ["domain"] = Domain,
        ["host"] = Host,
        ["contact"] = "urn:ietf:params:xml:ns:contact-1.0",
        ["rgp"] = Rgp,
        ["epp"] = Epp,
    };

    private static int _svTrid;

    /// <summary>A result with no data; <paramref name="values"/> become value/extValue elements.</summary>
    public static string Result(int code, params EppValueXml[] values) => Frame(code, null, null, values);

    /// <summary>A <c>domain:infData</c> answer (1000).</summary>
    public static string DomainInfo(DomainInfoXml d)
    {
        var data = new XElement(Domain + "infData", new XAttribute(XNamespace.Xmlns + "domain", Domain.NamespaceName),
            new XElement(Domain + "name", d.Name),
            new XElement(Domain + "roid", "D" + Math.Abs(StringComparer.Ordinal.GetHashCode(d.Name) % 1000000).ToString(CultureInfo.InvariantCulture) + "-EX"));
        if (!d.Reduced)
        {
            data.Add(d.Statuses.Select(s => new XElement(Domain + "status", new XAttribute("s", s))));
            if (d.NameServers.Count > 0)
            {
                data.Add(new XElement(Domain + "ns", d.NameServers.Select(n => new XElement(Domain + "hostObj", n))));
            }
            else if (d.HostAttributes.Count > 0)
            {
                data.Add(new XElement(Domain + "ns", d.HostAttributes.Select(h => new XElement(Domain + "hostAttr",
                    new XElement(Domain + "hostName", h.Name),
                    h.Addresses.Select(a => new XElement(Domain + "hostAddr", new XAttribute("ip", a.Contains(':', StringComparison.Ordinal) ? "v6" : "v4"), a))))));
            }

            data.Add(d.SubordinateHosts.Select(h => new XElement(Domain + "host", h)));
        }

        if (d.ClientId is not null)
        {
            data.Add(new XElement(Domain + "clID", d.ClientId));
        }

        if (!d.Reduced)
        {
            Optional(data, Domain + "crID", d.CreatorId);
            Optional(data, Domain + "crDate", d.CreatedAt);
            Optional(data, Domain + "upID", d.UpdaterId);
            Optional(data, Domain + "upDate", d.UpdatedAt);
            Optional(data, Domain + "exDate", d.ExpiresAt);
            Optional(data, Domain + "trDate", d.TransferredAt);
        }

        XElement? extension = d.Rgp.Count == 0 ? null
            : new XElement(Rgp + "infData", new XAttribute(XNamespace.Xmlns + "rgp", Rgp.NamespaceName), d.Rgp.Select(s => new XElement(Rgp + "rgpStatus", new XAttribute("s", s))));
        return Frame(1000, data, extension, []);
    }

    /// <summary>A <c>host:infData</c> answer (1000).</summary>
    public static string HostInfo(HostInfoXml h) => Frame(1000,
        new XElement(Host + "infData", new XAttribute(XNamespace.Xmlns + "host", Host.NamespaceName),
            new XElement(Host + "name", h.Name),
            new XElement(Host + "roid", "H" + Math.Abs(StringComparer.Ordinal.GetHashCode(h.Name) % 1000000).ToString(CultureInfo.InvariantCulture) + "-EX"),
            h.Statuses.Select(s => new XElement(Host + "status", new XAttribute("s", s))),
            h.Addresses.Select(a => new XElement(Host + "addr", new XAttribute("ip", a.Contains(':', StringComparison.Ordinal) ? "v6" : "v4"), a)),
            new XElement(Host + "clID", h.ClientId),
            new XElement(Host + "crID", h.ClientId),
            new XElement(Host + "crDate", Date(h.CreatedAt)),
            h.UpdatedAt is { } up ? new object[] { new XElement(Host + "upID", h.ClientId), new XElement(Host + "upDate", Date(up)) } : null,
            h.TransferredAt is { } tr ? new XElement(Host + "trDate", Date(tr)) : null),
        null, []);

    /// <summary>A <c>domain:chkData</c> answer.</summary>
    public static string DomainCheck(params (string Name, bool Available)[] names) => Check(Domain, "domain", names);

    /// <summary>A <c>host:chkData</c> answer.</summary>
    public static string HostCheck(params (string Name, bool Available)[] names) => Check(Host, "host", names);

    /// <summary>A <c>domain:creData</c> answer.</summary>
    public static string DomainCreated(string name, DateTimeOffset createdAt, DateTimeOffset? expiresAt, int code = 1000) => Frame(code,
        new XElement(Domain + "creData", new XAttribute(XNamespace.Xmlns + "domain", Domain.NamespaceName),
            new XElement(Domain + "name", name), new XElement(Domain + "crDate", Date(createdAt)),
            expiresAt is { } ex ? new XElement(Domain + "exDate", Date(ex)) : null),
        null, []);

    /// <summary>A <c>host:creData</c> answer.</summary>
    public static string HostCreated(string name, DateTimeOffset createdAt) => Frame(1000,
        new XElement(Host + "creData", new XAttribute(XNamespace.Xmlns + "host", Host.NamespaceName),
            new XElement(Host + "name", name), new XElement(Host + "crDate", Date(createdAt))),
        null, []);

    /// <summary>A <c>domain:renData</c> answer (without exDate when <paramref name="expiresAt"/> is null).</summary>
    public static string DomainRenewed(string name, DateTimeOffset? expiresAt, int code = 1000) => Frame(code,
        new XElement(Domain + "renData", new XAttribute(XNamespace.Xmlns + "domain", Domain.NamespaceName),
            new XElement(Domain + "name", name), expiresAt is { } ex ? new XElement(Domain + "exDate", Date(ex)) : null),
        null, []);

    /// <summary>A <c>domain:trnData</c> answer (transfer query or operation).</summary>
    public static string Transfer(TransferXml t, int code = 1000) => Frame(code,
        new XElement(Domain + "trnData", new XAttribute(XNamespace.Xmlns + "domain", Domain.NamespaceName),
            new XElement(Domain + "name", t.Name), new XElement(Domain + "trStatus", t.Status),
            new XElement(Domain + "reID", t.RequestingClientId), new XElement(Domain + "reDate", Date(t.RequestedAt)),
            new XElement(Domain + "acID", t.ActingClientId), new XElement(Domain + "acDate", Date(t.ActionDate)),
            t.ExpiresAt is { } ex ? new XElement(Domain + "exDate", Date(ex)) : null),
        null, []);

    /// <summary>A restore request's answer with <c>rgp:upData</c>.</summary>
    public static string RestoreRequested(string rgpStatus = "pendingRestore") => Frame(1000, null,
        new XElement(Rgp + "upData", new XAttribute(XNamespace.Xmlns + "rgp", Rgp.NamespaceName), new XElement(Rgp + "rgpStatus", new XAttribute("s", rgpStatus))),
        []);

    private static string Check(XNamespace ns, string prefix, (string Name, bool Available)[] names) => Frame(1000,
        new XElement(ns + "chkData", new XAttribute(XNamespace.Xmlns + prefix, ns.NamespaceName),
            names.Select(n => new XElement(ns + "cd", new XElement(ns + "name", new XAttribute("avail", n.Available ? "1" : "0"), n.Name),
                n.Available ? null : new XElement(ns + "reason", "In use")))),
        null, []);

    private static string Frame(int code, XElement? resData, XElement? extension, IReadOnlyList<EppValueXml> values)
    {
        var result = new XElement(Epp + "result", new XAttribute("code", code.ToString(CultureInfo.InvariantCulture)), new XElement(Epp + "msg", Message(code)));
        foreach (var v in values)
        {
            var ns = Prefixes[v.Prefix];
            var echoed = new XElement(ns + v.LocalName, v.Prefix == "epp" ? null : new XAttribute(XNamespace.Xmlns + v.Prefix, ns.NamespaceName), v.Text);
            result.Add(v.Reason is null
                ? new XElement(Epp + "value", echoed)
                : new XElement(Epp + "extValue", new XElement(Epp + "value", echoed), new XElement(Epp + "reason", v.Reason)));
        }

        var response = new XElement(Epp + "response", result);
        if (resData is not null)
        {
            response.Add(new XElement(Epp + "resData", resData));
        }

        if (extension is not null)
        {
            response.Add(new XElement(Epp + "extension", extension));
        }

        response.Add(new XElement(Epp + "trID",
            new XElement(Epp + "clTRID", "RRPGW-TEST"),
            new XElement(Epp + "svTRID", "SRV-" + Interlocked.Increment(ref _svTrid).ToString("D6", CultureInfo.InvariantCulture))));
        return new XDocument(new XDeclaration("1.0", "UTF-8", "no"), new XElement(Epp + "epp", response)).ToString(SaveOptions.DisableFormatting);
    }

    private static void Optional(XElement parent, XName name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DateTimeOffset date:
                parent.Add(new XElement(name, Date(date)));
                return;
            default:
                parent.Add(new XElement(name, value));
                return;
        }
    }

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.f'Z'", CultureInfo.InvariantCulture);

    private static string Message(int code) => code switch
    {
        1000 => "Command completed successfully",
        1001 => "Command completed successfully; action pending",
        1300 => "Command completed successfully; no messages",
        1301 => "Command completed successfully; ack to dequeue",
        1500 => "Command completed successfully; ending session",
        _ => "Command failed (" + code.ToString(CultureInfo.InvariantCulture) + ")",
    };
}
