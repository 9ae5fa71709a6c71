using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>The seed format of shared/sandbox-seed.md: loading, and errors that name the object and the field.</summary>
public sealed class SeedTests
{
    public const string DocumentedSeed = """
        {
          "clock": "2003-11-18T15:27:00Z",
          "registrars": [
            {"id": "registrarA", "password": "i-am-registrarA"},
            {"id": "registrarB", "password": "i-am-registrarB"}
          ],
          "hosts": [
            {"name": "ns1.example.com", "sponsor": "registrarA",
             "addresses": ["192.0.2.1", "2001:db8::1"], "statuses": []}
          ],
          "domains": [
            {"name": "example.com", "sponsor": "registrarA",
             "created": "2001-11-18T15:27:00Z", "expires": "2005-11-18T15:27:00Z",
             "statuses": ["ok"], "nameservers": ["ns1.example.com"],
             "authInfo": "Xy7-secret-1", "rgpStatus": null, "transfer": null}
          ]
        }
        """;

    [Fact]
    public async Task The_documented_seed_loads_with_its_clock()
    {
        await using var sandbox = SandboxFixture.Start(seedJson: DocumentedSeed);
        Assert.Equal(new DateTimeOffset(2003, 11, 18, 15, 27, 0, TimeSpan.Zero), sandbox.Registry.Now);
        var a = await sandbox.LoginAsync();
        var info = await a.ExpectAsync(1000, EppText.DomainInfo("example.com"));
        Assert.Equal(["ok"], info.Statuses());
        Assert.Equal("ns1.example.com", info.Data("hostObj"));
        Assert.Equal("ns1.example.com", info.Data("host"));
        Assert.Equal("2005-11-18T15:27:00.0Z", info.Data("exDate"));
        Assert.Equal("Xy7-secret-1", info.Data("pw"));
        Assert.Equal(["ok", "linked"], (await a.ExpectAsync(1000, EppText.HostInfo("ns1.example.com"))).Statuses());
        await a.ExpectAsync(1000, EppText.DomainRenew("example.com", "2005-11-18"));
    }

    [Fact]
    public async Task Seeded_pending_transfer_and_redemption_take_effect()
    {
        const string seed = """
            {
              "clock": "2025-01-01T00:00:00Z",
              "registrars": [ {"id": "registrarA", "password": "i-am-registrarA"}, {"id": "registrarB", "password": "i-am-registrarB"} ],
              "domains": [
                {"name": "moving.com", "sponsor": "registrarA", "created": "2020-01-01T00:00:00Z", "expires": "2026-01-01T00:00:00Z",
                 "statuses": ["pendingTransfer"], "nameservers": ["ns1.example.org"], "authInfo": "pw-moving-1", "rgpStatus": null,
                 "transfer": {"status": "pending", "requestedBy": "registrarB", "requestedAt": "2024-12-30T00:00:00Z", "actionBy": "2025-01-04T00:00:00Z"}},
                {"name": "gone.com", "sponsor": "registrarA", "created": "2020-01-01T00:00:00Z", "expires": "2026-01-01T00:00:00Z",
                 "statuses": ["pendingDelete"], "nameservers": [], "authInfo": "pw-gone-12", "rgpStatus": "redemptionPeriod", "transfer": null}
              ]
            }
            """;
        await using var sandbox = SandboxFixture.Start(seedJson: seed);
        var a = await sandbox.LoginAsync();
        Assert.Contains("pendingTransfer", (await a.ExpectAsync(1000, EppText.DomainInfo("moving.com"))).Statuses());
        Assert.Equal(["redemptionPeriod"], (await a.ExpectAsync(1000, EppText.DomainInfo("gone.com"))).RgpStatuses());
        Assert.Equal(["pendingRestore"], (await a.ExpectAsync(1000, EppText.RestoreRequest("gone.com"))).RgpStatuses());
        sandbox.Advance(TimeSpan.FromDays(3));
        Assert.Equal("registrarB", (await a.ExpectAsync(1000, EppText.DomainInfo("moving.com"))).Data("clID"));
    }

