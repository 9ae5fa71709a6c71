using System.Security;
using System.Xml.Linq;

namespace Rrp2Epp.TestKit.Sandbox;

/// <summary>EPP command frames as text, for raw-frame tests (each with a fresh clTRID <c>TEST-n</c>).</summary>
public static class EppText
{
    public const string DomainNs = "urn:ietf:params:xml:ns:domain-1.0";
    public const string HostNs = "urn:ietf:params:xml:ns:host-1.0";
    public const string ContactNs = "urn:ietf:params:xml:ns:contact-1.0";
    public const string RgpNs = "urn:ietf:params:xml:ns:rgp-1.0";

    private static int _trid;

    /// <summary>The clTRID the last built command carries.</summary>
    public static string LastClTrid { get; private set; } = "";

    public static string Hello => "<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>";

    public static string Login(string clId, string pw, string? newPw = null, string[]? objUris = null, string[]? extUris = null, string version = "1.0", string lang = "en")
    {
        objUris ??= [DomainNs, HostNs, ContactNs];
        extUris ??= [RgpNs];
        var svcs = string.Concat(objUris.Select(u => $"<objURI>{u}</objURI>"))
                   + (extUris.Length > 0 ? "<svcExtension>" + string.Concat(extUris.Select(u => $"<extURI>{u}</extURI>")) + "</svcExtension>" : "");
        return Command($"<login><clID>{E(clId)}</clID><pw>{E(pw)}</pw>{(newPw is null ? "" : $"<newPW>{E(newPw)}</newPW>")}<options><version>{version}</version><lang>{lang}</lang></options><svcs>{svcs}</svcs></login>");
    }

    public static string Logout() => Command("<logout/>");

    public static string PollReq() => Command("<poll op=\"req\"/>");

    public static string PollAck(string id) => Command($"<poll op=\"ack\" msgID=\"{E(id)}\"/>");

    public static string DomainCheck(params string[] names) => Domain("check", string.Concat(names.Select(n => $"<domain:name>{E(n)}</domain:name>")));

    public static string DomainInfo(string name, string? authInfo = null, string hosts = "all", string? roid = null) =>
        Domain("info", $"<domain:name hosts=\"{hosts}\">{E(name)}</domain:name>"
                       + (authInfo is null ? "" : $"<domain:authInfo><domain:pw{(roid is null ? "" : $" roid=\"{roid}\"")}>{E(authInfo)}</domain:pw></domain:authInfo>"));

    public static string DomainCreate(string name, string authInfo = "Secret-123", int? period = 1, string unit = "y", string[]? ns = null,
        (string Name, string[] Addresses)[]? hostAttrs = null, string? registrant = null, (string Type, string Id)[]? contacts = null)
    {
        var body = $"<domain:name>{E(name)}</domain:name>";
        if (period is { } p)
        {
            body += $"<domain:period unit=\"{unit}\">{p}</domain:period>";
        }

        if (ns is { Length: > 0 })
        {
            body += "<domain:ns>" + string.Concat(ns.Select(h => $"<domain:hostObj>{E(h)}</domain:hostObj>")) + "</domain:ns>";
        }

        if (hostAttrs is { Length: > 0 })
        {
            body += "<domain:ns>" + string.Concat(hostAttrs.Select(h => $"<domain:hostAttr><domain:hostName>{E(h.Name)}</domain:hostName>"
                + string.Concat(h.Addresses.Select(a => $"<domain:hostAddr ip=\"{(a.Contains(':') ? "v6" : "v4")}\">{a}</domain:hostAddr>")) + "</domain:hostAttr>")) + "</domain:ns>";
        }

        if (registrant is not null)
        {
            body += $"<domain:registrant>{E(registrant)}</domain:registrant>";
        }

        foreach (var (type, id) in contacts ?? [])
        {
            body += $"<domain:contact type=\"{type}\">{E(id)}</domain:contact>";
        }

        return Domain("create", body + $"<domain:authInfo><domain:pw>{E(authInfo)}</domain:pw></domain:authInfo>");
    }

    public static string DomainDelete(string name) => Domain("delete", $"<domain:name>{E(name)}</domain:name>");

    public static string DomainRenew(string name, string curExpDate, int? period = 1, string unit = "y") =>
        Domain("renew", $"<domain:name>{E(name)}</domain:name><domain:curExpDate>{curExpDate}</domain:curExpDate>"
                        + (period is { } p ? $"<domain:period unit=\"{unit}\">{p}</domain:period>" : ""));

