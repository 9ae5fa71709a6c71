using Microsoft.Extensions.Configuration;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>The registries' options (validated at start-up, every problem at once) and the TLD routing table built from them.</summary>
public sealed class RegistryRoutingTests
{
    private static GatewayOptions Bind(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();

    /// <summary>.com thin with host objects (credentials pass through, the default route); .net thick with host attributes, mapped credentials.</summary>
    private static Dictionary<string, string?> TwoRegistries() => new()
    {
        ["Gateway:Registries:0:Name"] = "verisign",
        ["Gateway:Registries:0:Zones:0"] = "com",
        ["Gateway:Registries:0:Host"] = "epp.example.com",
        ["Gateway:Registries:1:Name"] = "thick-net",
        ["Gateway:Registries:1:Zones:0"] = "net",
        ["Gateway:Registries:1:Zones:1"] = "co.uk",
        ["Gateway:Registries:1:Host"] = "epp.example.net",
        ["Gateway:Registries:1:Credentials"] = "Mapped",
        ["Gateway:Registries:1:Profile:Contacts"] = "Thick",
        ["Gateway:Registries:1:Profile:Hosts"] = "Attributes",
        ["Gateway:Registries:1:Registrars:registrarA:ClientId"] = "netA",
        ["Gateway:Registries:1:Registrars:registrarA:Password"] = "net-pass-A",
        ["Gateway:Registries:1:Registrars:registrarA:Contacts:Registrant"] = "A-REG",
        ["Gateway:Registries:1:Registrars:registrarA:Contacts:Admin"] = "A-ADM",
        ["Gateway:Registries:1:Registrars:registrarA:Contacts:Tech"] = "A-TEC",
    };

    [Fact]
    public void Two_registries_bind_and_validate_with_their_profiles_credentials_and_handles()
    {
        var options = Bind(TwoRegistries());
        Assert.Empty(GatewayOptionsValidator.Check(options));
        var net = options.EffectiveRegistries[1];
        Assert.Equal((CredentialMode.Mapped, ContactModel.Thick, HostModel.Attributes), (net.Credentials, net.Profile!.Contacts, net.Profile.Hosts));
        Assert.Equal("A-REG", net.Registrars["registrarA"].Contacts!.Registrant);
        Assert.DoesNotContain("net-pass-A", net.Registrars["registrarA"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thick_registry_without_a_registrars_handles_is_a_start_up_error_naming_the_registry_and_the_registrar()
    {
        var values = TwoRegistries();
        values["Gateway:Registries:1:Registrars:registrarB:ClientId"] = "netB";
        values["Gateway:Registries:1:Registrars:registrarB:Password"] = "net-pass-B";
        var errors = GatewayOptionsValidator.Check(Bind(values));
        var error = Assert.Single(errors);
        Assert.Contains("Gateway:Registries:1 (thick-net):Registrars:registrarB:Contacts:Registrant", error, StringComparison.Ordinal);
        Assert.Contains("registry 'thick-net' is thick", error, StringComparison.Ordinal);
        Assert.Contains("registrar 'registrarB'", error, StringComparison.Ordinal);

        values = TwoRegistries();
        foreach (var key in values.Keys.Where(k => k.Contains(":Registrars:", StringComparison.Ordinal)).ToList())
        {
            values.Remove(key);
        }

        values["Gateway:Registries:1:Credentials"] = "PassThrough";
        values["Gateway:Registries:0:Credentials"] = "Mapped";
        values["Gateway:Registries:0:Registrars:registrarA:ClientId"] = "comA";
        values["Gateway:Registries:0:Registrars:registrarA:Password"] = "com-pass-A";
        Assert.Contains(GatewayOptionsValidator.Check(Bind(values)), e => e.StartsWith("Gateway:Registries:1 (thick-net):Registrars: a thick registry needs each registrar's contact handles", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_routing_and_credential_problem_is_reported_at_once()
    {
        var values = TwoRegistries();
        values["Gateway:Zones:0"] = "org";
        values["Gateway:Registries:1:Name"] = "Verisign";
        values["Gateway:Registries:1:Zones:1"] = "com";
        values["Gateway:Registries:1:Registrars:registrarA:Password"] = "x";
        values["Gateway:Registries:1:Registrars:registrarC:Contacts:Registrant"] = "C-REG";
        values["Gateway:Registries:0:Default"] = "true";
        values["Gateway:Registries:1:Default"] = "true";
        values["Gateway:Registries:1:TimeZone"] = "Mars/Olympus";
        values["Gateway:Registries:1:PoolSize"] = "0";
        values["Gateway:EppSessions:AcquireTimeout"] = "00:00:00";
        values["Gateway:EppSessions:PoolSize"] = "1000";
        var errors = GatewayOptionsValidator.Check(Bind(values));
        foreach (var expected in new[]
                 {
                     "Gateway:Zones belongs to the single Gateway:Registry",
                     "Gateway:Registries:1 (Verisign):Name is used by another registry",
                     "Gateway:Registries:1 (Verisign):Zones: 'com' is already routed to verisign",
                     "Gateway:Registries:1 (Verisign):Registrars:registrarA:Password is required",
                     "Gateway:Registries:1 (Verisign):Registrars:registrarC:ClientId is required for registrar 'registrarC'",
                     "Gateway:Registries:1 (Verisign):TimeZone 'Mars/Olympus'",
                     "Gateway:Registries:1 (Verisign):PoolSize must be 1-100",
                     "Gateway:Registries: at most one registry may be the Default route",
                     "Gateway:EppSessions:AcquireTimeout must be positive",
                     "Gateway:EppSessions:PoolSize must be 1-100",
                 })
        {
            Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("PassThrough", "PassThrough", 2)]
    [InlineData("Mapped", "Mapped", 0)]
    public void Exactly_one_registry_verifies_RRP_logins(string first, string second, int count)
    {
        var values = TwoRegistries();
        values["Gateway:Registries:0:Credentials"] = first;
        values["Gateway:Registries:0:Registrars:registrarA:ClientId"] = first == "Mapped" ? "comA" : null;
        values["Gateway:Registries:0:Registrars:registrarA:Password"] = first == "Mapped" ? "com-pass-A" : null;
        values["Gateway:Registries:1:Credentials"] = second;
        if (second == "PassThrough")
        {
            values.Remove("Gateway:Registries:1:Registrars:registrarA:ClientId");
            values.Remove("Gateway:Registries:1:Registrars:registrarA:Password");
        }

        Assert.Contains(GatewayOptionsValidator.Check(Bind(values)),
            e => e == $"Gateway:Registries: exactly one registry must have Credentials PassThrough (RRP logins and -NewPassword are verified there); {count} have");
    }

    [Fact]
    public void Names_route_by_their_longest_zone_and_name_servers_outside_every_zone_take_the_default_route()
    {
        var values = TwoRegistries();
        values["Gateway:Registries:0:Zones:1"] = "uk";
        values["Gateway:Registries:1:Default"] = "true";
        var routes = TestRoutes.Create(Bind(values));
        var (com, net) = (routes.Named("verisign")!, routes.Named("THICK-NET")!);
        Assert.Same(com, routes.ForDomain("example.com"));
        Assert.Same(net, routes.ForDomain("Example.NET"));
        Assert.Same(net, routes.ForDomain("example.co.uk"));
        Assert.Same(com, routes.ForDomain("example.uk"));
        Assert.Null(routes.ForDomain("example.org"));
        Assert.Null(routes.ForDomain("com"));
        Assert.Same(com, routes.ForHost("ns1.example.com"));
        Assert.Same(net, routes.ForHost("ns1.example.org"));
        Assert.Same(net, routes.Default);
        Assert.Same(com, routes.Login);

        Assert.Same(net, routes.For(new StatusNameServerRequest("ns1.example.co.uk"), out var routed));
        Assert.True(routed);
        Assert.Null(routes.For(new CheckDomainRequest("example.org"), out routed));
        Assert.True(routed);
        Assert.Null(routes.For(QuitRequest.Instance, out routed));
        Assert.False(routed);
    }

    [Fact]
    public void A_route_maps_a_registrars_credentials_both_ways()
    {
        var routes = TestRoutes.Create(Bind(TwoRegistries()));
        var (com, net) = (routes.Named("verisign")!, routes.Named("thick-net")!);
        Assert.Null(com.MappedCredentialsOf("registrarA"));
        Assert.Equal("registrarA", com.RrpIdOf("registrarA"));
        var mapped = net.MappedCredentialsOf("registrarA")!;
        Assert.Equal(("netA", "net-pass-A"), (mapped.ClientId, mapped.Password.Reveal()));
        Assert.Null(net.MappedCredentialsOf("registrarB"));
        Assert.Equal(("registrarA", "someoneElse"), (net.RrpIdOf("netA"), net.RrpIdOf("someoneElse")));
        // The translations know registrarA at the .net registry by its mapped clID.
        var handles = net.Profile.ContactHandles["netA"];
        Assert.Equal(["A-REG", "A-ADM", "A-TEC"], new[] { handles.Registrant, handles.Admin!, handles.Tech! });
    }
}
