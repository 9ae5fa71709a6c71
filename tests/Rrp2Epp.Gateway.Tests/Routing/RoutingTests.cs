using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Routing;

/// <summary>
/// TLD routing end to end: one RRP session reaches .com at registry "a" and .net at registry "b" (different profiles and
/// credentials), an unknown TLD gets 541 with no exchange, and the host-attribute registry's name servers live in the
/// gateway's store.
/// </summary>
public sealed class RoutingTests(RoutingWorld world) : IClassFixture<RoutingWorld>
{
    [Fact]
    public async Task One_RRP_session_reaches_each_registry_by_the_names_TLD_and_an_unknown_TLD_gets_541()
    {
        var client = await world.Gateway.LoginAsync();
        Assert.Equal(C.DomainAvailable, (await client.SendRawAsync(Domain("check", "route-a.com"))).Code);
        Assert.Equal(C.DomainAvailable, (await client.SendRawAsync(Domain("check", "route-b.net"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("add", "route-a.com"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("add", "route-b.net"))).Code);
        Assert.Equal((true, false), (world.A.Registry.DomainExists("route-a.com"), world.B.Registry.DomainExists("route-a.com")));
        Assert.Equal((false, true), (world.A.Registry.DomainExists("route-b.net"), world.B.Registry.DomainExists("route-b.net")));

        // At "b" the registrar is its mapped clID, and the thick registry got the registrar's contact handles.
        Assert.Equal("registrarA", (await client.SendRawAsync(Domain("status", "route-a.com"))).ValueOf("registrar"));
        Assert.Equal("netA", (await client.SendRawAsync(Domain("status", "route-b.net"))).ValueOf("registrar"));
        Assert.Equal("A-REG", await world.RegistrantAtBAsync("route-b.net"));

        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("mod", "route-b.net", "Status:REGISTRAR-HOLD"))).Code);
        Assert.Contains("REGISTRAR-HOLD", (await client.SendRawAsync(Domain("status", "route-b.net"))).ValuesOf("status"));
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("del", "route-a.com"))).Code);
        Assert.False(world.A.Registry.DomainExists("route-a.com"));
        Assert.True(world.B.Registry.DomainExists("route-b.net"));

        Assert.Equal(C.InvalidAttributeValue, (await client.SendRawAsync(Domain("check", "route.org"))).Code);
        Assert.Equal(C.InvalidAttributeValue, (await client.SendRawAsync(Domain("add", "route.org"))).Code);
        Assert.DoesNotContain(world.Gateway.Logs.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"EPP \S+ route\.org on "));
        Assert.Contains(world.Gateway.Logs.Lines, l => l.Contains("route.org is under none of the configured zones (com, net)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Credentials_pass_through_at_one_registry_and_are_mapped_at_the_other()
    {
        var a = await world.Gateway.LoginAsync("registrarA");
        Assert.Equal(C.DomainAvailable, (await a.SendRawAsync(Domain("check", "creds.net"))).Code);
        Assert.DoesNotContain("registrarA", world.B.Registry.RegistrarIds);
        Assert.True(world.B.Registry.LoginsOf("netA") > 0);

        // registrarC logs in at "a" with its own credentials but has no account at "b": the profile gap is 549, .com still works.
        var c = await world.Gateway.LoginAsync("registrarC");
        Assert.Equal(C.CommandFailed, (await c.SendRawAsync(Domain("check", "creds.net"))).Code);
        Assert.Equal(C.DomainAvailable, (await c.SendRawAsync(Domain("check", "creds.com"))).Code);
        Assert.Contains(world.Gateway.Logs.Lines, l => l.Contains("ALERT: registrar registrarC has no credentials for registry b", StringComparison.Ordinal));
        world.Gateway.Logs.AssertNoSecret("net-pass-A", "net-pass-B", "i-am-registrarA", "i-am-registrarC");
    }

    [Fact]
    public async Task Name_servers_route_by_their_own_name_and_one_outside_every_zone_takes_the_default_route()
    {
        var client = await world.Gateway.LoginAsync();
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("add", "hosts-a.com"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("add", "ns1.hosts-a.com", "IPAddress:45.66.0.1"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("add", "ns1.outside.org"))).Code);
        Assert.True(world.A.Registry.HostExists("ns1.hosts-a.com"));
        Assert.True(world.A.Registry.HostExists("ns1.outside.org"));
        Assert.Equal(C.NameServerNotAvailable, (await client.SendRawAsync(Server("check", "ns1.outside.org"))).Code);
        Assert.Null(await world.Gateway.Store.GetNameServerAsync("b", "ns1.outside.org"));
    }

    [Fact]
    public async Task At_a_host_attribute_registry_name_servers_are_kept_in_the_store_and_written_into_the_domains_that_use_them()
    {
        var client = await world.Gateway.LoginAsync();
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("add", "attr-parent.net"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("add", "ns1.attr-parent.net", "IPAddress:45.67.0.1", "IPAddress:2600:3c01::1"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("add", "ns2.attr-parent.net", "IPAddress:45.67.0.2"))).Code);
        var kept = await world.Gateway.Store.GetNameServerAsync("b", "ns1.attr-parent.net");
        Assert.Equal(["45.67.0.1", "2600:3c01::1"], kept!.Addresses);
        Assert.Equal("netA", kept.Sponsor);

        // RRP's rules the store can keep: an existing name or a used address is 540, a missing parent 550.
        Assert.Equal(C.AttributeValueNotUnique, (await client.SendRawAsync(Server("add", "ns1.attr-parent.net", "IPAddress:45.67.0.9"))).Code);
        Assert.Equal(C.AttributeValueNotUnique, (await client.SendRawAsync(Server("add", "ns3.attr-parent.net", "IPAddress:45.67.0.1"))).Code);
        Assert.Equal(C.ParentDomainNotRegistered, (await client.SendRawAsync(Server("add", "ns1.attr-nothere.net", "IPAddress:45.67.0.8"))).Code);

        // CHECK and STATUS NameServer are answered from the store.
        var check = await client.SendRawAsync(Server("check", "ns1.attr-parent.net"));
        Assert.Equal(C.NameServerNotAvailable, check.Code);
        Assert.Equal(["45.67.0.1", "2600:3c01::1"], check.ValuesOf("ipAddress"));
        Assert.Equal(C.NameServerAvailable, (await client.SendRawAsync(Server("check", "ns9.attr-parent.net"))).Code);
        var status = await client.SendRawAsync(Server("status", "ns1.attr-parent.net"));
        Assert.Equal((C.Success, "netA"), (status.Code, status.ValueOf("registrar")));

        // ADD and MOD Domain write hostAttr with the kept glue; an external name goes without addresses.
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("add", "attr-user.net", "NameServer:ns1.attr-parent.net", "NameServer:ns1.outside.org"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("mod", "attr-parent.net", "NameServer:ns1.attr-parent.net", "NameServer:ns2.attr-parent.net"))).Code);
        var user = await world.HostAttributesAtBAsync("attr-user.net");
        Assert.Equal(["45.67.0.1", "2600:3c01::1"], user["ns1.attr-parent.net"]);
        Assert.Empty(user["ns1.outside.org"]);
        Assert.Equal(["attr-parent.net", "attr-user.net"], await world.Gateway.Store.GetDelegatingDomainsAsync("b", "ns1.attr-parent.net"));

        // MOD NameServer changes the kept host and rewrites every domain delegating to it.
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("mod", "ns1.attr-parent.net", "IPAddress:45.67.0.1=45.67.0.3", "IPAddress:2600:3c01::1="))).Code);
        Assert.Equal(["45.67.0.3"], (await world.HostAttributesAtBAsync("attr-user.net"))["ns1.attr-parent.net"]);
        Assert.Equal(["45.67.0.3"], (await world.HostAttributesAtBAsync("attr-parent.net"))["ns1.attr-parent.net"]);
        Assert.Equal(["45.67.0.3"], (await client.SendRawAsync(Server("status", "ns1.attr-parent.net"))).ValuesOf("ipAddress"));

        // A rename carries the delegations along.
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("mod", "ns2.attr-parent.net", "NewNameServer:ns5.attr-parent.net"))).Code);
        var renamed = await world.HostAttributesAtBAsync("attr-parent.net");
        Assert.Equal(["45.67.0.2"], renamed["ns5.attr-parent.net"]);
        Assert.DoesNotContain("ns2.attr-parent.net", renamed.Keys);

        // In use: DEL NameServer is 532 and DEL Domain of its parent 533, as RRP says; unused, it goes.
        Assert.Equal(C.DomainNamesLinkedWithNameServer, (await client.SendRawAsync(Server("del", "ns1.attr-parent.net"))).Code);
        Assert.Equal(C.DomainHasActiveNameServers, (await client.SendRawAsync(Domain("del", "attr-parent.net"))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("mod", "attr-user.net", "NameServer:ns1.attr-parent.net="))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Domain("mod", "attr-parent.net", "NameServer:ns1.attr-parent.net="))).Code);
        Assert.Equal(C.Success, (await client.SendRawAsync(Server("del", "ns1.attr-parent.net"))).Code);
        Assert.Equal(C.NameServerAvailable, (await client.SendRawAsync(Server("check", "ns1.attr-parent.net"))).Code);
        Assert.False(world.B.Registry.HostExists("ns1.attr-parent.net"));
    }

    [Fact]
    public async Task A_name_server_another_registrars_domain_uses_cannot_be_changed_from_the_store()
    {
        var a = await world.Gateway.LoginAsync("registrarA");
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "shared-parent.net"))).Code);
        Assert.Equal(C.Success, (await a.SendRawAsync(Server("add", "ns1.shared-parent.net", "IPAddress:45.68.0.1"))).Code);

        // registrarB's domain carries its own copy of the glue, which only registrarB may change: the MOD is refused, nothing changes.
        var b = await world.Gateway.LoginAsync("registrarB");
        Assert.Equal(C.Success, (await b.SendRawAsync(Domain("add", "foreign.net", "NameServer:ns1.shared-parent.net"))).Code);
        Assert.Equal(C.AuthorizationFailed, (await a.SendRawAsync(Server("mod", "ns1.shared-parent.net", "IPAddress:45.68.0.1=45.68.0.2"))).Code);
        Assert.Equal(["45.68.0.1"], (await world.Gateway.Store.GetNameServerAsync("b", "ns1.shared-parent.net"))!.Addresses);
        Assert.Equal(["45.68.0.1"], (await world.HostAttributesAtBAsync("foreign.net", "netB"))["ns1.shared-parent.net"]);
        Assert.Equal(C.DomainNamesLinkedWithNameServer, (await a.SendRawAsync(Server("del", "ns1.shared-parent.net"))).Code);
    }
}
