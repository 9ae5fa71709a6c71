using Rrp2Epp.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>ADD Domain and ADD NameServer (result-mapping §3.2, §3.3) against the sandbox, both listeners.</summary>
public static class AddScenarios
{
    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        // ADD Domain
        Of("domain, period, 2.0.0", C.Success, Domain("add", "add-new2.com", "-Period:2")) with
        {
            Then = async (w, r) =>
            {
                // Registered at 2025-03-14 09:00Z for two years: the expiry in New York time, and ACTIVE.
                Assert.Equal("2027-03-14 05:00:00.0", r.ValueOf("registration expiration date"));
                Assert.Equal(["ACTIVE"], r.ValuesOf("status"));
                var stored = await w.Gateway.Store.GetAuthInfoAsync("add-new2.com");
                Assert.True(stored is { Length: 16 }, "a 16-character authInfo is stored for the new domain");
            },
        },
        Of("domain, default period, 1.1.0", C.Success, Domain("add", "add-new1.com"), version: RrpVersion.V1_1_0).Expect((_, r) => Assert.Equal("2026-03-14 05:00:00.0", r.ValueOf("registration expiration date"))),
        Of("domain with a name server", C.Success, Domain("add", "add-withns.com", "NameServer:ns1.add-parent.com")) with
        {
            Then = async (w, _) => Assert.Equal(["ns1.add-parent.com"], (await w.StatusAsync("add-withns.com")).ValuesOf("nameserver")),
        },
        Of("domain of another registrar → 540", C.AttributeValueNotUnique, Domain("add", "add-b-owned.com")),
        Of("domain already ours → 554", C.DomainAlreadyRegistered, Domain("add", "add-a-owned.com")),
        Of("unregistered name server → 545", C.EntityReferenceNotFound, Domain("add", "add-ghostns.com", "NameServer:ns1.add-ghost.com")),
        Of("period past the registry's maximum → 541", C.InvalidAttributeValue, Domain("add", "add-longterm.com", "-Period:11")),
        Of("zone the registry does not serve → 541", C.InvalidAttributeValue, Domain("add", "add-elsewhere.org")),
        Of("broken ACE label on 2.0.0 → 510", C.InvalidEncoding, Domain("add", "xn--a.com")),
        // RFC 2832 has no IDN rule: a 1.1.0 listener passes any LDH label and the registry decides (the sandbox accepts it).
        Of("broken ACE label on 1.1.0: the registry decides → 200", C.Success, Domain("add", "xn--a.com"), version: RrpVersion.V1_1_0),
        Of("fourteen name servers → 541", C.InvalidAttributeValue, Domain("add", "add-fourteen.com", [.. Enumerable.Range(1, 14).Select(i => $"NameServer:ns{i}.mod-hosts.com")])),
        Of("credit exhausted → 546", C.CreditLimitExceeded, Domain("add", "add-billing.com"), "registrarD"),

        // ADD NameServer
        Of("name server, IPv4 and IPv6, 2.0.0", C.Success, Server("add", "ns2.addns-parent.com", "IPAddress:45.63.0.2", "IPAddress:2600:3c00::2")) with
        {
            Then = async (w, _) => Assert.Equal(["45.63.0.2", "2600:3c00::2"], (await w.ServerStatusAsync("ns2.addns-parent.com")).ValuesOf("ipaddress")),
        },
        Of("name server, 1.1.0", C.Success, Server("add", "ns3.addns-parent.com", "IPAddress:45.63.0.3"), version: RrpVersion.V1_1_0),
        Of("external name server without addresses", C.Success, Server("add", "ns1.addns-external.org")),
        Of("name server that exists → 540", C.AttributeValueNotUnique, Server("add", "ns1.addns-parent.com", "IPAddress:45.63.0.9")),
        Of("address another server has → 540", C.AttributeValueNotUnique, Server("add", "ns4.addns-parent.com", "IPAddress:45.63.0.1")),
        Of("loopback address → 535", C.RestrictedIpAddress, Server("add", "ns5.addns-parent.com", "IPAddress:127.0.0.1")),
        Of("documentation address → 535", C.RestrictedIpAddress, Server("add", "ns5.addns-parent.com", "IPAddress:192.0.2.1")),
        Of("private address → 535", C.RestrictedIpAddress, Server("add", "ns5.addns-parent.com", "IPAddress:10.1.1.1")),
        Of("in-zone name server without addresses → 504", C.MissingRequiredAttribute, Server("add", "ns5.addns-parent.com")),
        Of("parent not registered → 550", C.ParentDomainNotRegistered, Server("add", "ns1.addns-unregistered.com", "IPAddress:45.63.0.5")),
        Of("parent of another registrar → 531", C.AuthorizationFailed, Server("add", "ns1.addns-b-parent.com", "IPAddress:45.63.0.6")),
        Of("parent in redemption: best 551 is not ADD's → 541", C.InvalidAttributeValue, Server("add", "ns1.addns-rgp.com", "IPAddress:45.63.0.8")),
        Of("external name server with an address → 541", C.InvalidAttributeValue, Server("add", "ns2.addns-external.org", "IPAddress:45.63.0.7")),
    ];
}
