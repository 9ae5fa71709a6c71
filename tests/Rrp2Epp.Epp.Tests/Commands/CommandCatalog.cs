using Rrp2Epp.Epp.Commands;

namespace Rrp2Epp.Epp.Tests.Commands;

/// <summary>
/// Every command builder with every option combination that changes the frame's shape. Each entry
/// is written and validated against the schemas; add an entry whenever a builder gains an option.
/// </summary>
internal static class CommandCatalog
{
    public const string Secret = "S3cr&t<\"pw>";

    private static readonly RgpRestoreReport Report = new(
        "before: ns1.example.net",
        "after: ns1.example.net",
        new DateTimeOffset(2025, 3, 1, 16, 45, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 3, 14, 13, 0, 0, 250, TimeSpan.Zero),
        "Deleted in error",
        "Not restored to sell it.",
        "The report is accurate.");

    private static readonly ContactPostalInfo IntPostal = new(
        ContactPostalInfoType.International,
        "Jane Example",
        new ContactAddress("Springfield", "US") { Street = ["1 Example Plaza", "Floor 3"], StateOrProvince = "VA", PostalCode = "22150" })
    {
        Organization = "Example Holdings Ltd.",
    };

    private static readonly ContactPostalInfo LocPostal = new(
        ContactPostalInfoType.Localized, "Jäne Exämple", new ContactAddress("Zürich", "CH"));

