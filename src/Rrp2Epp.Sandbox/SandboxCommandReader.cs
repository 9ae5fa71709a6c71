using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

/// <summary>A frame read: a command, or the error (2001 schema/syntax, 2102 unimplemented option) with the clTRID when it could still be read.</summary>
internal readonly record struct ReadResult(SandboxCommand? Command, string? ClTrid, string? Error, EppResultCode ErrorCode = EppResultCode.CommandSyntaxError);

/// <summary>
/// Validates every incoming frame against the official schemas (a validating <see cref="XmlReader"/>
/// with DTDs prohibited, one per session so its NameTable and error list need no locking), then
/// reads the command into a typed request. Nothing here decides registry rules.
/// </summary>
internal sealed class SandboxCommandReader
{
    private static readonly XNamespace Epp = EppNamespaces.Epp;
    private static readonly XNamespace Dom = EppNamespaces.Domain;
    private static readonly XNamespace Hst = EppNamespaces.Host;
    private static readonly XNamespace Con = EppNamespaces.Contact;
    private static readonly XNamespace Rgp = EppNamespaces.Rgp;

    private readonly XmlReaderSettings _settings;
    private readonly XmlReaderSettings _plainSettings;
    private string? _firstError;

    public SandboxCommandReader()
    {
        _settings = EppSchemas.CreateValidatingSettings((_, e) => _firstError ??= e.Message);
        _settings.NameTable = new NameTable();
        _plainSettings = EppSchemas.SecureReaderSettings.Clone();
        _plainSettings.NameTable = new NameTable();
    }

