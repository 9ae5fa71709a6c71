using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>Contact objects (RFC 5733).</summary>
public sealed class ContactTests
{
    [Fact]
    public async Task Create_check_info_update_delete()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        var b = await sandbox.LoginAsync("registrarB");
        var created = await a.ExpectAsync(1000, EppText.ContactCreate("jd1"));
        Assert.Equal("jd1", created.Data("id"));
        await a.ExpectAsync(2302, EppText.ContactCreate("jd1"));
        await a.ExpectAsync(2005, EppText.ContactCreate("jd2", email: "not-an-address"));
        await a.ExpectAsync(2306, EppText.ContactCreate("jd2", authInfo: "abc"));
        var check = await a.ExpectAsync(1000, EppText.ContactCheck("jd1", "jd2"));
        Assert.Equal(["0", "1"], check.ResData()!.Descendants().Where(e => e.Name.LocalName == "id").Select(e => (string)e.Attribute("avail")!));

        var info = await a.ExpectAsync(1000, EppText.ContactInfo("jd1"));
        Assert.Equal("John Doe", info.Data("name"));
        Assert.Equal("Contact-pw1", info.Data("pw"));
        Assert.Matches(@"^C\d+-SANDBOX$", info.Data("roid"));
        var other = await b.ExpectAsync(1000, EppText.ContactInfo("jd1"));
        Assert.Null(other.Data("pw"));
        Assert.NotEqual("John Doe", other.Data("name"));
        Assert.Equal("John Doe", (await b.ExpectAsync(1000, EppText.ContactInfo("jd1", "Contact-pw1"))).Data("name"));
        await b.ExpectAsync(2202, EppText.ContactInfo("jd1", "wrong-pw1"));

        await b.ExpectAsync(2201, EppText.ContactUpdate("jd1", "<contact:chg><contact:email>b@example.com</contact:email></contact:chg>"));
        await a.ExpectAsync(1000, EppText.ContactUpdate("jd1", "<contact:add><contact:status s=\"clientDeleteProhibited\"/></contact:add><contact:chg><contact:email>new@example.com</contact:email></contact:chg>"));
        var updated = await a.ExpectAsync(1000, EppText.ContactInfo("jd1"));
        Assert.Equal("new@example.com", updated.Data("email"));
        Assert.Equal(["clientDeleteProhibited"], updated.Statuses());
        await a.ExpectAsync(2304, EppText.ContactDelete("jd1"));
        await a.ExpectAsync(1000, EppText.ContactUpdate("jd1", "<contact:rem><contact:status s=\"clientDeleteProhibited\"/></contact:rem>"));
        await b.ExpectAsync(2201, EppText.ContactDelete("jd1"));
        await a.ExpectAsync(1000, EppText.ContactDelete("jd1"));
        await a.ExpectAsync(2303, EppText.ContactInfo("jd1"));
    }

    [Fact]
    public async Task Contact_transfer_is_not_offered()
    {
        await using var sandbox = SandboxFixture.Start();
        var a = await sandbox.LoginAsync();
        await a.ExpectAsync(1000, EppText.ContactCreate("jd1"));
        await a.ExpectAsync(2101, EppText.Command($"<transfer op=\"query\"><contact:transfer xmlns:contact=\"{EppText.ContactNs}\"><contact:id>jd1</contact:id></contact:transfer></transfer>"));
    }
}
