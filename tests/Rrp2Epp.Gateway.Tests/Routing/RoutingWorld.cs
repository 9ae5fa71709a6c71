using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Sandbox;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Gateway.Tests.Routing;

/// <summary>
/// Two registries behind one gateway, each a sandbox on its own port: "a" serves .com (thin, host objects, credentials
/// passed through: RRP logins are verified there, and it is the default route) and "b" serves .net (thick, host
/// attributes, credentials mapped: registrarA is <c>netA</c> there with contact handles A-REG/A-ADM/A-TEC and registrarB
/// <c>netB</c> with B-REG/B-ADM/B-TEC, which exist at "b"; registrarC has no account there). Shared by the routing
/// tests, each on objects of its own.
/// </summary>
public sealed class RoutingWorld : IAsyncLifetime
{
    public const string SeedB = """
        {
          "registrars": [
            {"id": "netA", "password": "net-pass-A"},
            {"id": "netB", "password": "net-pass-B"}
          ]
        }
        """;

    public GatewayFixture Gateway { get; private set; } = null!;

    public SandboxServer A => Gateway.Sandbox;

    public SandboxServer B => Gateway.Second!;

    public async Task InitializeAsync()
    {
        Gateway = await GatewayFixture.StartAsync(
            c =>
            {
                c["Gateway:Registries:0:Default"] = "true";
                c["Gateway:Registries:1:Credentials"] = "Mapped";
                c["Gateway:Registries:1:Profile:Contacts"] = "Thick";
                c["Gateway:Registries:1:Profile:Hosts"] = "Attributes";
                c["Gateway:Registries:1:Registrars:registrarA:ClientId"] = "netA";
                c["Gateway:Registries:1:Registrars:registrarA:Password"] = "net-pass-A";
                c["Gateway:Registries:1:Registrars:registrarA:Contacts:Registrant"] = "A-REG";
                c["Gateway:Registries:1:Registrars:registrarA:Contacts:Admin"] = "A-ADM";
                c["Gateway:Registries:1:Registrars:registrarA:Contacts:Tech"] = "A-TEC";
                c["Gateway:Registries:1:Registrars:registrarB:ClientId"] = "netB";
                c["Gateway:Registries:1:Registrars:registrarB:Password"] = "net-pass-B";
                c["Gateway:Registries:1:Registrars:registrarB:Contacts:Registrant"] = "B-REG";
                c["Gateway:Registries:1:Registrars:registrarB:Contacts:Admin"] = "B-ADM";
                c["Gateway:Registries:1:Registrars:registrarB:Contacts:Tech"] = "B-TEC";
                c["Gateway:Sessions:MaxSessionsPerRegistrar"] = "50";
            },
            policies: new SandboxPolicies { Zones = ["com"], UniqueHostAddresses = true },
            second: new SecondRegistry("b", new SandboxPolicies { Zones = ["net"], ContactsRequired = true, HostModel = HostModel.Attributes }, SeedB));
        foreach (var registrar in new[] { "A", "B" })
        {
            var b = await SessionAtBAsync("net" + registrar);
            foreach (var role in new[] { "REG", "ADM", "TEC" })
            {
                await b.ExpectAsync(1000, EppText.ContactCreate($"{registrar}-{role}"));
            }

            await b.Client.DisposeAsync();
        }
    }

    public async Task DisposeAsync() => await Gateway.DisposeAsync();

    /// <summary>A raw EPP session at registry "b" (as netA unless told), to read what the gateway wrote there.</summary>
    public async Task<SandboxFixture.Session> SessionAtBAsync(string clientId = "netA")
    {
        var client = await RawEppClient.ConnectAsync(B.Endpoint, B.CertificateThumbprint, SandboxFixture.ClientCertificate, TestGuard.Token);
        var session = new SandboxFixture.Session(client);
        await session.ExpectAsync(1000, EppText.Login(clientId, clientId == "netA" ? "net-pass-A" : "net-pass-B", objUris: [EppText.DomainNs, EppText.ContactNs]));
        return session;
    }

    /// <summary>The host attributes (name → addresses) of a domain at registry "b", read by its sponsor.</summary>
    public async Task<Dictionary<string, string[]>> HostAttributesAtBAsync(string domain, string sponsor = "netA")
    {
        var b = await SessionAtBAsync(sponsor);
        var info = await b.ExpectAsync(1000, EppText.DomainInfo(domain));
        await b.Client.DisposeAsync();
        return info.Descendants().Where(e => e.Name.LocalName == "hostAttr").ToDictionary(
            h => h.Elements().First(e => e.Name.LocalName == "hostName").Value,
            h => h.Elements().Where(e => e.Name.LocalName == "hostAddr").Select(e => e.Value).ToArray());
    }

    /// <summary>The registrant of a domain at registry "b".</summary>
    public async Task<string?> RegistrantAtBAsync(string domain)
    {
        var b = await SessionAtBAsync();
        var info = await b.ExpectAsync(1000, EppText.DomainInfo(domain));
        await b.Client.DisposeAsync();
        return info.Descendants().FirstOrDefault(e => e.Name.LocalName == "registrant")?.Value;
    }
}
