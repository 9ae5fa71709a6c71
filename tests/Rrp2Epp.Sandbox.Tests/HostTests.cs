using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>Host objects (RFC 5732): internal and external hosts, links, renames, address policy.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task Create_and_info_of_a_glue_host()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        var created = await a.ExpectAsync(1000, EppText.HostCreate("NS1.a.com", "192.0.2.1", "2001:DB8:0:0::1"));
        Assert.Equal("ns1.a.com", created.Data("name"));
        var info = await a.ExpectAsync(1000, EppText.HostInfo("ns1.a.com"));
        Assert.Matches(@"^H\d+-SANDBOX$", info.Data("roid"));
        Assert.Equal(["ok"], info.Statuses());
        Assert.Equal(["192.0.2.1", "2001:db8::1"], info.ResData()!.Elements().Where(e => e.Name.LocalName == "addr").Select(e => e.Value));
        await a.ExpectAsync(2303, EppText.HostInfo("ns9.a.com"));
        var check = await a.ExpectAsync(1000, EppText.HostCheck("ns1.a.com", "ns2.a.com"));
        Assert.Equal(["0", "1"], check.ResData()!.Descendants().Where(e => e.Name.LocalName == "name").Select(e => (string)e.Attribute("avail")!));
    }

    [Fact]
    public async Task Create_refusals()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        Assert.Equal("name", (await a.ExpectAsync(2308, EppText.HostCreate("ns1.a.com"))).ErrorValue()!.Name.LocalName);
        Assert.Equal("addr", (await a.ExpectAsync(2308, EppText.HostCreate("ns1.example.org", "192.0.2.1"))).ErrorValue()!.Name.LocalName);
        await a.ExpectAsync(2305, EppText.HostCreate("ns1.unregistered.com", "192.0.2.1"));
        await b.ExpectAsync(2201, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        await a.ExpectAsync(2005, EppText.HostCreate("ns_1.example.org"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        Assert.Equal("name", (await a.ExpectAsync(2302, EppText.HostCreate("ns1.a.com", "192.0.2.2"))).ErrorValue()!.Name.LocalName);
    }

    [Fact]
    public async Task Unique_address_policy_refuses_an_address_in_use_with_2302_naming_host_addr()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { UniqueHostAddresses = true });
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        var taken = await a.ExpectAsync(2302, EppText.HostCreate("ns2.a.com", "192.0.2.1"));
        Assert.Equal("addr", taken.ErrorValue()!.Name.LocalName);
        Assert.Equal(EppText.HostNs, taken.ErrorValue()!.Name.NamespaceName);
        Assert.Equal("192.0.2.1", taken.ErrorValue()!.Value);
        Assert.Equal("v4", (string)taken.ErrorValue()!.Attribute("ip")!);
        await a.ExpectAsync(1000, EppText.HostCreate("ns2.a.com", "192.0.2.2"));
        await a.ExpectAsync(2302, EppText.HostUpdate("ns2.a.com", addAddresses: ["192.0.2.1"]));
    }

    [Fact]
    public async Task Linked_hosts_cannot_be_deleted()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.example.org"));
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com", ns: ["ns1.example.org"]));
        Assert.Equal(["ok", "linked"], (await a.ExpectAsync(1000, EppText.HostInfo("ns1.example.org"))).Statuses());
        await b.ExpectAsync(2201, EppText.HostDelete("ns1.example.org"));
        await a.ExpectAsync(2305, EppText.HostDelete("ns1.example.org"));
        await a.ExpectAsync(1000, EppText.DomainUpdate("a.com", rem: EppText.Ns("ns1.example.org")));
        await a.ExpectAsync(1000, EppText.HostDelete("ns1.example.org"));
        await a.ExpectAsync(2303, EppText.HostDelete("ns1.example.org"));
    }

    [Fact]
    public async Task Update_addresses_statuses_and_rename()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.DomainCreate("a.com"));
        await a.ExpectAsync(1000, EppText.DomainCreate("b.com"));
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.a.com", "192.0.2.1"));
        await a.ExpectAsync(1000, EppText.HostUpdate("ns1.a.com", addAddresses: ["192.0.2.2"], remAddresses: ["192.0.2.1"], addStatuses: ["clientDeleteProhibited"]));
        var info = await a.ExpectAsync(1000, EppText.HostInfo("ns1.a.com"));
        Assert.Equal("192.0.2.2", info.Data("addr"));
        Assert.Equal(["clientDeleteProhibited"], info.Statuses());
        Assert.Equal("registrarA", info.Data("upID"));
        await a.ExpectAsync(2304, EppText.HostDelete("ns1.a.com"));
        await a.ExpectAsync(2308, EppText.HostUpdate("ns1.a.com", remAddresses: ["192.0.2.2"]));
        await a.ExpectAsync(2303, EppText.HostUpdate("ns1.a.com", remAddresses: ["192.0.2.9"]));
        await a.ExpectAsync(2306, EppText.HostUpdate("ns1.a.com", addStatuses: ["serverUpdateProhibited"]));

        // Rename into another superordinate domain of the same registrar; the domain loses its subordinate.
        await a.ExpectAsync(1000, EppText.HostUpdate("ns1.a.com", newName: "ns1.b.com"));
        await a.ExpectAsync(2303, EppText.HostInfo("ns1.a.com"));
        Assert.Equal("ns1.b.com", (await a.ExpectAsync(1000, EppText.HostInfo("ns1.b.com"))).Data("name"));
        await a.ExpectAsync(1000, EppText.DomainDelete("a.com"));
        await a.ExpectAsync(2305, EppText.DomainDelete("b.com"));
        // Out of the zones it must lose its addresses first.
        await a.ExpectAsync(2308, EppText.HostUpdate("ns1.b.com", newName: "ns1.example.org"));
        await a.ExpectAsync(1000, EppText.HostUpdate("ns1.b.com", newName: "ns1.example.org", remAddresses: ["192.0.2.2"]));
    }

    [Fact]
    public async Task ClientUpdateProhibited_host_accepts_only_its_removal()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.example.org"));
        await a.ExpectAsync(1000, EppText.HostUpdate("ns1.example.org", addStatuses: ["clientUpdateProhibited"]));
        await a.ExpectAsync(2304, EppText.HostUpdate("ns1.example.org", newName: "ns2.example.org"));
        await a.ExpectAsync(1000, EppText.HostUpdate("ns1.example.org", remStatuses: ["clientUpdateProhibited"]));
        await a.ExpectAsync(1000, EppText.HostUpdate("ns1.example.org", newName: "ns2.example.org"));
    }

    [Fact]
    public async Task Renaming_an_external_host_used_by_another_registrar_is_refused()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        await a.ExpectAsync(1000, EppText.HostCreate("ns1.example.org"));
        await b.ExpectAsync(1000, EppText.DomainCreate("b.com", ns: ["ns1.example.org"]));
        await b.ExpectAsync(2201, EppText.HostUpdate("ns1.example.org", newName: "ns9.example.org"));
        await a.ExpectAsync(2305, EppText.HostUpdate("ns1.example.org", newName: "ns9.example.org"));
        await a.ExpectAsync(2302, EppText.HostCreate("ns1.example.org"));
    }
}
