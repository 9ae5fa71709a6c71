using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>domain:check/info/create/delete/renew/update (RFC 5731), success and failure paths.</summary>
public sealed class DomainTests
{
    [Fact]
    public async Task Check_reports_availability_with_reasons()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("taken.com"));
        var response = await a.ExpectAsync(1000, EppText.DomainCheck("taken.com", "FREE.com", "bad_name.com", "free.org", "sub.free.com"));
        var names = response.ResData()!.Descendants().Where(e => e.Name.LocalName == "name").ToList();
        Assert.Equal(["0", "1", "0", "0", "0"], names.Select(n => (string)n.Attribute("avail")!));
        Assert.Equal("FREE.com", names[1].Value);
        Assert.Equal("In use", response.ResData()!.Descendants().First(e => e.Name.LocalName == "reason").Value);
    }

    [Fact]
    public async Task Create_returns_creData_and_the_domain_is_in_addPeriod()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var created = await a.ExpectAsync(1000, EppText.DomainCreate("example.com", period: 2));
        Assert.Equal("example.com", created.Data("name"));
        Assert.Equal("2025-03-14T09:00:00.0Z", created.Data("crDate"));
        Assert.Equal("2027-03-14T09:00:00.0Z", created.Data("exDate"));

        var info = await a.ExpectAsync(1000, EppText.DomainInfo("example.com"));
        Assert.Equal(["inactive"], info.Statuses());
        Assert.Matches(@"^D\d+-SANDBOX$", info.Data("roid"));
        Assert.Equal("registrarA", info.Data("clID"));
        Assert.Equal("registrarA", info.Data("crID"));
        Assert.Equal("Secret-123", info.Data("pw"));
        Assert.Null(info.Data("upDate"));
        Assert.Equal(["addPeriod"], info.RgpStatuses());

        sandbox.Advance(TimeSpan.FromDays(6));
        Assert.Empty((await a.ExpectAsync(1000, EppText.DomainInfo("example.com"))).RgpStatuses());
    }

    [Theory]
    [InlineData("example.com", 2302, "name")]
    [InlineData("bad_name.com", 2005, "name")]
    [InlineData("example.org", 2306, "name")]
    [InlineData("www.example2.com", 2306, "name")]
    public async Task Create_refuses_names(string name, int code, string valueElement)
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("example.com"));
        var response = await a.ExpectAsync(code, EppText.DomainCreate(name));
        Assert.Equal(valueElement, response.ErrorValue()!.Name.LocalName);
        Assert.Equal(EppText.DomainNs, response.ErrorValue()!.Name.NamespaceName);
    }

    [Fact]
    public async Task Create_enforces_the_period_rules()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var tooLong = await a.ExpectAsync(2306, EppText.DomainCreate("a.com", period: 11));
        Assert.Equal("period", tooLong.ErrorValue()!.Name.LocalName);
        Assert.Equal("11", tooLong.ErrorValue()!.Value);
        var months = await a.ExpectAsync(2306, EppText.DomainCreate("a.com", period: 18, unit: "m"));
        Assert.Equal("m", (string)months.ErrorValue()!.Attribute("unit")!);
        await a.ExpectAsync(2001, EppText.DomainCreate("a.com", period: 100));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", period: 10));

        await using var monthly = SandboxFixture.Start(new SandboxPolicies { AllowMonthPeriods = true });
        var m = await monthly.LoginAsync();
        Assert.Equal("2026-09-14T09:00:00.0Z", (await m.ExpectAsync(1000, EppText.DomainCreate("b.com", period: 18, unit: "m"))).Data("exDate"));
    }

    [Fact]
    public async Task Create_checks_name_servers_contacts_and_authInfo()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var missing = await a.ExpectAsync(2303, EppText.DomainCreate("a.com", ns: ["ns1.example.net"]));
        Assert.Equal("hostObj", missing.ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(2306, EppText.DomainCreate("a.com", hostAttrs: [("ns1.example.net", [])]));
        var contact = await a.ExpectAsync(2303, EppText.DomainCreate("a.com", registrant: "nobody"));
        Assert.Equal("registrant", contact.ErrorValue()!.Name.LocalName);
        var auth = await a.ExpectAsync(2306, EppText.DomainCreate("a.com", authInfo: "abc"));
        Assert.Equal("authInfo", auth.ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.example.org"));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", ns: ["ns1.example.org"]));
        Assert.Equal(["ok"], (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Statuses());
    }

    [Fact]
    public async Task Thick_registry_requires_existing_contacts_of_the_registrar()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { ContactsRequired = true });
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(2003, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.ContactCreate("jd1"));
        await b.ExpectAsync(1000, EppText.ContactCreate("other1"));
        await a.ExpectAsync(2003, EppText.DomainCreate("a.com", registrant: "jd1", contacts: [("admin", "jd1")]));
        var foreign = await a.ExpectAsync(2308, EppText.DomainCreate("a.com", registrant: "other1", contacts: [("admin", "jd1"), ("tech", "jd1")]));
        Assert.Equal("registrant", foreign.ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", registrant: "jd1", contacts: [("admin", "jd1"), ("tech", "jd1")]));
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal("jd1", info.Data("registrant"));
        await a.ExpectAsync(2305, EppText.ContactDelete("jd1"));
    }

    [Fact]
    public async Task Billing_credit_is_charged_and_refused_when_short()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { InitialCredit = 3 });
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", period: 2));
        Assert.Equal(1, sandbox.Registry.CreditOf("registrarA"));
        await a.ExpectAsync(2104, EppText.DomainCreate("b.com", period: 2));
        await a.ExpectAsync(1000, EppText.DomainDelete("a.com"));
        Assert.Equal(3, sandbox.Registry.CreditOf("registrarA"));
    }

    [Fact]
    public async Task Info_for_other_registrars_depends_on_authInfo_and_policy()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", authInfo: "Right-pw-1"));
        var reduced = await b.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal(["name", "roid", "clID"], reduced.ResData()!.Elements().Select(e => e.Name.LocalName));
        var full = await b.ExpectAsync(1000, EppText.DomainInfo("a.com", authInfo: "Right-pw-1"));
        Assert.Equal("Right-pw-1", full.Data("pw"));
        await b.ExpectAsync(2202, EppText.DomainInfo("a.com", authInfo: "Wrong-pw-1"));
        await b.ExpectAsync(2303, EppText.DomainInfo("nothere.com"));

        await using var strict = SandboxFixture.Start(new SandboxPolicies { UnauthorizedInfo = UnauthorizedInfo.Refuse });
        var sa = await strict.LoginAsync();
        var sb = await strict.LoginAsync("registrarB");
        await sa.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await sb.ExpectAsync(2201, EppText.DomainInfo("a.com"));
    }

    [Fact]
    public async Task Info_hosts_attribute_selects_delegated_and_subordinate_hosts()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: EppText.Ns("ns1.a.com")));
        Assert.Equal(["hostObj", "host"], Names(await a.ExpectAsync(1000, EppText.DomainInfo("a.com", hosts: "all"))));
        Assert.Equal(["hostObj"], Names(await a.ExpectAsync(1000, EppText.DomainInfo("a.com", hosts: "del"))));
        Assert.Equal(["host"], Names(await a.ExpectAsync(1000, EppText.DomainInfo("a.com", hosts: "sub"))));
        Assert.Empty(Names(await a.ExpectAsync(1000, EppText.DomainInfo("a.com", hosts: "none"))));

        static List<string> Names(System.Xml.Linq.XDocument d) =>
            d.ResData()!.Descendants().Where(e => e.Name.LocalName is "hostObj" or "host").Select(e => e.Name.LocalName).ToList();
    }

    [Fact]
    public async Task Delete_inside_add_grace_purges_at_once()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.DomainDelete("a.com"));
        Assert.False(sandbox.Registry.DomainExists("a.com"));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
    }

    [Fact]
    public async Task Delete_refusals()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await b.ExpectAsync(2201, EppText.DomainDelete("a.com"));
        await a.ExpectAsync(2303, EppText.DomainDelete("none.com"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        var association = await a.ExpectAsync(2305, EppText.DomainDelete("a.com"));
        Assert.Equal("name", association.ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(1000, EppText.HostDelete("ns1.a.com"));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: EppText.Status("clientDeleteProhibited")));
        await a.ExpectAsync(2304, EppText.DomainDelete("a.com"));
    }

    [Fact]
    public async Task Renew_extends_from_the_current_expiry()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", period: 1));
        var renewed = await a.ExpectAsync(1000, EppText.DomainRenew("a.com", "2026-03-14", 2));
        Assert.Equal("2028-03-14T09:00:00.0Z", renewed.Data("exDate"));
        Assert.Contains("renewPeriod", (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).RgpStatuses());
        var stale = await a.ExpectAsync(2306, EppText.DomainRenew("a.com", "2026-03-14", 1));
        Assert.Equal("curExpDate", stale.ErrorValue()!.Name.LocalName);
        Assert.Equal("2026-03-14", stale.ErrorValue()!.Value);
        var tooLong = await a.ExpectAsync(2306, EppText.DomainRenew("a.com", "2028-03-14", 8));
        Assert.Equal("period", tooLong.ErrorValue()!.Name.LocalName);
        await b.ExpectAsync(2201, EppText.DomainRenew("a.com", "2028-03-14", 1));
        await a.ExpectAsync(2303, EppText.DomainRenew("none.com", "2028-03-14", 1));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: EppText.Status("clientRenewProhibited")));
        await a.ExpectAsync(2304, EppText.DomainRenew("a.com", "2028-03-14", 1));
    }

    [Fact]
    public async Task Update_adds_and_removes_name_servers_statuses_and_authInfo()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.example.org"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns2.example.org"));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: EppText.Ns("ns1.example.org", "ns2.example.org") + EppText.Status("clientHold")));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", rem: EppText.Ns("ns2.example.org"), chg: "<domain:authInfo><domain:pw>New-pw-22</domain:pw></domain:authInfo>"));
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal(["clientHold"], info.Statuses());
        Assert.Equal("ns1.example.org", info.Data("hostObj"));
        Assert.Equal("New-pw-22", info.Data("pw"));
        Assert.Equal("registrarA", info.Data("upID"));

        Assert.Equal("hostObj", (await a.ExpectAsync(2302, EppText.DomainUpdate("a.com", add: EppText.Ns("ns1.example.org")))).ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(2303, EppText.DomainUpdate("a.com", rem: EppText.Ns("ns2.example.org")));
        await a.ExpectAsync(2303, EppText.DomainUpdate("a.com", add: EppText.Ns("ns9.example.org")));
        var server = await a.ExpectAsync(2306, EppText.DomainUpdate("a.com", add: EppText.Status("serverHold")));
        Assert.Equal("status", server.ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(2306, EppText.DomainUpdate("a.com", add: EppText.Status("clientHold")));
        await a.ExpectAsync(2306, EppText.DomainUpdate("a.com", rem: EppText.Status("clientRenewProhibited")));
        await a.ExpectAsync(2306, EppText.DomainUpdate("a.com", chg: "<domain:authInfo><domain:null/></domain:authInfo>"));
        await b.ExpectAsync(2201, EppText.DomainUpdate("a.com", add: EppText.Status("clientHold")));
        await a.ExpectAsync(2003, EppText.DomainUpdate("a.com", chg: ""));
        await a.ExpectAsync(2303, EppText.DomainUpdate("none.com", add: EppText.Status("clientHold")));
    }

    [Fact]
    public async Task ClientUpdateProhibited_blocks_every_update_but_its_removal()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        var lockAll = EppText.Status("clientUpdateProhibited") + EppText.Status("clientDeleteProhibited") + EppText.Status("clientTransferProhibited");
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", add: lockAll));
        await a.ExpectAsync(2304, EppText.DomainUpdate("a.com", add: EppText.Status("clientHold")));
        await a.ExpectAsync(2304, EppText.DomainUpdate("a.com", rem: EppText.Status("clientUpdateProhibited"), add: EppText.Status("clientHold")));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", rem: lockAll));
        Assert.Equal(["inactive"], (await a.ExpectAsync(1000, EppText.DomainInfo("a.com"))).Statuses());
    }

    [Fact]
    public async Task Host_attribute_registry_takes_hostAttr_only()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { HostModel = HostModel.Attributes });
        var a = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await a.ExpectAsync(2307, EppText.Login("registrarA", "i-am-registrarA"));
        await a.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA", objUris: [EppText.DomainNs, EppText.ContactNs]));
        await a.ExpectAsync(2307, EppText.HostCheck("ns1.example.com"));
        await a.ExpectAsync(2306, EppText.DomainCreate("a.com", ns: ["ns1.example.org"]));
        await a.ExpectAsync(2308, EppText.DomainCreate("a.com", hostAttrs: [("ns1.a.com", [])]));
        await a.ExpectAsync(2308, EppText.DomainCreate("a.com", hostAttrs: [("ns1.example.org", ["192.0.2.1"])]));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", hostAttrs: [("ns1.a.com", ["192.0.2.1", "2001:db8::1"]), ("ns1.example.org", [])]));
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("a.com"));
        Assert.Equal(["ns1.a.com", "ns1.example.org"], info.ResData()!.Descendants().Where(e => e.Name.LocalName == "hostName").Select(e => e.Value));
        Assert.Equal("2001:db8::1", info.ResData()!.Descendants().Last(e => e.Name.LocalName == "hostAddr").Value);
    }
}
