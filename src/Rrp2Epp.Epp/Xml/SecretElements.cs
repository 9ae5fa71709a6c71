namespace Rrp2Epp.Epp.Xml;

/// <summary>
/// Which elements carry secrets: the login <c>pw</c> and <c>newPW</c> (EPP namespace) and every
/// <c>authInfo</c> of any object mapping, with all it contains (<c>pw</c>, <c>ext</c>, <c>null</c>).
/// </summary>
internal static class SecretElements
{
    public static bool IsSecret(string namespaceUri, string localName) =>
        localName == "authInfo"
        || (namespaceUri == EppNamespaces.Epp && localName is "pw" or "newPW");
}