    [Theory]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"nobody","created":"2020-01-01T00:00:00Z","expires":"2021-01-01T00:00:00Z","statuses":[],"nameservers":[],"authInfo":"x-secret","rgpStatus":null,"transfer":null}]}""",
        "domains[0] \"a.com\": field \"sponsor\": unknown registrar \"nobody\"")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"yesterday","expires":"2021-01-01T00:00:00Z","statuses":[],"nameservers":[],"authInfo":"x-secret","rgpStatus":null,"transfer":null}]}""",
        "domains[0] \"a.com\": field \"created\"")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"2020-01-01T00:00:00Z","expires":"2021-01-01T00:00:00Z","statuses":["ok","clientHold"],"nameservers":[],"authInfo":"x-secret","rgpStatus":null,"transfer":null}]}""",
        "domains[0] \"a.com\": field \"statuses\": 'ok' cannot be combined")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"2020-01-01T00:00:00Z","expires":"2021-01-01T00:00:00Z","statuses":["pendingDelete","clientDeleteProhibited"],"nameservers":[],"authInfo":"x-secret","rgpStatus":"redemptionPeriod","transfer":null}]}""",
        "domains[0] \"a.com\": field \"statuses\": pendingDelete cannot be combined with *DeleteProhibited")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"2020-01-01T00:00:00Z","expires":"2021-01-01T00:00:00Z","statuses":[],"nameservers":[],"authInfo":"x-secret","rgpStatus":"redemptionPeriod","transfer":null}]}""",
        "domains[0] \"a.com\": field \"statuses\": rgpStatus redemptionPeriod needs the EPP status pendingDelete")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"2020-01-01T00:00:00Z","expires":"2021-01-01T00:00:00Z","statuses":[],"nameservers":["ns1.b.com"],"authInfo":"x-secret","rgpStatus":null,"transfer":null}]}""",
        "domains[0] \"a.com\": field \"nameservers\": ns1.b.com is in a served zone but not listed in hosts")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"hosts":[{"name":"ns1.example.org","sponsor":"registrarA","addresses":["192.0.2.1"],"statuses":[]}]}""",
        "hosts[0] \"ns1.example.org\": field \"addresses\": an external host")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"hosts":[{"name":"ns1.example.com","sponsor":"registrarA","addresses":["192.0.2.300"],"statuses":[]}]}""",
        "hosts[0] \"ns1.example.com\": field \"addresses\": '192.0.2.300' is not an IPv4 or IPv6 address")]
    [InlineData("""{"registrars":[{"id":"ab","password":"short"}]}""", "registrars[0] \"ab\": field \"id\"")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA","colour":"red"}]}""", "registrars[0] \"registrarA\": field \"colour\": unknown field")]
    [InlineData("""{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"2020-01-01T00:00:00Z","expires":"2021-01-01T00:00:00Z","statuses":["pendingTransfer"],"nameservers":[],"authInfo":"x-secret","rgpStatus":null,"transfer":{"status":"pending","requestedBy":"registrarA","requestedAt":"2020-06-01T00:00:00Z"}}]}""",
        "domains[0] \"a.com\": field \"transfer.requestedBy\": the sponsor cannot request its own domain")]
    [InlineData("{not json", "not valid JSON")]
    public void Bad_seeds_name_the_object_and_field(string json, string expected)
    {
        var e = Assert.Throws<SandboxSeedException>(() => new SandboxRegistry(new SandboxPolicies(), TimeProvider.System, SandboxSeed.Parse(json)));
        Assert.Contains(e.Errors, m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        const string json = """{"registrars":[{"id":"registrarA","password":"x"}],"domains":[{"name":"a.com","sponsor":"nobody","created":"x","expires":"y","statuses":["bogus"],"nameservers":[],"authInfo":"","rgpStatus":null,"transfer":null}]}""";
        var e = Assert.Throws<SandboxSeedException>(() => SandboxSeed.Parse(json));
        Assert.True(e.Errors.Count >= 6, string.Join("\n", e.Errors));
    }

    [Fact]
    public void Unique_address_policy_applies_to_the_seed()
    {
        const string json = """{"registrars":[{"id":"registrarA","password":"i-am-registrarA"}],"domains":[{"name":"a.com","sponsor":"registrarA","created":"2020-01-01T00:00:00Z","expires":"2030-01-01T00:00:00Z","statuses":[],"nameservers":[],"authInfo":"x-secret","rgpStatus":null,"transfer":null}],"hosts":[{"name":"ns1.a.com","sponsor":"registrarA","addresses":["192.0.2.1"],"statuses":[]},{"name":"ns2.a.com","sponsor":"registrarA","addresses":["192.0.2.1"],"statuses":[]}]}""";
        var seed = SandboxSeed.Parse(json);
        Assert.NotNull(new SandboxRegistry(new SandboxPolicies(), TimeProvider.System, seed));
        var e = Assert.Throws<SandboxSeedException>(() => new SandboxRegistry(new SandboxPolicies { UniqueHostAddresses = true }, TimeProvider.System, seed));
        Assert.Contains(e.Errors, m => m.StartsWith("hosts[1] \"ns2.a.com\": field \"addresses\"", StringComparison.Ordinal));
    }
}
