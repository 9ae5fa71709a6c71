using System.Net;
using System.Text;
using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit.Mapping;
using X = Rrp2Epp.TestKit.Mapping.EppResponseXml;

namespace Rrp2Epp.Benchmarks.Translation;

/// <summary>
/// One typical, successful request per RRP command kind that the gateway translates, with registry answers written
/// by the test kit's <see cref="EppResponseXml"/> (schema-valid, the answers the Mapping tests drive translations
/// with). QUIT and DESCRIBE are absent: the RRP session answers them itself, without a translation or EPP (their cost
/// is the RRP codec's).
/// </summary>
public static class TranslationScenarios
{
    /// <summary>The registrar of every request (the test kit's answers call it the sponsor).</summary>
    public const string Registrar = X.Self;

    /// <summary>The gateway's clock during the requests (the answers' dates are around it).</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 10, 0, 0, TimeSpan.Zero);

    private const string Domain = "example.com";
    private const string Host = "ns1.example.com";
    private static readonly DateTimeOffset Expires = new(2026, 5, 2, 14, 10, 0, TimeSpan.Zero);

    /// <summary>CHECK Domain of a free name: <c>domain:check</c> → 210 (the goal: at most 2 µs and 1 KB both ways).</summary>
    public static TranslationScenario CheckDomain { get; } = new("check domain", Request(new CheckDomainRequest(Domain)),
        [(EppCommandKind.DomainCheck, Answer(X.DomainCheck((Domain, true))))], RrpResponseCode.DomainAvailable);

    /// <summary>Every scenario, CHECK Domain first.</summary>
    public static IReadOnlyList<TranslationScenario> All { get; } =
    [
        CheckDomain,
        new("check nameserver", Request(new CheckNameServerRequest(Host)),
            [
                (EppCommandKind.HostCheck, Answer(X.HostCheck((Host, false)))),
                (EppCommandKind.HostInfo, Answer(X.HostInfo(new HostInfoXml(Host) { Addresses = ["193.0.14.129", "2001:7fd::1"] }))),
            ],
            RrpResponseCode.NameServerNotAvailable),
        new("status domain", Request(new StatusDomainRequest(Domain)),
            [(EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain) { NameServers = ["ns1.example.net", "ns2.example.net"], UpdaterId = Registrar, UpdatedAt = Now.AddDays(-30) })))],
            RrpResponseCode.Success),
        new("status nameserver", Request(new StatusNameServerRequest(Host)),
            [(EppCommandKind.HostInfo, Answer(X.HostInfo(new HostInfoXml(Host) { Addresses = ["193.0.14.129"] })))],
            RrpResponseCode.Success),
        new("add domain", Request(new AddDomainRequest(Domain, 2, ["ns1.example.net", "ns2.example.net"])),
            [(EppCommandKind.DomainCreate, Answer(X.DomainCreated(Domain, Now, Now.AddYears(2))))],
            RrpResponseCode.Success),
        new("add nameserver", Request(new AddNameServerRequest(Host, [IPAddress.Parse("193.0.14.129")])),
            [
                (EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain)))),
                (EppCommandKind.HostCreate, Answer(X.HostCreated(Host, Now))),
            ],
            RrpResponseCode.Success),
        new("mod domain", Request(new ModDomainRequest(Domain, [RrpEdit.Add("ns2.example.net")], [])),
            [
                (EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain) { NameServers = ["ns1.example.net"] }))),
                (EppCommandKind.HostCheck, Answer(X.HostCheck(("ns2.example.net", false)))),
                (EppCommandKind.DomainUpdate, Answer(X.Result(1000))),
            ],
            RrpResponseCode.Success),
        new("del domain", Request(new DelDomainRequest(Domain)),
            [
                (EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain)))),
                (EppCommandKind.DomainDelete, Answer(X.Result(1000))),
            ],
            RrpResponseCode.Success),
        new("renew domain", Request(new RenewRequest(Domain, 1, Expires.Year)),
            [
                (EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain) { ExpiresAt = Expires }))),
                (EppCommandKind.DomainRenew, Answer(X.DomainRenewed(Domain, Expires.AddYears(1)))),
            ],
            RrpResponseCode.Success),
        new("transfer domain", Request(new TransferRequest(Domain, null, null)),
            [
                (EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain) { ClientId = X.Other }))),
                (EppCommandKind.DomainTransferRequest, Answer(X.Transfer(new TransferXml(Domain, "pending", Registrar, Now, X.Other, Now.AddDays(5)), 1001))),
            ],
            RrpResponseCode.Success),
        new("restore domain", Request(new RestoreRequest(Domain)),
            [
                (EppCommandKind.DomainInfo, Answer(X.DomainInfo(new DomainInfoXml(Domain) { Statuses = ["pendingDelete"], Rgp = ["redemptionPeriod"], UpdatedAt = Now.AddDays(-3) }))),
                (EppCommandKind.RgpRestoreRequest, Answer(X.RestoreRequested())),
            ],
            RrpResponseCode.Success),
        new("session", Request(new SessionRequest(Registrar, "pass-w0rd", null)),
            [(EppCommandKind.Login, Answer(X.Result(1000)))],
            RrpResponseCode.Success),
    ];

    /// <summary>The names, for <c>[ParamsSource]</c>.</summary>
    public static IEnumerable<string> Names => All.Select(s => s.Name);

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static TranslationScenario Find(string name) => All.Single(s => s.Name == name);

    // What the framer hands over: the request's lines without the final "." line.
    private static byte[] Request(RrpRequest request)
    {
        var bytes = RrpRequestWriter.ToBytes(request);
        return bytes.AsSpan(0, bytes.Length - ".\r\n".Length).ToArray();
    }

    // The sandbox (a real registry) writes its declaration; the test kit's frames have none.
    private static byte[] Answer(string xml) => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>" + xml);
}
