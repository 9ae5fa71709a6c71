using Rrp2Epp.Sandbox;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>Registry profiles against sandboxes that differ: a thick registry with the registrars' handles, a registry without RGP.</summary>
public sealed class ProfileTests
{
    [Fact]
    public async Task A_thick_registry_gets_each_registrars_contact_handles_on_create()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            c =>
            {
                c["Gateway:Profile:Contacts"] = "Thick";
                c["Gateway:Registry:Registrars:registrarA:Contacts:Registrant"] = "A-REG";
                c["Gateway:Registry:Registrars:registrarA:Contacts:Admin"] = "A-ADM";
                c["Gateway:Registry:Registrars:registrarA:Contacts:Tech"] = "A-TEC";
            },
            policies: new SandboxPolicies { ContactsRequired = true });
        await using (var raw = await RawEppClient.ConnectAsync(gateway.Sandbox.Endpoint, gateway.Sandbox.CertificateThumbprint, SandboxFixture.ClientCertificate, TestGuard.Token))
        {
            var session = new SandboxFixture.Session(raw);
            await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA"));
            foreach (var id in new[] { "A-REG", "A-ADM", "A-TEC" })
            {
                await session.ExpectAsync(1000, EppText.ContactCreate(id));
            }

            var a = await gateway.LoginAsync();
            Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "thick.com"))).Code);
            var info = await session.ExpectAsync(1000, EppText.DomainInfo("thick.com"));
            Assert.Equal("A-REG", info.Data("registrant"));
        }

        // A pass-through registrar the configuration gives no handles: the profile cannot serve it (549, logged), nothing sent.
        var b = await gateway.LoginAsync("registrarB");
        Assert.Equal(C.CommandFailed, (await b.SendRawAsync(Domain("add", "thick-b.com"))).Code);
        Assert.False(gateway.Registry.DomainExists("thick-b.com"));
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("thick registry: no contact handles for registrarB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registry_whose_greeting_lacks_rgp_answers_RESTORE_500_and_serves_everything_else()
    {
        await using var gateway = await GatewayFixture.StartAsync(sandboxOptions: o => o with { AnnounceRgp = false });
        var a = await gateway.LoginAsync();
        Assert.Equal(C.Success, (await a.SendRawAsync(Domain("add", "no-rgp.com"))).Code);
        Assert.Equal(C.InvalidCommandName, (await a.SendRawAsync(Domain("restore", "no-rgp.com"))).Code);
        Assert.Equal(["ACTIVE"], (await a.SendRawAsync(Domain("status", "no-rgp.com"))).ValuesOf("status"));
        Assert.DoesNotContain(gateway.Logs.Lines, l => l.Contains("EPP domain:update no-rgp.com", StringComparison.Ordinal));
        Assert.Single(gateway.Logs.Lines, l => l.Contains("Registry Test offers no RGP (rgp-1.0): RESTORE will answer 500", StringComparison.Ordinal));
    }
}