    public static IReadOnlyList<(string Name, EppCommand Command)> All { get; } =
    [
        ("login", new LoginCommand("RegistrarA", "s3cret-Pw1", [EppNamespaces.Domain], [])),
        ("login+newPW+ext", new LoginCommand("RegistrarA", "s3cret-Pw1", [EppNamespaces.Domain, EppNamespaces.Host], [EppNamespaces.Rgp, EppNamespaces.SecDns], NewPassword: "n3w-Secret2")),
        ("logout", new LogoutCommand()),
        ("poll req", new PollRequestCommand()),
        ("poll ack", new PollAckCommand("MSG-1001")),
        ("domain check one", new DomainCheckCommand(["example.com"])),
        ("domain check many", new DomainCheckCommand(["example.com", "example.net", "example-free.com"])),
        ("domain info", new DomainInfoCommand("example.com")),
        ("domain info hosts=none+authInfo", new DomainInfoCommand("example.net") { Hosts = DomainInfoHosts.None, AuthInfo = Secret }),
        ("domain info hosts=del", new DomainInfoCommand("example.net") { Hosts = DomainInfoHosts.Delegated }),
        ("domain info hosts=sub", new DomainInfoCommand("example.net") { Hosts = DomainInfoHosts.Subordinate }),
        ("domain create minimal", new DomainCreateCommand("example-free.com", Secret)),
        ("domain create period years", new DomainCreateCommand("example-free.com", Secret) { Period = EppPeriod.Years(2) }),
        ("domain create period months", new DomainCreateCommand("example-free.com", Secret) { Period = EppPeriod.Months(12) }),
        ("domain create hostObj", new DomainCreateCommand("example-free.com", Secret)
        {
            Period = EppPeriod.Years(1),
            NameServers = DomainNameServers.FromHostObjects("ns1.example.net", "ns2.example.net"),
        }),
        ("domain create hostAttr v4+v6", new DomainCreateCommand("example-free.com", Secret)
        {
            NameServers = DomainNameServers.FromHostAttributes(
                new DomainHostAttribute("ns1.example-free.com", [HostAddress.V4("192.0.2.1"), HostAddress.V6("2001:db8::1")]),
                new DomainHostAttribute("ns2.example.org")),
        }),
        ("domain create thick", new DomainCreateCommand("example-thick.com", Secret)
        {
            Period = EppPeriod.Years(1),
            NameServers = DomainNameServers.FromHostObjects("ns1.example.net"),
            Registrant = "REG-0001",
            Contacts = [new("ADM-0001", DomainContactType.Admin), new("BIL-0001", DomainContactType.Billing), new("TEC-0001", DomainContactType.Tech)],
        }),
        ("domain update add ns+status", new DomainUpdateCommand("example.com")
        {
            Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns3.example.net"), Statuses = [new EppStatus(DomainStatuses.ClientHold, "Payment dispute", "en")] },
        }),
        ("domain update rem ns+status", new DomainUpdateCommand("example.com")
        {
            Remove = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns2.example.net"), Statuses = [DomainStatuses.ClientTransferProhibited] },
        }),
        ("domain update hostAttr add/rem", new DomainUpdateCommand("example.com")
        {
            Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostAttributes(new DomainHostAttribute("ns3.example.com", [HostAddress.V6("2001:db8::3")])) },
            Remove = new DomainUpdateSet { NameServers = DomainNameServers.FromHostAttributes(new DomainHostAttribute("ns2.example.org")) },
        }),
        ("domain update contacts", new DomainUpdateCommand("example.com")
        {
            Add = new DomainUpdateSet { Contacts = [new("TEC-0002", DomainContactType.Tech)] },
            Remove = new DomainUpdateSet { Contacts = [new("TEC-0001", DomainContactType.Tech)] },
        }),
        ("domain update chg authInfo", new DomainUpdateCommand("example.com") { Change = new DomainChange { AuthInfo = Secret } }),
        ("domain update chg null authInfo", new DomainUpdateCommand("example.com") { Change = new DomainChange { RemoveAuthInfo = true } }),
        ("domain update chg registrant", new DomainUpdateCommand("example.com") { Change = new DomainChange { Registrant = "REG-0002" } }),
        ("domain update chg registrant+authInfo", new DomainUpdateCommand("example.com") { Change = new DomainChange { Registrant = "REG-0002", AuthInfo = Secret } }),
        ("domain update empty chg", new DomainUpdateCommand("example.com") { Change = new DomainChange() }),
        ("domain update all parts", new DomainUpdateCommand("example.com")
        {
            Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns3.example.net"), Statuses = [DomainStatuses.ClientUpdateProhibited, DomainStatuses.ClientDeleteProhibited] },
            Remove = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects("ns2.example.net", "ns1.example.net"), Statuses = [DomainStatuses.ClientHold] },
            Change = new DomainChange { AuthInfo = Secret },
        }),
        ("domain renew", new DomainRenewCommand("example.com", new DateOnly(2026, 5, 2))),
        ("domain renew period", new DomainRenewCommand("example.com", new DateOnly(2026, 5, 2)) { Period = EppPeriod.Years(3) }),
        ("domain delete", new DomainDeleteCommand("example.com")),
        ("domain transfer request", DomainTransferCommand.Request("example.net", Secret)),
        ("domain transfer request period", DomainTransferCommand.Request("example.net", Secret, EppPeriod.Years(1))),
        ("domain transfer request no authInfo", new DomainTransferCommand("example.net", EppTransferOperation.Request)),
        ("domain transfer query", DomainTransferCommand.Query("example.net")),
        ("domain transfer query authInfo", DomainTransferCommand.Query("example.net", Secret)),
        ("domain transfer approve", DomainTransferCommand.Approve("example.net")),
        ("domain transfer reject", DomainTransferCommand.Reject("example.net")),
        ("domain transfer cancel", DomainTransferCommand.Cancel("example.net")),
        ("domain transfer approve authInfo", DomainTransferCommand.Approve("example.net") with { AuthInfo = Secret }),
        ("host check", new HostCheckCommand(["ns1.example.com", "ns9.example.com"])),
        ("host info", new HostInfoCommand("ns1.example.com")),
        ("host create external", new HostCreateCommand("ns1.example.org")),
        ("host create v4", new HostCreateCommand("ns9.example.com") { Addresses = [HostAddress.V4("192.0.2.99")] }),
        ("host create v4+v6", new HostCreateCommand("ns9.example.com") { Addresses = [HostAddress.Parse("192.0.2.99"), HostAddress.Parse("2001:db8::99")] }),
        ("host update add addr", new HostUpdateCommand("ns9.example.com") { Add = new HostUpdateSet { Addresses = [HostAddress.V4("192.0.2.100")] } }),
        ("host update rem addr v6", new HostUpdateCommand("ns9.example.com") { Remove = new HostUpdateSet { Addresses = [HostAddress.V6("2001:db8::99")] } }),
        ("host update status", new HostUpdateCommand("ns9.example.com")
        {
            Add = new HostUpdateSet { Statuses = [HostStatuses.ClientDeleteProhibited] },
            Remove = new HostUpdateSet { Statuses = [HostStatuses.ClientUpdateProhibited] },
        }),
        ("host update rename", new HostUpdateCommand("ns9.example.com") { NewName = "ns10.example.com" }),
        ("host update all parts", new HostUpdateCommand("ns9.example.com")
        {
            Add = new HostUpdateSet { Addresses = [HostAddress.V4("192.0.2.100")], Statuses = [HostStatuses.ClientDeleteProhibited] },
            Remove = new HostUpdateSet { Addresses = [HostAddress.V6("2001:db8::99")] },
            NewName = "ns10.example.com",
        }),
        ("host delete", new HostDeleteCommand("ns1.example.com")),
        ("contact check", new ContactCheckCommand(["REG-0001", "REG-0002"])),
        ("contact info", new ContactInfoCommand("REG-0001")),
        ("contact info authInfo", new ContactInfoCommand("REG-0001") { AuthInfo = Secret }),
        ("contact create minimal", new ContactCreateCommand("REG-0003", [LocPostal], "jane@example.com", Secret)),
        ("contact create full", new ContactCreateCommand("REG-0001", [IntPostal, LocPostal], "jane@example.com", Secret)
        {
            Voice = new ContactPhone("+1.7035550100", "42"),
            Fax = "+1.7035550101",
            Disclose = new ContactDisclose(false) { Name = [ContactPostalInfoType.International], Address = [ContactPostalInfoType.Localized], Voice = true, Email = true },
        }),
        ("contact create disclose flag=1 org+fax", new ContactCreateCommand("REG-0004", [IntPostal], "jane@example.com", Secret)
        {
            Disclose = new ContactDisclose(true) { Organization = [ContactPostalInfoType.International], Fax = true },
        }),
        ("rgp restore request", new RgpRestoreRequestCommand("example-deleted.com")),
        ("rgp restore report", new RgpRestoreReportCommand("example-deleted.com", Report)),
        ("rgp restore report other+lang", new RgpRestoreReportCommand("example-deleted.com", Report with { Other = "Ticket <2025> & co", Language = "fr" })),
    ];
}
