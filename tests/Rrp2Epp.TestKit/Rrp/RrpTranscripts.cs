namespace Rrp2Epp.TestKit.Rrp;

/// <summary>
/// Shared RRP exchanges: every RFC example of rrp-reference.md §12 (inconsistencies included), and the request styles
/// of real clients (reference §10). The server side of the client-style exchanges is what a correct server answers.
/// </summary>
public static class RrpTranscripts
{
    /// <summary>The RFC 2832 §3 greeting (server lines only).</summary>
    public static RrpTranscript RfcBanner { get; } = new("rfc-banner", "1.1.0", "RFC 2832 §3", """
        S:NSI RRP Server version 1.1.0
        S:Mon Oct 25 20:20:34 EDT 1999
        S:.
        """);

    /// <summary>RFC 2832 §4.3 and RFC 3632 §2.2 examples, one exchange each.</summary>
    public static IReadOnlyList<RrpTranscript> Rfc { get; } =
    [
        new("rfc-session", "1.1.0", "RFC 2832 §4.3.8", """
            C:session
            C:-Id:registrarA
            C:-Password:i-am-registrarA
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-add-domain", "1.1.0", "RFC 2832 §4.3.1.1", """
            C:add
            C:EntityName:Domain
            C:DomainName:example.com
            C:-Period:10
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2009-09-22 10:27:00.0
            S:status:ACTIVE
            S:.
            """),
        new("rfc-add-domain-with-name-servers", "1.1.0", "RFC 2832 §4.3.1.1", """
            C:add
            C:EntityName:Domain
            C:DomainName:example2.com
            C:-Period:10
            C:NameServer:ns1.example.com
            C:NameServer:ns2.example.com
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2000-09-22 10:27:00.0
            S:status:ACTIVE
            S:.
            """),
        new("rfc-add-name-server", "1.1.0", "RFC 2832 §4.3.1.2", """
            C:add
            C:EntityName:NameServer
            C:NameServer:ns1.example.com
            C:IPAddress:198.41.1.11
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-check-domain", "1.1.0", "RFC 2832 §4.3.2.1", """
            C:check
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:211 Domain name not available
            S:.
            """),
        new("rfc-check-name-server", "1.1.0", "RFC 2832 §4.3.2.2", """
            C:check
            C:EntityName:Nameserver
            C:Nameserver:ns1.example.com
            C:.
            S:213 Name server not available
            S:ipAddress:192.10.10.10
            S:.
            """),
        new("rfc-del-domain", "1.1.0", "RFC 2832 §4.3.3.1", """
            C:del
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-del-name-server", "1.1.0", "RFC 2832 §4.3.3.2", """
            C:del
            C:EntityName:NameServer
            C:NameServer:ns1.registrarA.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-del-name-server-linked", "1.1.0", "RFC 2832 §4.3.3.2", """
            C:del
            C:EntityName:NameServer
            C:NameServer:ns1.registrarA.com
            C:.
            S:532 Domain names linked with name server
            S:.
            """),
        new("rfc-describe", "1.1.0", "RFC 2832 §4.3.4", """
            C:describe
            C:-Target:Protocol
            C:.
            S:200 Command completed successfully
            S:Protocol:RRP 1.1.0
            S:.
            """),
        new("rfc-mod-domain", "1.1.0", "RFC 2832 §4.3.5.1", """
            C:mod
            C:EntityName:Domain
            C:DomainName:example.com
            C:NameServer:ns3.registrarA.com
            C:NameServer:ns1.registrarA.com=
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-mod-name-server", "1.1.0", "RFC 2832 §4.3.5.2", """
            C:mod
            C:EntityName:NameServer
            C:NameServer:ns1.registrarA.com
            C:NewNameServer:ns2.registrarA.com
            C:IPAddress:198.42.1.11
            C:IPAddress:198.41.1.11=
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-quit", "1.1.0", "RFC 2832 §4.3.6", """
            C:quit
            C:.
            S:220 Command completed successfully. Server closing connection
            S:.
            """),
        new("rfc-renew", "1.1.0", "RFC 2832 §4.3.7", """
            C:renew
            C:EntityName:Domain
            C:DomainName:example.com
            C:-Period:9
            C:-CurrentExpirationYear:2001
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2010-09-22 10:27:00.0
            S:.
            """),
        new("rfc-status-domain", "1.1.0", "RFC 2832 §4.3.9.1", """
            C:status
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:nameserver:ns2.registrarA.com
            S:nameserver:ns3.registrarA.com
            S:registration expiration date:2010-09-22 10:27:00.0
            S:registrar:registrarA
            S:registrar transfer date:1999-09-22 10:27:00.0
            S:status:ACTIVE
            S:created date:1998-09-22 10:27:00.0
            S:created by:registrarA
            S:updated date:2002-09-22 10:27:00.0
            S:updated by:registrarA
            S:.
            """),
        new("rfc-status-domain-other-registrar", "1.1.0", "RFC 2832 §4.3.9.1", """
            C:status
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:531 Authorization failed
            S:.
            """),
        new("rfc-status-name-server", "1.1.0", "RFC 2832 §4.3.9.2 (CamelCase names as in the RFC example)", """
            C:status
            C:EntityName:NameServer
            C:NameServer:ns1.registrarA.com
            C:.
            S:200 Command completed successfully
            S:ipaddress:198.42.1.11
            S:registrar:registrarA
            S:registrar transfer date:1999-09-22 10:27:00.0
            S:CreatedDate:1998-09-22 10:27:00.0
            S:CreatedBy:registrarA
            S:UpdatedDate:2002-09-22 10:27:00.0
            S:UpdatedBy:registrarA
            S:.
            """),
        new("rfc-status-name-server-other-registrar", "1.1.0", "RFC 2832 §4.3.9.2", """
            C:status
            C:EntityName:NameServer
            C:NameServer:ns1.registrarA.com
            C:.
            S:531 Authorization failed
            S:.
            """),
        new("rfc-transfer-request", "1.1.0", "RFC 2832 §4.3.10", """
            C:transfer
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-transfer-approve", "1.1.0", "RFC 2832 §4.3.10", """
            C:transfer
            C:-Approve:Yes
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("rfc-transfer-cancel", "2.0.0", "RFC 3632 §2.2", """
            C:transfer
            C:-Approve:No
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
    ];

    /// <summary>Requests in the styles of deployed clients (reference §10), with a correct server's answer.</summary>
    public static IReadOnlyList<RrpTranscript> RealClients { get; } =
    [
        new("verisign-sdk-session", "2.0.0", "VeriSign Java SDK: capitalised command", """
            C:Session
            C:-Id:registrarA
            C:-Password:pass word:1
            C:-NewPassword:n3w-Secret
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("verisign-sdk-add-domain", "2.0.0", "VeriSign Java SDK: Add, -Period after the NameServer lines", """
            C:Add
            C:EntityName:Domain
            C:DomainName:example.com
            C:NameServer:ns1.example.com
            C:NameServer:ns2.example.com
            C:-Period:2
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2011-09-22 10:27:00.0
            S:status:ACTIVE
            S:.
            """),
        new("verisign-sdk-add-name-server", "2.0.0", "VeriSign Java SDK: EntityName:nameserver, IpAddress:", """
            C:Add
            C:EntityName:nameserver
            C:NameServer:ns1.example.com
            C:IpAddress:192.0.2.1
            C:IpAddress:2001:db8::1
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("verisign-sdk-check-name-server", "1.1.0", "VeriSign Java SDK: Check, lower-case entity", """
            C:Check
            C:EntityName:nameserver
            C:NameServer:ns1.example.com
            C:.
            S:212 Name server available
            S:.
            """),
        new("verisign-sdk-mod-domain-replace", "2.0.0", "VeriSign Java SDK: old=new replace form", """
            C:Mod
            C:EntityName:Domain
            C:DomainName:example.com
            C:NameServer:ns1.example.com=ns3.example.com
            C:Status:REGISTRAR-LOCK=REGISTRAR-HOLD
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("verisign-sdk-mod-name-server-replace", "2.0.0", "VeriSign Java SDK: IPAddress:old=new", """
            C:Mod
            C:EntityName:nameserver
            C:NameServer:ns1.example.com
            C:IPAddress:192.0.2.1=192.0.2.2
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("verisign-sdk-transfer-approve", "2.0.0", "VeriSign Java SDK: -Approve between EntityName and DomainName", """
            C:Transfer
            C:EntityName:Domain
            C:-Approve:Yes
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("verisign-sdk-del-domain", "1.1.0", "VeriSign Java SDK: Del", """
            C:Del
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("verisign-sdk-describe", "1.1.0", "VeriSign Java SDK: Describe", """
            C:Describe
            C:-Target:Protocol
            C:.
            S:200 Command completed successfully
            S:Protocol:RRP 1.1.0
            S:.
            """),
        new("verisign-sdk-quit", "1.1.0", "VeriSign Java SDK: Quit", """
            C:Quit
            C:.
            S:220 Command completed successfully. Server closing connection
            S:.
            """),
        new("net-dri-add-domain", "2.0.0", "Net::DRI: upper-cased values, -Period before the NameServer lines", """
            C:add
            C:EntityName:Domain
            C:DomainName:EXAMPLE.COM
            C:-Period:1
            C:NameServer:NS1.EXAMPLE.NET
            C:NameServer:NS2.EXAMPLE.NET
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2010-09-22 10:27:00.0
            S:status:ACTIVE
            S:.
            """),
        new("net-dri-check-domain", "2.0.0", "Net::DRI: upper-cased DomainName", """
            C:check
            C:EntityName:Domain
            C:DomainName:EXAMPLE.COM
            C:.
            S:210 Domain name available
            S:.
            """),
        new("net-dri-transfer-reject", "1.1.0", "Net::DRI: -Approve before EntityName", """
            C:transfer
            C:-Approve:No
            C:EntityName:Domain
            C:DomainName:EXAMPLE.COM
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("net-dri-describe-keepalive", "2.0.0", "Net::DRI: describe as keep-alive", """
            C:describe
            C:.
            S:200 Command completed successfully
            S:Protocol:RRP 2.0.0
            S:.
            """),
        new("net-dri-mod-status", "2.0.0", "Net::DRI: status words in upper case", """
            C:mod
            C:EntityName:Domain
            C:DomainName:EXAMPLE.COM
            C:Status:REGISTRAR-LOCK
            C:Status:REGISTRAR-HOLD=
            C:.
            S:200 Command completed successfully
            S:.
            """),
        new("net-dri-renew", "2.0.0", "Net::DRI: renew with both options", """
            C:renew
            C:EntityName:Domain
            C:DomainName:EXAMPLE.COM
            C:-Period:2
            C:-CurrentExpirationYear:2010
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2012-09-22 10:27:00.0
            S:.
            """),
        new("net-rrp-renew-hash-order", "1.1.0", "CPAN Net::RRP: options and attributes in hash order", """
            C:renew
            C:-CurrentExpirationYear:2001
            C:DomainName:example.com
            C:-Period:1
            C:EntityName:Domain
            C:.
            S:200 Command completed successfully
            S:registration expiration date:2002-09-22 10:27:00.0
            S:.
            """),
        new("net-rrp-lite-status-domain", "1.1.0", "Net::RRP::Lite: lower-case command, hash order", """
            C:status
            C:DomainName:example.com
            C:EntityName:Domain
            C:.
            S:200 Command completed successfully
            S:nameserver:ns1.example.com
            S:registration expiration date:2010-09-22 10:27:00.0
            S:registrar:registrarA
            S:status:REGISTRAR-LOCK
            S:status:REGISTRAR-HOLD
            S:created date:1998-09-22 10:27:00.0
            S:created by:registrarA
            S:.
            """),
        new("verisign-restore", "2.0.0", "VeriSign RESTORE (operational extension, reference §4.11)", """
            C:restore
            C:EntityName:Domain
            C:DomainName:example.com
            C:.
            S:200 Command completed successfully
            S:.
            """),
    ];

    /// <summary>Every exchange (RFC and real clients), without the banner.</summary>
    public static IEnumerable<RrpTranscript> All => Rfc.Concat(RealClients);

    /// <summary>The exchange with this name.</summary>
    public static RrpTranscript Named(string name) =>
        All.Append(RfcBanner).SingleOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no RRP transcript named {name}", nameof(name));
}
