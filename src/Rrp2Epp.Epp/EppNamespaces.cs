namespace Rrp2Epp.Epp;

/// <summary>The namespace URIs of EPP and its object mappings and extensions. Match on these, never on prefixes.</summary>
public static class EppNamespaces
{
    public const string Epp = "urn:ietf:params:xml:ns:epp-1.0";
    public const string EppCom = "urn:ietf:params:xml:ns:eppcom-1.0";
    public const string Domain = "urn:ietf:params:xml:ns:domain-1.0";
    public const string Host = "urn:ietf:params:xml:ns:host-1.0";
    public const string Contact = "urn:ietf:params:xml:ns:contact-1.0";
    public const string Rgp = "urn:ietf:params:xml:ns:rgp-1.0";
    public const string SecDns = "urn:ietf:params:xml:ns:secDNS-1.1";
    public const string ChangePoll = "urn:ietf:params:xml:ns:changePoll-1.0";
}
