using System.Globalization;
using System.Xml;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

// Immutable snapshots taken under the registry lock and written after it is released, in the
// shapes of shared/epp/examples (element order follows the schemas' sequences).

internal static class EppDates
{
    /// <summary>UTC dateTime as in the examples: 2025-03-14T09:26:53.0Z.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.f'Z'", CultureInfo.InvariantCulture);
}

/// <summary>A status element with its optional text.</summary>
internal readonly record struct StatusSnapshot(string Name, string? Text, string? Lang)
{
    public void Write(XmlWriter w, string prefix, string ns)
    {
        w.WriteStartElement(prefix, "status", ns);
        w.WriteAttributeString("s", Name);
        if (Lang is not null)
        {
            w.WriteAttributeString("lang", Lang);
        }

        if (Text is not null)
        {
            w.WriteString(Text);
        }

        w.WriteEndElement();
    }
}

/// <summary>domain/host/contact chkData.</summary>
internal sealed class CheckData(string prefix, string ns, string nameElement, IReadOnlyList<(string Name, bool Avail, string? Reason)> items) : ResponseData
{
    public override void Write(XmlWriter w)
    {
        w.WriteStartElement(prefix, "chkData", ns);
        foreach (var (name, avail, reason) in items)
        {
            w.WriteStartElement(prefix, "cd", ns);
            w.WriteStartElement(prefix, nameElement, ns);
            w.WriteAttributeString("avail", avail ? "1" : "0");
            w.WriteString(name);
            w.WriteEndElement();
            if (reason is not null)
            {
                w.WriteElementString(prefix, "reason", ns, reason);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

/// <summary>domain:infData, full or reduced (name, roid, clID).</summary>
internal sealed class DomainInfoSnapshot : ResponseData
{
    public required string Name { get; init; }
    public required string Roid { get; init; }
    public required string ClId { get; init; }
    public bool Reduced { get; init; }
    public IReadOnlyList<StatusSnapshot> Statuses { get; init; } = [];
    public string? Registrant { get; init; }
    public IReadOnlyList<ContactRef> Contacts { get; init; } = [];
    public IReadOnlyList<string>? HostObjects { get; init; }
    public IReadOnlyList<HostAttr>? HostAttributes { get; init; }
    public IReadOnlyList<string>? SubordinateHosts { get; init; }
    public string? CrId { get; init; }
    public DateTimeOffset? CrDate { get; init; }
    public string? UpId { get; init; }
    public DateTimeOffset? UpDate { get; init; }
    public DateTimeOffset? ExDate { get; init; }
    public DateTimeOffset? TrDate { get; init; }
    public string? AuthInfo { get; init; }

    public override void Write(XmlWriter w)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        w.WriteStartElement(p, "infData", ns);
        w.WriteElementString(p, "name", ns, Name);
        w.WriteElementString(p, "roid", ns, Roid);
        if (!Reduced)
        {
            foreach (var s in Statuses)
            {
                s.Write(w, p, ns);
            }

            if (Registrant is not null)
            {
                w.WriteElementString(p, "registrant", ns, Registrant);
            }

            foreach (var c in Contacts)
            {
                w.WriteStartElement(p, "contact", ns);
                w.WriteAttributeString("type", c.Type);
                w.WriteString(c.Id);
                w.WriteEndElement();
            }

            if (HostObjects is { Count: > 0 })
            {
                w.WriteStartElement(p, "ns", ns);
                foreach (var h in HostObjects)
                {
                    w.WriteElementString(p, "hostObj", ns, h);
                }

                w.WriteEndElement();
            }
            else if (HostAttributes is { Count: > 0 })
            {
                w.WriteStartElement(p, "ns", ns);
                foreach (var h in HostAttributes)
                {
                    WriteHostAttr(w, h);
                }

                w.WriteEndElement();
            }

            foreach (var h in SubordinateHosts ?? [])
            {
                w.WriteElementString(p, "host", ns, h);
            }
        }

        w.WriteElementString(p, "clID", ns, ClId);
        if (!Reduced)
        {
            WriteOptional(w, "crID", CrId);
            WriteOptional(w, "crDate", CrDate);
            WriteOptional(w, "upID", UpId);
            WriteOptional(w, "upDate", UpDate);
            WriteOptional(w, "exDate", ExDate);
            WriteOptional(w, "trDate", TrDate);
            if (AuthInfo is not null)
            {
                w.WriteStartElement(p, "authInfo", ns);
                w.WriteElementString(p, "pw", ns, AuthInfo);
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
    }

    public static void WriteHostAttr(XmlWriter w, HostAttr h)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        w.WriteStartElement(p, "hostAttr", ns);
        w.WriteElementString(p, "hostName", ns, h.Name);
        foreach (var (address, family) in h.Addresses)
        {
            w.WriteStartElement(p, "hostAddr", ns);
            w.WriteAttributeString("ip", family);
            w.WriteString(address);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteOptional(XmlWriter w, string element, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString("domain", element, EppNamespaces.Domain, value);
        }
    }

    private static void WriteOptional(XmlWriter w, string element, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteElementString("domain", element, EppNamespaces.Domain, EppDates.Format(v));
        }
    }
}

/// <summary>domain:creData.</summary>
internal sealed class DomainCreateSnapshot(string name, DateTimeOffset crDate, DateTimeOffset exDate) : ResponseData
{
    public override void Write(XmlWriter w)
    {
        w.WriteStartElement("domain", "creData", EppNamespaces.Domain);
        w.WriteElementString("domain", "name", EppNamespaces.Domain, name);
        w.WriteElementString("domain", "crDate", EppNamespaces.Domain, EppDates.Format(crDate));
        w.WriteElementString("domain", "exDate", EppNamespaces.Domain, EppDates.Format(exDate));
        w.WriteEndElement();
    }
}

/// <summary>domain:renData.</summary>
internal sealed class DomainRenewSnapshot(string name, DateTimeOffset exDate) : ResponseData
{
    public override void Write(XmlWriter w)
    {
        w.WriteStartElement("domain", "renData", EppNamespaces.Domain);
        w.WriteElementString("domain", "name", EppNamespaces.Domain, name);
        w.WriteElementString("domain", "exDate", EppNamespaces.Domain, EppDates.Format(exDate));
        w.WriteEndElement();
    }
}

/// <summary>domain:trnData (transfer responses and transfer poll messages).</summary>
internal sealed class DomainTransferSnapshot(string name, string status, string reId, DateTimeOffset reDate, string acId, DateTimeOffset acDate, DateTimeOffset? exDate)
    : ResponseData
{
    public string Status => status;

    public override void Write(XmlWriter w)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        w.WriteStartElement(p, "trnData", ns);
        w.WriteElementString(p, "name", ns, name);
        w.WriteElementString(p, "trStatus", ns, status);
        w.WriteElementString(p, "reID", ns, reId);
        w.WriteElementString(p, "reDate", ns, EppDates.Format(reDate));
        w.WriteElementString(p, "acID", ns, acId);
        w.WriteElementString(p, "acDate", ns, EppDates.Format(acDate));
        if (exDate is { } ex)
        {
            w.WriteElementString(p, "exDate", ns, EppDates.Format(ex));
        }

        w.WriteEndElement();
    }
}

/// <summary>domain:panData (RFC 5731 §3.3): the outcome of an action that was answered 1001, in a poll message.</summary>
internal sealed class DomainPendingActionData(string name, bool succeeded, TransactionIds trid, DateTimeOffset at) : ResponseData
{
    public override void Write(XmlWriter w)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        w.WriteStartElement(p, "panData", ns);
        w.WriteStartElement(p, "name", ns);
        w.WriteAttributeString("paResult", succeeded ? "1" : "0");
        w.WriteString(name);
        w.WriteEndElement();
        w.WriteStartElement(p, "paTRID", ns);
        if (trid.ClTrid is { } clTrid)
        {
            w.WriteElementString("clTRID", EppNamespaces.Epp, clTrid);
        }

        w.WriteElementString("svTRID", EppNamespaces.Epp, trid.SvTrid);
        w.WriteEndElement();
        w.WriteElementString(p, "paDate", ns, EppDates.Format(at));
        w.WriteEndElement();
    }
}

/// <summary>rgp:infData or rgp:upData.</summary>
internal sealed class RgpData(string element, IReadOnlyList<string> statuses) : ResponseData
{
    public override void Write(XmlWriter w)
    {
        w.WriteStartElement("rgp", element, EppNamespaces.Rgp);
        foreach (var s in statuses)
        {
            w.WriteStartElement("rgp", "rgpStatus", EppNamespaces.Rgp);
            w.WriteAttributeString("s", s);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

/// <summary>host:infData.</summary>
internal sealed class HostInfoSnapshot : ResponseData
{
    public required string Name { get; init; }
    public required string Roid { get; init; }
    public required IReadOnlyList<StatusSnapshot> Statuses { get; init; }
    public required IReadOnlyList<string> Addresses { get; init; }
    public required string ClId { get; init; }
    public required string CrId { get; init; }
    public required DateTimeOffset CrDate { get; init; }
    public string? UpId { get; init; }
    public DateTimeOffset? UpDate { get; init; }
    public DateTimeOffset? TrDate { get; init; }

    public override void Write(XmlWriter w)
    {
        const string p = "host";
        const string ns = EppNamespaces.Host;
        w.WriteStartElement(p, "infData", ns);
        w.WriteElementString(p, "name", ns, Name);
        w.WriteElementString(p, "roid", ns, Roid);
        foreach (var s in Statuses)
        {
            s.Write(w, p, ns);
        }

        foreach (var a in Addresses)
        {
            w.WriteStartElement(p, "addr", ns);
            w.WriteAttributeString("ip", DomainNames.FamilyOf(a));
            w.WriteString(a);
            w.WriteEndElement();
        }

        w.WriteElementString(p, "clID", ns, ClId);
        w.WriteElementString(p, "crID", ns, CrId);
        w.WriteElementString(p, "crDate", ns, EppDates.Format(CrDate));
        if (UpId is not null)
        {
            w.WriteElementString(p, "upID", ns, UpId);
        }

        if (UpDate is { } up)
        {
            w.WriteElementString(p, "upDate", ns, EppDates.Format(up));
        }

        if (TrDate is { } tr)
        {
            w.WriteElementString(p, "trDate", ns, EppDates.Format(tr));
        }

        w.WriteEndElement();
    }
}

/// <summary>host:creData or contact:creData.</summary>
internal sealed class CreateData(string prefix, string ns, string nameElement, string name, DateTimeOffset crDate) : ResponseData
{
    public override void Write(XmlWriter w)
    {
        w.WriteStartElement(prefix, "creData", ns);
        w.WriteElementString(prefix, nameElement, ns, name);
        w.WriteElementString(prefix, "crDate", ns, EppDates.Format(crDate));
        w.WriteEndElement();
    }
}

/// <summary>One element with text (for error values such as &lt;domain:authInfo&gt;&lt;domain:pw&gt;).</summary>
internal sealed class ElementData(string prefix, string ns, string name, string text) : ResponseData
{
    public override void Write(XmlWriter w) => w.WriteElementString(prefix, name, ns, text);
}
