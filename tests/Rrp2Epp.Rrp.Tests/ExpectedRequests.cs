using System.Net;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>The request each shared transcript must parse to.</summary>
internal static class ExpectedRequests
{
    public static readonly IReadOnlyDictionary<string, RrpRequest> ByTranscript = new Dictionary<string, RrpRequest>(StringComparer.Ordinal)
    {
        ["rfc-session"] = new SessionRequest("registrarA", "i-am-registrarA", null),
        ["rfc-add-domain"] = new AddDomainRequest("example.com", 10, []),
        ["rfc-add-domain-with-name-servers"] = new AddDomainRequest("example2.com", 10, ["ns1.example.com", "ns2.example.com"]),
        ["rfc-add-name-server"] = new AddNameServerRequest("ns1.example.com", [IPAddress.Parse("198.41.1.11")]),
        ["rfc-check-domain"] = new CheckDomainRequest("example.com"),
        ["rfc-check-name-server"] = new CheckNameServerRequest("ns1.example.com"),
        ["rfc-del-domain"] = new DelDomainRequest("example.com"),
        ["rfc-del-name-server"] = new DelNameServerRequest("ns1.registrara.com"),
        ["rfc-del-name-server-linked"] = new DelNameServerRequest("ns1.registrara.com"),
        ["rfc-describe"] = new DescribeRequest("Protocol"),
        ["rfc-mod-domain"] = new ModDomainRequest("example.com", [RrpEdit.Add("ns3.registrara.com"), RrpEdit.Remove("ns1.registrara.com")], []),
        ["rfc-mod-name-server"] = new ModNameServerRequest("ns1.registrara.com", "ns2.registrara.com",
            [RrpEdit.Add(IPAddress.Parse("198.42.1.11")), RrpEdit.Remove(IPAddress.Parse("198.41.1.11"))]),
        ["rfc-quit"] = QuitRequest.Instance,
        ["rfc-renew"] = new RenewRequest("example.com", 9, 2001),
        ["rfc-status-domain"] = new StatusDomainRequest("example.com"),
        ["rfc-status-domain-other-registrar"] = new StatusDomainRequest("example.com"),
        ["rfc-status-name-server"] = new StatusNameServerRequest("ns1.registrara.com"),
        ["rfc-status-name-server-other-registrar"] = new StatusNameServerRequest("ns1.registrara.com"),
        ["rfc-transfer-request"] = new TransferRequest("example.com", null, null),
        ["rfc-transfer-approve"] = new TransferRequest("example.com", true, null),
        ["rfc-transfer-cancel"] = new TransferRequest("example.com", false, null),
        ["verisign-sdk-session"] = new SessionRequest("registrarA", "pass word:1", "n3w-Secret"),
        ["verisign-sdk-add-domain"] = new AddDomainRequest("example.com", 2, ["ns1.example.com", "ns2.example.com"]),
        ["verisign-sdk-add-name-server"] = new AddNameServerRequest("ns1.example.com", [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")]),
        ["verisign-sdk-check-name-server"] = new CheckNameServerRequest("ns1.example.com"),
        ["verisign-sdk-mod-domain-replace"] = new ModDomainRequest("example.com",
            [RrpEdit.Replace("ns1.example.com", "ns3.example.com")], [RrpEdit.Replace(RrpStatus.RegistrarLock, RrpStatus.RegistrarHold)]),
        ["verisign-sdk-mod-name-server-replace"] = new ModNameServerRequest("ns1.example.com", null,
            [RrpEdit.Replace(IPAddress.Parse("192.0.2.1"), IPAddress.Parse("192.0.2.2"))]),
        ["verisign-sdk-transfer-approve"] = new TransferRequest("example.com", true, null),
        ["verisign-sdk-del-domain"] = new DelDomainRequest("example.com"),
        ["verisign-sdk-describe"] = new DescribeRequest("Protocol"),
        ["verisign-sdk-quit"] = QuitRequest.Instance,
        ["net-dri-add-domain"] = new AddDomainRequest("example.com", 1, ["ns1.example.net", "ns2.example.net"]),
        ["net-dri-check-domain"] = new CheckDomainRequest("example.com"),
        ["net-dri-transfer-reject"] = new TransferRequest("example.com", false, null),
        ["net-dri-describe-keepalive"] = new DescribeRequest(null),
        ["net-dri-mod-status"] = new ModDomainRequest("example.com", [], [RrpEdit.Add(RrpStatus.RegistrarLock), RrpEdit.Remove(RrpStatus.RegistrarHold)]),
        ["net-dri-renew"] = new RenewRequest("example.com", 2, 2010),
        ["net-rrp-renew-hash-order"] = new RenewRequest("example.com", 1, 2001),
        ["net-rrp-lite-status-domain"] = new StatusDomainRequest("example.com"),
        ["verisign-restore"] = new RestoreRequest("example.com"),
    };
}
