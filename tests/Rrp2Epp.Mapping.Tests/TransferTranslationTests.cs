using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;
using Rrp2Epp.TestKit.Mapping;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class TransferTranslationTests
{
    private const string Name = "example.net";
    private const string Third = "RegistrarC";
    private static readonly DateTimeOffset Requested = Now.AddDays(-1);

    public static TheoryData<string> Cases => Catalog.Names(Scenarios());

    private static EppAnswered Query(string status, string requester = Other, int code = 1000, DateTimeOffset? acted = null) =>
        Transfer(new TransferXml(Name, status, requester, Requested, status == "pending" ? Self : requester, acted ?? Requested.AddDays(5)), code);

    internal static IEnumerable<Scenario> Scenarios()
    {
        var request = new TransferRequest(Name, null, null);
        var approve = new TransferRequest(Name, true, null);
        var no = new TransferRequest(Name, false, null);
        Scenario S(string name, TransferRequest r) => new(name, r);

        // Requests (any registrar but the sponsor).
        Scenario Asking(string name, TransferRequest? r = null) => S(name, r ?? request).Then(EppCommandKind.DomainInfo, OtherDomain(Name));
        yield return Asking("request with the stored authInfo: 200 (pending)")
            .Then<DomainTransferCommand>(EppCommandKind.DomainTransferRequest, Query("pending", Self, 1001), c => Assert.Equal(TestContexts.Stored, c.AuthInfo!.Reveal()))
            .Finishes(RrpResponseCode.Success, f =>
            {
                Assert.Empty(f.Response.Attributes);
                Assert.Empty(f.Effects);
                Assert.DoesNotContain(f.Diagnostics, d => d.Contains(TestContexts.Stored, StringComparison.Ordinal));
            });
        yield return Asking("request with the registrar's AuthInfo: it wins over the stored one", new TransferRequest(Name, null, "Given-Auth-123"))
            .Then<DomainTransferCommand>(EppCommandKind.DomainTransferRequest, Query("pending", Self, 1001), c => Assert.Equal("Given-Auth-123", c.AuthInfo!.Reveal()))
            .Finishes(RrpResponseCode.Success);
        yield return Asking("a request completed at once: 200 and the authInfo is rotated for us")
            .Then(EppCommandKind.DomainTransferRequest, Query("serverApproved", Self))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(new RotateAuthInfoEffect(Name, Self), Assert.Single(f.Effects)));
        yield return S("request when the info is hidden (2201): the request goes ahead", request)
            .Then(EppCommandKind.DomainInfo, Code(2201))
            .Then(EppCommandKind.DomainTransferRequest, Code(1001))
            .Finishes(RrpResponseCode.Success);
        yield return S("request by the sponsor: 531", request).Then(EppCommandKind.DomainInfo, DomainInfo(Name)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("request without any authInfo: 531", request).Inputs(i => i with { StoredAuthInfo = null })
            .Then(EppCommandKind.DomainInfo, OtherDomain(Name)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("request for no such domain: 545", request).Then(EppCommandKind.DomainInfo, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Asking("request 2300: 536").Then(EppCommandKind.DomainTransferRequest, Code(2300)).Finishes(RrpResponseCode.DomainAlreadyFlaggedForTransfer);
        yield return Asking("request 2202: 531").Then(EppCommandKind.DomainTransferRequest, Code(2202)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Asking("request 2003 for the authInfo: 531").Then(EppCommandKind.DomainTransferRequest, Code(2003, Value("domain", "authInfo", ""))).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Asking("request 2002: 531, not resent").Then(EppCommandKind.DomainTransferRequest, Code(2002)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Asking("request 2106: 552").Then(EppCommandKind.DomainTransferRequest, Code(2106)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Asking("request 2304 and already pending: 536")
            .Then(EppCommandKind.DomainTransferRequest, Code(2304)).Then(EppCommandKind.DomainInfo, OtherDomain(Name, "pendingTransfer")).Finishes(RrpResponseCode.DomainAlreadyFlaggedForTransfer);
        yield return Asking("request 2304 on a LOCK with a HOLD: 552")
            .Then(EppCommandKind.DomainTransferRequest, Code(2304)).Then(EppCommandKind.DomainInfo, OtherDomain(Name, "clientTransferProhibited", "clientHold")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Asking("request 2304 when only holds explain it: 544")
            .Then(EppCommandKind.DomainTransferRequest, Code(2304)).Then(EppCommandKind.DomainInfo, OtherDomain(Name, "serverHold")).Finishes(RrpResponseCode.EntityOnHold);
        yield return Asking("request 2304 on policy: 552")
            .Then(EppCommandKind.DomainTransferRequest, Code(2304)).Then(EppCommandKind.DomainInfo, Code(2201)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Asking("request 2104: 546").Then(EppCommandKind.DomainTransferRequest, Code(2104)).Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return Asking("request 2303: 545").Then(EppCommandKind.DomainTransferRequest, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Asking("request 2005 on the name: 541").Then(EppCommandKind.DomainTransferRequest, Code(2005, Value("domain", "name", Name))).Finishes(RrpResponseCode.InvalidAttributeValue);
        yield return Asking("request 2308 (past the maximum term): 552, best 556 not listed").Then(EppCommandKind.DomainTransferRequest, Code(2308)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Asking("lost request, pending for us since the send: 200")
            .Then(EppCommandKind.DomainTransferRequest, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Transfer(new TransferXml(Name, "pending", Self, Now.AddSeconds(1), Other, Now.AddDays(5))))
            .Finishes(RrpResponseCode.Success);
        yield return Asking("lost request, the domain is ours already: 200 and rotate")
            .Then(EppCommandKind.DomainTransferRequest, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Transfer(new TransferXml(Name, "serverApproved", Self, Now.AddSeconds(1), Other, Now.AddSeconds(1))))
            .Then(EppCommandKind.DomainInfo, DomainInfo(Name))
            .Finishes(RrpResponseCode.Success, f => Assert.Contains(new RotateAuthInfoEffect(Name, Self), f.Effects));
        yield return Asking("lost request, someone else's transfer is pending: 421")
            .Then(EppCommandKind.DomainTransferRequest, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Query("pending", Third))
            .Then(EppCommandKind.DomainInfo, OtherDomain(Name))
            .Finishes(RrpResponseCode.ServerErrorTryAgain);
        yield return Asking("lost request, nothing readable: 420 and unresolved")
            .Then(EppCommandKind.DomainTransferRequest, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Code(2400))
            .Then(EppCommandKind.DomainInfo, Code(2400))
            .Finishes(RrpResponseCode.ServerErrorClosing, closes: true);

        // Approvals and rejections by the sponsor; cancels by the requester.
        Scenario Sponsor(string name, TransferRequest r) => S(name, r).Then(EppCommandKind.DomainInfo, DomainInfo(Name));
        Scenario Requester(string name) => S(name, no).Then(EppCommandKind.DomainInfo, OtherDomain(Name));
        yield return Sponsor("approve by the sponsor with a transfer pending: approve, 200, rotate for the gainer", approve)
            .Then(EppCommandKind.DomainTransferQuery, Query("pending"))
            .Then<DomainTransferCommand>(EppCommandKind.DomainTransferApprove, Query("clientApproved"), c => Assert.Null(c.AuthInfo))
            .Finishes(RrpResponseCode.Success, f => Assert.Equal(new RotateAuthInfoEffect(Name, Other), Assert.Single(f.Effects)));
        yield return Sponsor("approve with nothing pending (2301): 534", approve).Then(EppCommandKind.DomainTransferQuery, Code(2301)).Finishes(RrpResponseCode.DomainNotFlaggedForTransfer);
        yield return Sponsor("approve after the transfer ended: 534", approve).Then(EppCommandKind.DomainTransferQuery, Query("clientRejected")).Finishes(RrpResponseCode.DomainNotFlaggedForTransfer);
        yield return S("approve by the requester: 531", approve).Then(EppCommandKind.DomainInfo, OtherDomain(Name)).Then(EppCommandKind.DomainTransferQuery, Query("pending", Self)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return S("approve by anyone else: 531", approve).Then(EppCommandKind.DomainInfo, Code(2201)).Then(EppCommandKind.DomainTransferQuery, Query("pending", Third)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Sponsor("reject by the sponsor: reject, 200", no)
            .Then(EppCommandKind.DomainTransferQuery, Query("pending"))
            .Then(EppCommandKind.DomainTransferReject, Query("clientRejected"))
            .Finishes(RrpResponseCode.Success, f => Assert.Empty(f.Effects));
        yield return Sponsor("reject with nothing pending: 534", no).Then(EppCommandKind.DomainTransferQuery, Code(2301)).Finishes(RrpResponseCode.DomainNotFlaggedForTransfer);
        yield return Requester("No from the requester on 2.0.0: cancel, 200")
            .Then(EppCommandKind.DomainTransferQuery, Query("pending", Self))
            .Then(EppCommandKind.DomainTransferCancel, Query("clientCancelled", Self))
            .Finishes(RrpResponseCode.Success);
        yield return Requester("a repeated cancel on 2.0.0: 534").Then(EppCommandKind.DomainTransferQuery, Query("clientCancelled", Self)).Finishes(RrpResponseCode.DomainNotFlaggedForTransfer);
        yield return Requester("No from the requester on 1.1.0: 531").Version(RrpVersion.V1_1_0).Then(EppCommandKind.DomainTransferQuery, Query("pending", Self)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Requester("No from anyone else: 531").Then(EppCommandKind.DomainTransferQuery, Query("pending", Third)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Requester("the transfer query refused (2201): 531").Then(EppCommandKind.DomainTransferQuery, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Requester("the transfer query finds nothing (2303): 545").Then(EppCommandKind.DomainTransferQuery, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        Scenario Approving(string name) => Sponsor(name, approve).Then(EppCommandKind.DomainTransferQuery, Query("pending"));
        yield return Approving("approve 2301 (auto-approved in between): 534").Then(EppCommandKind.DomainTransferApprove, Code(2301)).Finishes(RrpResponseCode.DomainNotFlaggedForTransfer);
        yield return Approving("approve 2002: 549").Then(EppCommandKind.DomainTransferApprove, Code(2002)).Finishes(RrpResponseCode.CommandFailed);
        yield return Approving("approve 2106: 552").Then(EppCommandKind.DomainTransferApprove, Code(2106)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Approving("approve 2304 on a lock: 552").Then(EppCommandKind.DomainTransferApprove, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "serverTransferProhibited", "pendingTransfer")).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Approving("approve 2304 on holds only: 544").Then(EppCommandKind.DomainTransferApprove, Code(2304)).Then(EppCommandKind.DomainInfo, DomainInfo(Name, "clientHold", "pendingTransfer")).Finishes(RrpResponseCode.EntityOnHold);
        yield return Approving("approve 2104: 546").Then(EppCommandKind.DomainTransferApprove, Code(2104)).Finishes(RrpResponseCode.CreditLimitExceeded);
        yield return Approving("approve 2201: 531").Then(EppCommandKind.DomainTransferApprove, Code(2201)).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Approving("lost approval, approved since the send: 200 and rotate")
            .Then(EppCommandKind.DomainTransferApprove, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Query("clientApproved", acted: Now.AddSeconds(1)))
            .Finishes(RrpResponseCode.Success, f => Assert.Contains(new RotateAuthInfoEffect(Name, Other), f.Effects));
        yield return Approving("lost approval, still pending: 421")
            .Then(EppCommandKind.DomainTransferApprove, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Query("pending"))
            .Finishes(RrpResponseCode.ServerErrorTryAgain, f => Assert.Empty(f.Effects));
        yield return Approving("lost approval, auto-approved by the server: 420 and unresolved")
            .Then(EppCommandKind.DomainTransferApprove, Unknown())
            .Then(EppCommandKind.DomainTransferQuery, Query("serverApproved", acted: Now.AddSeconds(1)))
            .Finishes(RrpResponseCode.ServerErrorClosing, closes: true);
        Scenario Rejecting(string name) => Sponsor(name, no).Then(EppCommandKind.DomainTransferQuery, Query("pending"));
        yield return Rejecting("reject 2304: 552 without a fresh info").Then(EppCommandKind.DomainTransferReject, Code(2304)).Finishes(RrpResponseCode.DomainStatusDisallows);
        yield return Rejecting("reject 2303: 545").Then(EppCommandKind.DomainTransferReject, Code(2303)).Finishes(RrpResponseCode.EntityReferenceNotFound);
        yield return Rejecting("reject 2003 for the authInfo: 531").Then(EppCommandKind.DomainTransferReject, Code(2003, Value("domain", "pw", ""))).Finishes(RrpResponseCode.AuthorizationFailed);
        yield return Rejecting("reject 2005 on the name: 541").Then(EppCommandKind.DomainTransferReject, Code(2005, Value("domain", "name", Name))).Finishes(RrpResponseCode.InvalidAttributeValue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string name) => ScenarioRunner.Run(Catalog.Find(Scenarios(), name));
}
