using System.Globalization;
using System.Xml;

namespace Rrp2Epp.Epp.Xml;

/// <summary>Small helpers so builders read like the schema. Values always go through the writer, which escapes them.</summary>
internal static class XmlWriterExtensions
{
    public static void Element(this XmlWriter writer, string prefix, string localName, string ns, string value)
    {
        writer.WriteStartElement(prefix, localName, ns);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    public static void Empty(this XmlWriter writer, string prefix, string localName, string ns)
    {
        writer.WriteStartElement(prefix, localName, ns);
        writer.WriteEndElement();
    }

    public static void Period(this XmlWriter writer, string prefix, string ns, EppPeriod period)
    {
        writer.WriteStartElement(prefix, "period", ns);
        writer.WriteAttributeString("unit", period.UnitToken);
        writer.WriteString(period.Value.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }

    /// <summary><c>&lt;p:authInfo&gt;&lt;p:pw&gt;…&lt;/p:pw&gt;&lt;/p:authInfo&gt;</c>.</summary>
    public static void AuthInfo(this XmlWriter writer, string prefix, string ns, EppSecret secret)
    {
        writer.WriteStartElement(prefix, "authInfo", ns);
        writer.Element(prefix, "pw", ns, secret.Reveal());
        writer.WriteEndElement();
    }

    public static void Status(this XmlWriter writer, string prefix, string ns, EppStatus status)
    {
        writer.WriteStartElement(prefix, "status", ns);
        writer.WriteAttributeString("s", status.Value);
        if (status.Language is not null)
        {
            writer.WriteAttributeString("lang", status.Language);
        }

        if (status.Text is not null)
        {
            writer.WriteString(status.Text);
        }

        writer.WriteEndElement();
    }

    public static void HostAddress(this XmlWriter writer, string prefix, string localName, string ns, HostAddress address)
    {
        writer.WriteStartElement(prefix, localName, ns);
        writer.WriteAttributeString("ip", address.VersionToken);
        writer.WriteString(address.Address);
        writer.WriteEndElement();
    }

    /// <summary>The <c>domain:ns</c> element in either form.</summary>
    public static void NameServers(this XmlWriter writer, DomainNameServers nameServers)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        writer.WriteStartElement(p, "ns", ns);
        foreach (var name in nameServers.HostObjects)
        {
            writer.Element(p, "hostObj", ns, name);
        }

        foreach (var attr in nameServers.HostAttributes)
        {
            writer.WriteStartElement(p, "hostAttr", ns);
            writer.Element(p, "hostName", ns, attr.HostName);
            foreach (var address in attr.Addresses)
            {
                writer.HostAddress(p, "hostAddr", ns, address);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    public static void Contact(this XmlWriter writer, DomainContact contact)
    {
        writer.WriteStartElement("domain", "contact", EppNamespaces.Domain);
        writer.WriteAttributeString("type", contact.TypeToken);
        writer.WriteString(contact.Id);
        writer.WriteEndElement();
    }

    /// <summary>Opens <c>&lt;verb&gt;&lt;prefix:verb xmlns:prefix="ns"&gt;</c>; close with two WriteEndElement calls.</summary>
    public static void OpenObjectCommand(this XmlWriter writer, string verb, string prefix, string ns)
    {
        writer.WriteStartElement(verb, EppNamespaces.Epp);
        writer.WriteStartElement(prefix, verb, ns);
    }
}