    public static string DomainTransfer(string op, string name, string? authInfo = null, int? period = null) =>
        Command($"<transfer op=\"{op}\"><domain:transfer xmlns:domain=\"{DomainNs}\"><domain:name>{E(name)}</domain:name>"
                + (period is { } p ? $"<domain:period unit=\"y\">{p}</domain:period>" : "")
                + (authInfo is null ? "" : $"<domain:authInfo><domain:pw>{E(authInfo)}</domain:pw></domain:authInfo>")
                + "</domain:transfer></transfer>");

    /// <summary>A domain update; each part is raw inner XML of add/rem/chg (null: element left out).</summary>
    public static string DomainUpdate(string name, string? add = null, string? rem = null, string? chg = null, string? extension = null)
    {
        var body = $"<domain:name>{E(name)}</domain:name>"
                   + (add is null ? "" : $"<domain:add>{add}</domain:add>")
                   + (rem is null ? "" : $"<domain:rem>{rem}</domain:rem>")
                   + (chg is null ? "" : $"<domain:chg>{chg}</domain:chg>");
        return Command($"<update><domain:update xmlns:domain=\"{DomainNs}\">{body}</domain:update></update>"
                       + (extension is null ? "" : $"<extension>{extension}</extension>"));
    }

    public static string Ns(params string[] hosts) => "<domain:ns>" + string.Concat(hosts.Select(h => $"<domain:hostObj>{E(h)}</domain:hostObj>")) + "</domain:ns>";

    public static string Status(string s) => $"<domain:status s=\"{s}\"/>";

    public static string RestoreRequest(string name) =>
        DomainUpdate(name, chg: "", extension: $"<rgp:update xmlns:rgp=\"{RgpNs}\"><rgp:restore op=\"request\"/></rgp:update>");

    public static string RestoreReport(string name) =>
        DomainUpdate(name, chg: "", extension: $"<rgp:update xmlns:rgp=\"{RgpNs}\"><rgp:restore op=\"report\"><rgp:report>"
            + "<rgp:preData>Pre-delete data.</rgp:preData><rgp:postData>Post-restore data.</rgp:postData>"
            + "<rgp:delTime>2003-07-10T22:00:00.0Z</rgp:delTime><rgp:resTime>2003-07-20T22:00:00.0Z</rgp:resTime>"
            + "<rgp:resReason>Registrant error.</rgp:resReason><rgp:statement>Not restored to sell.</rgp:statement>"
            + "<rgp:statement>True to the best of our knowledge.</rgp:statement></rgp:report></rgp:restore></rgp:update>");

    public static string HostCheck(params string[] names) => Host("check", string.Concat(names.Select(n => $"<host:name>{E(n)}</host:name>")));

    public static string HostInfo(string name) => Host("info", $"<host:name>{E(name)}</host:name>");

    public static string HostCreate(string name, params string[] addresses) => Host("create", $"<host:name>{E(name)}</host:name>" + Addresses(addresses));

    public static string HostDelete(string name) => Host("delete", $"<host:name>{E(name)}</host:name>");

    public static string HostUpdate(string name, string[]? addAddresses = null, string[]? remAddresses = null, string? newName = null,
        string[]? addStatuses = null, string[]? remStatuses = null)
    {
        string Part(string tag, string[]? addresses, string[]? statuses) =>
            (addresses?.Length ?? 0) + (statuses?.Length ?? 0) == 0 ? ""
                : $"<host:{tag}>" + Addresses(addresses ?? []) + string.Concat((statuses ?? []).Select(s => $"<host:status s=\"{s}\"/>")) + $"</host:{tag}>";
        return Host("update", $"<host:name>{E(name)}</host:name>" + Part("add", addAddresses, addStatuses) + Part("rem", remAddresses, remStatuses)
                              + (newName is null ? "" : $"<host:chg><host:name>{E(newName)}</host:name></host:chg>"));
    }

    public static string ContactCreate(string id, string authInfo = "Contact-pw1", string email = "jdoe@example.com", string name = "John Doe") =>
        Contact("create", $"<contact:id>{E(id)}</contact:id><contact:postalInfo type=\"int\"><contact:name>{E(name)}</contact:name>"
                          + "<contact:addr><contact:street>123 Example Dr.</contact:street><contact:city>Dulles</contact:city><contact:cc>US</contact:cc></contact:addr></contact:postalInfo>"
                          + $"<contact:voice x=\"1234\">+1.7035555555</contact:voice><contact:email>{E(email)}</contact:email>"
                          + $"<contact:authInfo><contact:pw>{E(authInfo)}</contact:pw></contact:authInfo>");

