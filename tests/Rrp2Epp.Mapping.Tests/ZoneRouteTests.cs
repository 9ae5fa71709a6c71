using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tests.Support;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests;

/// <summary>result-mapping.md §1.1: a domain outside the profile's zones has no route and is answered 541 before any exchange.</summary>
public sealed class ZoneRouteTests
{
    public static TheoryData<RrpRequest> DomainRequests() =>
    [
        new AddDomainRequest("example.org", null, []),
        new CheckDomainRequest("example.org"),
        new DelDomainRequest("example.org"),
        new RenewRequest("example.org", null, null),
        new StatusDomainRequest("example.org"),
        new TransferRequest("example.org", null, null),
        new RestoreRequest("example.org"),
    ];

    [Theory]
    [MemberData(nameof(DomainRequests))]
    public void A_domain_outside_the_zones_is_answered_541_without_an_exchange(RrpRequest request)
    {
        var finish = Assert.IsType<FinishStep>(TranslationFactory.Create(request, TestContexts.Create()).Start());
        Assert.Equal(RrpResponseCode.InvalidAttributeValue, finish.Response.Code);
        Assert.Contains(finish.Diagnostics, d => d.Contains("under none of the configured zones", StringComparison.Ordinal));
    }

    [Fact]
    public void A_domain_inside_the_zones_and_an_external_name_server_go_to_the_registry()
    {
        Assert.IsType<SendStep>(TranslationFactory.Create(new StatusDomainRequest("example.net"), TestContexts.Create()).Start());
        Assert.IsType<SendStep>(TranslationFactory.Create(new CheckNameServerRequest("ns1.example.org"), TestContexts.Create()).Start());
    }
}
