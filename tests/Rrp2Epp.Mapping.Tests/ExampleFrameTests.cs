using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit.Epp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

/// <summary>Translations driven with the project's example frames (tests/Rrp2Epp.TestKit/Epp/examples), where RegistrarA is the gateway's client.</summary>
public sealed class ExampleFrameTests
{
    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    private static EppAnswered Example(string name) => Read(EppExamples.Read(name));

    internal static IEnumerable<Scenario> Scenarios()
    {
        yield return new Scenario("example: STATUS example.com shows the partial client lock as REGISTRAR-LOCK", new StatusDomainRequest("example.com"))
            .Then(EppCommandKind.DomainInfo, Example("domain-info.response-1000.xml"))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Equal(["ns1.example.com", "ns2.example.net"], f.Response.ValuesOf(RrpAttributeNames.NameServer));
                Assert.Equal(["REGISTRAR-LOCK"], f.Response.ValuesOf(RrpAttributeNames.Status));
                Assert.Equal("2021-01-15 10:00:00.0", f.Response.ValueOf(RrpAttributeNames.RegistrarTransferDate));
                Assert.DoesNotContain(f.Diagnostics, d => d.Contains("Tr4nsfer-Key", StringComparison.Ordinal));
            });
        yield return new Scenario("example: STATUS of another registrar's domain (reduced info) is 531", new StatusDomainRequest("example.net"))
            .Then(EppCommandKind.DomainInfo, Example("domain-info.response-1000-unauthorized-client.xml"))
            .Finishes(RrpResponseCode.AuthorizationFailed);
        yield return new Scenario("example: STATUS in redemption", new StatusDomainRequest("example-deleted.com"))
            .Then(EppCommandKind.DomainInfo, Example("rgp-domain-info.response-1000-redemption.xml"))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(["REDEMPTIONPERIOD"], f.Response.ValuesOf(RrpAttributeNames.Status)));
        yield return new Scenario("example: ADD refused for an 11-year period is 541", new AddDomainRequest("example-free.com", 11, []))
            .Then(EppCommandKind.DomainCreate, Example("domain-create.response-2306.xml"))
            .Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return new Scenario("example: ADD of a name another registrar holds is 540", new AddDomainRequest("example.net", 1, []))
            .Then(EppCommandKind.DomainCreate, Example("domain-create.response-2302.xml"))
            .Then(EppCommandKind.DomainInfo, Example("domain-info.response-1000-unauthorized-client.xml"))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return new Scenario("example: ADD out of credit is 546", new AddDomainRequest("example-free.com", 1, []))
            .Then(EppCommandKind.DomainCreate, Example("domain-create.response-2104.xml"))
            .Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return new Scenario("example: RENEW that crossed another renewal (curExpDate) is 555", new RenewRequest("example.com", 1, 2026))
            .Then(EppCommandKind.DomainInfo, Example("domain-info.response-1000.xml"))
            .Then(EppCommandKind.DomainRenew, Example("domain-renew.response-2306.xml"))
            .Finishes(RrpResponseCode.DomainAlreadyRenewed);
        yield return new Scenario("example: MOD removing a name server below the registry's minimum is 541, not 542", new ModDomainRequest("example.com", [RrpEdit.Remove("ns1.example.com")], []))
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.com", d => d with { NameServers = ["ns1.example.com"] }))
            .Then(EppCommandKind.DomainUpdate, Example("domain-update.response-2308.xml"))
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.com", d => d with { NameServers = ["ns1.example.com"] }))
            .Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return new Scenario("example: DEL of a domain whose child host remains (cascade off) is 533", new DelDomainRequest("example.com"))
            .Profile(p => p with { DeleteCascade = false })
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.com"))
            .Then(EppCommandKind.DomainDelete, Example("domain-delete.response-2305.xml"))
            .Finishes(RrpResponseCode.DomainHasActiveNameServers);
        yield return new Scenario("example: DEL NameServer of a host still in use is 532", new DelNameServerRequest("ns1.example.com"))
            .Then(EppCommandKind.HostInfo, Example("host-info.response-1000.xml"))
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.com"))
            .Then(EppCommandKind.HostDelete, Example("host-delete.response-2305.xml"))
            .Finishes(RrpResponseCode.DomainNamesLinkedWithNameServer);
        yield return new Scenario("example: ADD NameServer the registry sees in zone, sent without glue, is 504", new AddNameServerRequest("ns8.example.com", []))
            .Profile(p => p with { Zones = ["net"] })
            .Then(EppCommandKind.HostCreate, Example("host-create.response-2308.xml"))
            .Finishes(RrpResponseCode.MissingRequiredAttribute);
        yield return new Scenario("example: ADD NameServer that exists is 540", new AddNameServerRequest("ns1.example.com", [IPAddress.Parse("192.0.2.1")]))
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.com"))
            .Then(EppCommandKind.HostCreate, Example("host-create.response-2302.xml"))
            .Finishes(RrpResponseCode.AttributeValueNotUnique);
        yield return new Scenario("example: TRANSFER approve by the sponsor rotates the authInfo for RegistrarB", new TransferRequest("example.net", true, null))
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.net"))
            .Then(EppCommandKind.DomainTransferQuery, Example("domain-transfer-query.response-1000.xml"))
            .Then(EppCommandKind.DomainTransferApprove, Example("domain-transfer-approve.response-1000.xml"))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(new RotateAuthInfoEffect("example.net", "RegistrarB"), Assert.Single(f.Effects)));
        yield return new Scenario("example: TRANSFER approve when nothing is pending anymore is 534", new TransferRequest("example.net", true, null))
            .Then(EppCommandKind.DomainInfo, DomainInfo("example.net"))
            .Then(EppCommandKind.DomainTransferQuery, Example("domain-transfer-query.response-1000.xml"))
            .Then(EppCommandKind.DomainTransferApprove, Example("domain-transfer-approve.response-2301.xml"))
            .Finishes(RrpResponseCode.DomainNotFlaggedForTransfer);
        yield return new Scenario("example: TRANSFER request with a wrong authInfo is 531", new TransferRequest("example.com", null, null))
            .Then(EppCommandKind.DomainInfo, OtherDomain("example.com"))
            .Then(EppCommandKind.DomainTransferRequest, Example("domain-transfer-request.response-2202.xml"))
            .Finishes(RrpResponseCode.AuthorizationFailed);
        yield return new Scenario("example: TRANSFER request already pending is 536", new TransferRequest("example.com", null, null))
            .Then(EppCommandKind.DomainInfo, OtherDomain("example.com"))
            .Then(EppCommandKind.DomainTransferRequest, Example("domain-transfer-request.response-2300.xml"))
            .Finishes(RrpResponseCode.DomainAlreadyFlaggedForTransfer);
        yield return new Scenario("example: RESTORE refused (2304) is 552", new RestoreRequest("example-deleted.com"))
            .Then(EppCommandKind.DomainInfo, Example("rgp-domain-info.response-1000-redemption.xml"))
            .Then(EppCommandKind.RgpRestoreRequest, Example("rgp-restore-request.response-2304.xml"))
            .Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return new Scenario("example: RESTORE accepted is 200", new RestoreRequest("example-deleted.com"))
            .Then(EppCommandKind.DomainInfo, Example("rgp-domain-info.response-1000-redemption.xml"))
            .Then(EppCommandKind.RgpRestoreRequest, Example("rgp-restore-request.response-1000.xml"))
            .Finishes(RrpResponseCode.Success);
        yield return new Scenario("example: a 2400 is 549", new CheckDomainRequest("example.com"))
            .Then(EppCommandKind.DomainCheck, Example("session-response-2400.xml"))
            .Finishes(RrpResponseCode.CommandFailed);
        yield return new Scenario("example: CHECK against the example check answer", new CheckDomainRequest("example.com"))
            .Then(EppCommandKind.DomainCheck, Example("domain-check.response-1000.xml"))
            .Finishes(RrpResponseCode.DomainNotAvailable);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