    public static string ContactCheck(params string[] ids) => Contact("check", string.Concat(ids.Select(n => $"<contact:id>{E(n)}</contact:id>")));

    public static string ContactInfo(string id, string? authInfo = null) =>
        Contact("info", $"<contact:id>{E(id)}</contact:id>" + (authInfo is null ? "" : $"<contact:authInfo><contact:pw>{E(authInfo)}</contact:pw></contact:authInfo>"));

    public static string ContactDelete(string id) => Contact("delete", $"<contact:id>{E(id)}</contact:id>");

    public static string ContactUpdate(string id, string inner) => Contact("update", $"<contact:id>{E(id)}</contact:id>{inner}");

    /// <summary>A command element (verb and object XML) wrapped with a fresh clTRID.</summary>
    public static string Command(string inner)
    {
        LastClTrid = "TEST-" + Interlocked.Increment(ref _trid).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command>{inner}<clTRID>{LastClTrid}</clTRID></command></epp>";
    }

    private static string Domain(string verb, string body) => Command($"<{verb}><domain:{verb} xmlns:domain=\"{DomainNs}\">{body}</domain:{verb}></{verb}>");

    private static string Host(string verb, string body) => Command($"<{verb}><host:{verb} xmlns:host=\"{HostNs}\">{body}</host:{verb}></{verb}>");

    private static string Contact(string verb, string body) => Command($"<{verb}><contact:{verb} xmlns:contact=\"{ContactNs}\">{body}</contact:{verb}></{verb}>");

    private static string Addresses(string[] addresses) =>
        string.Concat(addresses.Select(a => $"<host:addr ip=\"{(a.Contains(':') ? "v6" : "v4")}\">{a}</host:addr>"));

    private static string E(string text) => SecurityElement.Escape(text);
}

/// <summary>Reading responses by meaning (namespace URIs, never prefixes).</summary>
public static class RawEppResponses
{
    private static readonly XNamespace Epp = "urn:ietf:params:xml:ns:epp-1.0";

    public static int Code(this XDocument doc) => (int)doc.Root!.Element(Epp + "response")!.Element(Epp + "result")!.Attribute("code")!;

    public static string? ClTrid(this XDocument doc) => doc.Root!.Element(Epp + "response")?.Element(Epp + "trID")?.Element(Epp + "clTRID")?.Value;

    public static string SvTrid(this XDocument doc) => doc.Root!.Element(Epp + "response")!.Element(Epp + "trID")!.Element(Epp + "svTRID")!.Value;

    /// <summary>The element echoed in the first result's value (extValue/value or value), or null.</summary>
    public static XElement? ErrorValue(this XDocument doc)
    {
        var result = doc.Root!.Element(Epp + "response")!.Element(Epp + "result")!;
        var value = result.Element(Epp + "extValue")?.Element(Epp + "value") ?? result.Element(Epp + "value");
        return value?.Elements().FirstOrDefault();
    }

    public static XElement? MsgQ(this XDocument doc) => doc.Root!.Element(Epp + "response")?.Element(Epp + "msgQ");

    public static XElement? ResData(this XDocument doc) => doc.Root!.Element(Epp + "response")?.Element(Epp + "resData")?.Elements().FirstOrDefault();

    public static XElement? Extension(this XDocument doc) => doc.Root!.Element(Epp + "response")?.Element(Epp + "extension")?.Elements().FirstOrDefault();

    /// <summary>The text of the first descendant of resData with this local name.</summary>
    public static string? Data(this XDocument doc, string localName) =>
        doc.ResData()?.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    /// <summary>The <c>s</c> attributes of the status elements in resData.</summary>
    public static IReadOnlyList<string> Statuses(this XDocument doc) =>
        doc.ResData()?.Elements().Where(e => e.Name.LocalName == "status").Select(e => (string)e.Attribute("s")!).ToList() ?? [];

    /// <summary>The rgpStatus values in the extension (rgp:infData / rgp:upData).</summary>
    public static IReadOnlyList<string> RgpStatuses(this XDocument doc) =>
        doc.Extension()?.Elements().Select(e => (string)e.Attribute("s")!).ToList() ?? [];
}