    public ReadResult Read(ReadOnlyMemory<byte> payload)
    {
        _firstError = null;
        XDocument document;
        try
        {
            using var stream = AsStream(payload);
            using var reader = XmlReader.Create(stream, _settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return new ReadResult(null, RecoverClTrid(payload), "not well-formed XML: " + e.Message);
        }

        if (_firstError is not null)
        {
            return new ReadResult(null, RecoverClTrid(payload), _firstError);
        }

        var root = document.Root!;
        var body = root.Elements().First();
        if (body.Name == Epp + "hello")
        {
            return new ReadResult(new HelloRequest(), null, null);
        }

        if (body.Name != Epp + "command")
        {
            return new ReadResult(null, null, $"a client sends <command> or <hello>, not <{body.Name.LocalName}>");
        }

        var clTrid = body.Element(Epp + "clTRID")?.Value.Trim();
        var verb = body.Elements().First();
        var extensions = body.Element(Epp + "extension")?.Elements().ToList() ?? [];
        try
        {
            var command = ReadCommand(verb, extensions) with
            {
                ClTrid = clTrid,
                Extensions = extensions.Select(e => e.Name.NamespaceName).Distinct(StringComparer.Ordinal).ToList(),
            };
            return new ReadResult(command, clTrid, null);
        }
        catch (FormatException e)
        {
            return new ReadResult(null, clTrid, e.Message);
        }
        catch (NotSupportedException e)
        {
            return new ReadResult(null, clTrid, e.Message, EppResultCode.UnimplementedOption);
        }
    }

    private static SandboxCommand ReadCommand(XElement verb, List<XElement> extensions)
    {
        switch (verb.Name.LocalName)
        {
            case "login":
                return ReadLogin(verb);
            case "logout":
                return new LogoutRequest();
            case "poll":
                return new PollRequest((string?)verb.Attribute("op") == "ack", ((string?)verb.Attribute("msgID"))?.Trim());
        }

        var element = verb.Elements().First();
        var op = (string?)verb.Attribute("op");
        var kind = element.Name.NamespaceName switch
        {
            EppNamespaces.Domain => "domain:",
            EppNamespaces.Host => "host:",
            EppNamespaces.Contact => "contact:",
            _ => "unknown:",
        } + verb.Name.LocalName;
        if (element.Name.LocalName != verb.Name.LocalName)
        {
            throw new FormatException($"<{verb.Name.LocalName}> must carry a {verb.Name.LocalName} element, not <{element.Name.LocalName}>");
        }

        var restore = extensions.FirstOrDefault(e => e.Name == Rgp + "update");
        if (restore is not null && kind != "domain:update")
        {
            return new RejectedRequest(kind, (int)EppResultCode.UnimplementedExtension, "rgp:update extends domain:update only", element.Name.NamespaceName);
        }

        return element.Name.NamespaceName switch
        {
            EppNamespaces.Domain => ReadDomain(element, op, restore),
            EppNamespaces.Host => ReadHost(element),
            EppNamespaces.Contact => ReadContact(element, op),
            _ => new RejectedRequest(kind, (int)EppResultCode.UnimplementedObjectService, "This registry does not offer this object service", element.Name.NamespaceName),
        };
    }

    private static LoginRequest ReadLogin(XElement login)
    {
        var options = login.Element(Epp + "options")!;
        var svcs = login.Element(Epp + "svcs")!;
        return new LoginRequest(
            Text(login, Epp + "clID"),
            Text(login, Epp + "pw"),
            login.Element(Epp + "newPW")?.Value.Trim(),
            Text(options, Epp + "version"),
            Text(options, Epp + "lang"),
            svcs.Elements(Epp + "objURI").Select(e => e.Value.Trim()).ToList(),
            svcs.Element(Epp + "svcExtension")?.Elements(Epp + "extURI").Select(e => e.Value.Trim()).ToList() ?? []);
    }

    private static SandboxCommand ReadDomain(XElement e, string? op, XElement? restore)
    {
        var name = e.Element(Dom + "name")?.Value.Trim() ?? "";
        switch (e.Name.LocalName)
        {
            case "check":
                return new DomainCheckRequest(e.Elements(Dom + "name").Select(n => n.Value.Trim()).ToList());
            case "info":
                var infoName = e.Element(Dom + "name")!;
                return new DomainInfoRequest(infoName.Value.Trim(), (string?)infoName.Attribute("hosts") ?? "all", ReadAuthInfo(e.Element(Dom + "authInfo"), Dom));
            case "create":
                var ns = e.Element(Dom + "ns");
                return new DomainCreateRequest(
                    name,
                    ReadPeriod(e.Element(Dom + "period")),
                    ns?.Elements(Dom + "hostObj").Select(h => h.Value.Trim()).ToList(),
                    ns?.Elements(Dom + "hostAttr").Select(ReadHostAttr).ToList(),
                    e.Element(Dom + "registrant")?.Value.Trim(),
                    ReadContacts(e),
                    ReadAuthInfo(e.Element(Dom + "authInfo"), Dom));
            case "delete":
                return new DomainDeleteRequest(name);
            case "renew":
                var cur = Text(e, Dom + "curExpDate");
                if (!DateOnly.TryParseExact(cur.Length >= 10 ? cur[..10] : cur, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new FormatException("curExpDate is not a date");
                }

                return new DomainRenewRequest(name, date, cur, ReadPeriod(e.Element(Dom + "period")));
            case "transfer":
                return new DomainTransferRequest(op ?? "query", name, ReadPeriod(e.Element(Dom + "period")), ReadAuthInfo(e.Element(Dom + "authInfo"), Dom));
            default:
                var chg = e.Element(Dom + "chg");
                var auth = chg?.Element(Dom + "authInfo");
                RestoreOperation? restoreOp = null;
                if (restore is not null)
                {
                    var r = restore.Element(Rgp + "restore")!;
                    restoreOp = new RestoreOperation((string?)r.Attribute("op") ?? "request", r.Element(Rgp + "report") is not null);
                }

                var hasElements = e.Element(Dom + "add") is not null || e.Element(Dom + "rem") is not null || chg is not null;
                if (!hasElements)
                {
                    throw new FormatException("domain:update needs at least one add, rem or chg element (RFC 5731 §3.2.5, RFC 3915 §4.2.5)");
                }

                return new DomainUpdateRequest(
                    name,
                    ReadUpdateSet(e.Element(Dom + "add")),
                    ReadUpdateSet(e.Element(Dom + "rem")),
                    chg is not null,
                    chg?.Element(Dom + "registrant")?.Value.Trim(),
                    false,
                    auth?.Element(Dom + "pw") is not null ? ReadAuthInfo(auth, Dom) : null,
                    auth?.Element(Dom + "null") is not null,
                    restoreOp);
        }
    }

    private static DomainChangeSet ReadUpdateSet(XElement? set)
    {
        if (set is null)
        {
            return DomainChangeSet.Empty;
        }

        var ns = set.Element(Dom + "ns");
        return new DomainChangeSet(
            ns?.Elements(Dom + "hostObj").Select(h => h.Value.Trim()).ToList(),
            ns?.Elements(Dom + "hostAttr").Select(ReadHostAttr).ToList(),
            ReadContacts(set),
            ReadStatuses(set, Dom));
    }

    private static SandboxCommand ReadHost(XElement e)
    {
        var name = e.Element(Hst + "name")?.Value.Trim() ?? "";
        switch (e.Name.LocalName)
        {
            case "check":
                return new HostCheckRequest(e.Elements(Hst + "name").Select(n => n.Value.Trim()).ToList());
            case "info":
                return new HostInfoRequest(name);
            case "create":
                return new HostCreateRequest(name, ReadAddresses(e));
            case "delete":
                return new HostDeleteRequest(name);
            case "update":
                var add = e.Element(Hst + "add");
                var rem = e.Element(Hst + "rem");
                return new HostUpdateRequest(
                    name,
                    add is null ? [] : ReadAddresses(add),
                    add is null ? [] : ReadStatuses(add, Hst),
                    rem is null ? [] : ReadAddresses(rem),
                    rem is null ? [] : ReadStatuses(rem, Hst),
                    e.Element(Hst + "chg")?.Element(Hst + "name")?.Value.Trim());
            default:
                return new RejectedRequest("host:" + e.Name.LocalName, (int)EppResultCode.UnimplementedCommand, "Hosts have no renew or transfer of their own", EppNamespaces.Host);
        }
    }

    private static SandboxCommand ReadContact(XElement e, string? op)
    {
        var id = e.Element(Con + "id")?.Value.Trim() ?? "";
        switch (e.Name.LocalName)
        {
            case "check":
                return new ContactCheckRequest(e.Elements(Con + "id").Select(n => n.Value.Trim()).ToList());
            case "info":
                return new ContactInfoRequest(id, ReadAuthInfo(e.Element(Con + "authInfo"), Con));
            case "create":
                return new ContactCreateRequest(
                    id,
                    e.Elements(Con + "postalInfo").Select(ReadPostalInfo).ToList(),
                    ReadPhone(e.Element(Con + "voice")),
                    ReadPhone(e.Element(Con + "fax")),
                    Text(e, Con + "email"),
                    ReadAuthInfo(e.Element(Con + "authInfo"), Con),
                    ReadDisclose(e.Element(Con + "disclose")));
            case "delete":
                return new ContactDeleteRequest(id);
            case "update":
                var chg = e.Element(Con + "chg");
                var voice = chg?.Element(Con + "voice");
                var fax = chg?.Element(Con + "fax");
                return new ContactUpdateRequest(
                    id,
                    ReadStatuses(e.Element(Con + "add"), Con),
                    ReadStatuses(e.Element(Con + "rem"), Con),
                    chg?.Elements(Con + "postalInfo").Select(ReadPostalInfo).ToList() ?? [],
                    voice is null || voice.Value.Trim().Length == 0 ? null : ReadPhone(voice),
                    voice is not null,
                    fax is null || fax.Value.Trim().Length == 0 ? null : ReadPhone(fax),
                    fax is not null,
                    chg?.Element(Con + "email")?.Value.Trim(),
                    ReadAuthInfo(chg?.Element(Con + "authInfo"), Con),
                    ReadDisclose(chg?.Element(Con + "disclose")));
            default:
                return new RejectedRequest("contact:" + e.Name.LocalName + (op is null ? "" : ":" + op), (int)EppResultCode.UnimplementedCommand,
                    "Contact transfer is not offered by this registry", EppNamespaces.Contact);
        }
    }

    private static PostalInfo ReadPostalInfo(XElement p)
    {
        var addr = p.Element(Con + "addr");
        return new PostalInfo(
            (string?)p.Attribute("type") ?? "int",
            Text(p, Con + "name"),
            p.Element(Con + "org")?.Value.Trim(),
            addr?.Elements(Con + "street").Select(s => s.Value.Trim()).ToList() ?? [],
            addr?.Element(Con + "city")?.Value.Trim() ?? "",
            addr?.Element(Con + "sp")?.Value.Trim(),
            addr?.Element(Con + "pc")?.Value.Trim(),
            addr?.Element(Con + "cc")?.Value.Trim() ?? "");
    }

    private static Phone? ReadPhone(XElement? e) => e is null ? null : new Phone(e.Value.Trim(), ((string?)e.Attribute("x"))?.Trim());

    private static Disclose? ReadDisclose(XElement? e) =>
        e is null ? null : new Disclose((string?)e.Attribute("flag") is "1" or "true", e.Elements().Select(x => (x.Name.LocalName, (string?)x.Attribute("type"))).ToList());

    private static List<(string, string)> ReadAddresses(XElement e) =>
        e.Elements(Hst + "addr").Select(a => (a.Value.Trim(), (string?)a.Attribute("ip") ?? "v4")).ToList();

    private static HostAttr ReadHostAttr(XElement h) =>
        new(Text(h, Dom + "hostName"), h.Elements(Dom + "hostAddr").Select(a => (a.Value.Trim(), (string?)a.Attribute("ip") ?? "v4")).ToList());

    private static List<ContactRef> ReadContacts(XElement e) =>
        e.Elements(Dom + "contact").Select(c => new ContactRef((string?)c.Attribute("type") ?? "", c.Value.Trim())).ToList();

    private static List<StatusValue> ReadStatuses(XElement? e, XNamespace ns) =>
        e?.Elements(ns + "status").Select(s => new StatusValue((string?)s.Attribute("s") ?? "", s.Value.Length > 0 ? s.Value : null, (string?)s.Attribute("lang"))).ToList() ?? [];

    private static Period? ReadPeriod(XElement? e) =>
        e is null ? null : new Period(int.Parse(e.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture), (string?)e.Attribute("unit") ?? "y");

    private static AuthInfo? ReadAuthInfo(XElement? e, XNamespace ns)
    {
        if (e is null)
        {
            return null;
        }

        var pw = e.Element(ns + "pw") ?? throw new NotSupportedException("only password authInfo (<pw>) is implemented");
        return new AuthInfo(pw.Value, (string?)pw.Attribute("roid"));
    }

    private static string Text(XElement parent, XName name) => parent.Element(name)?.Value.Trim() ?? "";

    private static Stream AsStream(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(payload.ToArray(), writable: false);

    /// <summary>Finds the clTRID of a frame that failed validation, so the 2001 can echo it.</summary>
    private string? RecoverClTrid(ReadOnlyMemory<byte> payload)
    {
        try
        {
            using var stream = AsStream(payload);
            using var reader = XmlReader.Create(stream, _plainSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "clTRID" && reader.NamespaceURI == EppNamespaces.Epp)
                {
                    var value = reader.ReadElementContentAsString().Trim();
                    return value.Length is >= 3 and <= 64 && !value.Any(char.IsWhiteSpace) ? value : null;
                }
            }
        }
        catch (XmlException)
        {
            // Not readable that far: answer without a clTRID.
        }

        return null;
    }
}
