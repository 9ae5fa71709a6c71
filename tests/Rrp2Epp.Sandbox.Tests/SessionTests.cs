using System.Text;
using System.Xml.Linq;
using Rrp2Epp.Epp;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>Session rules of RFC 5730 §2 and the transport of RFC 5734, over real TLS.</summary>
public sealed class SessionTests
{
    private static readonly XNamespace Epp = EppNamespaces.Epp;

    [Fact]
    public async Task Greeting_announces_the_services_implemented_and_validates()
    {
        await using var sandbox = SandboxFixture.Start();
        var client = await sandbox.ConnectAsync();
        var menu = client.Greeting.Root!.Element(Epp + "greeting")!.Element(Epp + "svcMenu")!;
        Assert.Equal("1.0", menu.Element(Epp + "version")!.Value);
        Assert.Equal("en", menu.Element(Epp + "lang")!.Value);
        Assert.Equal([EppNamespaces.Domain, EppNamespaces.Host, EppNamespaces.Contact], menu.Elements(Epp + "objURI").Select(e => e.Value));
        Assert.Equal([EppNamespaces.Rgp], menu.Descendants(Epp + "extURI").Select(e => e.Value));
        Assert.NotNull(client.Greeting.Root!.Element(Epp + "greeting")!.Element(Epp + "dcp"));
        Assert.Equal(SandboxFixture.Epoch, DateTimeOffset.Parse(client.Greeting.Descendants(Epp + "svDate").Single().Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Host_attribute_registry_does_not_announce_host_objects()
    {
        await using var sandbox = SandboxFixture.Start(new SandboxPolicies { HostModel = HostModel.Attributes });
        var client = await sandbox.ConnectAsync();
        Assert.DoesNotContain(EppNamespaces.Host, client.Greeting.Descendants(Epp + "objURI").Select(e => e.Value));
    }

    [Fact]
    public async Task A_registry_without_RGP_does_not_announce_it_and_refuses_it_at_login()
    {
        await using var sandbox = SandboxFixture.Start(configure: o => o with { AnnounceRgp = false });
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        Assert.Empty(session.Client.Greeting.Descendants(Epp + "extURI"));
        await session.ExpectAsync(2103, EppText.Login("registrarA", "i-am-registrarA", extUris: [EppNamespaces.Rgp]));
        await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA", extUris: []));
    }

    [Fact]
    public async Task Hello_is_answered_with_a_greeting_before_and_after_login_and_hellos_and_logins_are_counted()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        Assert.NotNull((await session.SendAsync(EppText.Hello)).Root!.Element(Epp + "greeting"));
        Assert.Equal(0, sandbox.Registry.LoginsOf("registrarA"));
        await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA"));
        Assert.NotNull((await session.SendAsync(EppText.Hello)).Root!.Element(Epp + "greeting"));
        await sandbox.LoginAsync();
        Assert.Equal((2L, 2), (sandbox.Server.HelloCount, sandbox.Registry.LoginsOf("registrarA")));
    }

    [Fact]
    public async Task Commands_before_login_and_a_second_login_are_use_errors()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await session.ExpectAsync(2002, EppText.DomainCheck("example.com"));
        await session.ExpectAsync(2002, EppText.Logout());
        await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA"));
        await session.ExpectAsync(2002, EppText.Login("registrarA", "i-am-registrarA"));
    }

    [Fact]
    public async Task Failed_logins_answer_2200_then_2501_and_close()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        var first = await session.ExpectAsync(2200, EppText.Login("registrarA", "wrong-password"));
        Assert.Equal("clID", first.ErrorValue()!.Name.LocalName);
        await session.ExpectAsync(2200, EppText.Login("nobody", "wrong-password"));
        await session.ExpectAsync(2501, EppText.Login("registrarA", "wrong-password"));
        Assert.True(await session.IsClosedAsync());
    }

    [Fact]
    public async Task Session_limit_answers_2502_and_closes()
    {
        await using var sandbox = SandboxFixture.Start(configure: o => o with { MaxSessionsPerRegistrar = 1 });
        await sandbox.LoginAsync("registrarA");
        var second = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await second.ExpectAsync(2502, EppText.Login("registrarA", "i-am-registrarA"));
        Assert.True(await second.IsClosedAsync());
        await sandbox.LoginAsync("registrarB");
    }

    [Fact]
    public async Task NewPW_changes_the_password()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA", newPw: "new-Secret-9"));
        var again = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await again.ExpectAsync(2200, EppText.Login("registrarA", "i-am-registrarA"));
        await again.ExpectAsync(1000, EppText.Login("registrarA", "new-Secret-9"));
    }

    [Fact]
    public async Task Login_options_and_services_must_match_the_greeting()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await session.ExpectAsync(2102, EppText.Login("registrarA", "i-am-registrarA", lang: "fr"));
        var obj = await session.ExpectAsync(2307, EppText.Login("registrarA", "i-am-registrarA", objUris: ["urn:example:widget-1.0"]));
        Assert.Equal("urn:example:widget-1.0", obj.ErrorValue()!.Value);
        await session.ExpectAsync(2103, EppText.Login("registrarA", "i-am-registrarA", extUris: [EppNamespaces.SecDns]));
        await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA"));
    }

    [Fact]
    public async Task Objects_and_extensions_not_declared_at_login_are_refused()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = new SandboxFixture.Session(await sandbox.ConnectAsync());
        await session.ExpectAsync(1000, EppText.Login("registrarA", "i-am-registrarA", objUris: [EppText.DomainNs], extUris: []));
        await session.ExpectAsync(2307, EppText.HostCheck("ns1.example.com"));
        await session.ExpectAsync(2103, EppText.RestoreRequest("example.com"));
        await session.ExpectAsync(1000, EppText.DomainCheck("example.com"));
    }

    [Fact]
    public async Task Schema_invalid_frames_answer_2001_echoing_the_clTRID()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = await sandbox.LoginAsync();
        // domain:create without the required authInfo.
        var invalid = EppText.Command($"<create><domain:create xmlns:domain=\"{EppText.DomainNs}\"><domain:name>example.com</domain:name></domain:create></create>");
        var sent = System.Text.RegularExpressions.Regex.Match(invalid, "<clTRID>([^<]+)</clTRID>").Groups[1].Value;
        var response = await session.SendAsync(invalid);
        Assert.Equal(2001, response.Code());
        Assert.StartsWith("TEST-", sent, StringComparison.Ordinal);
        Assert.Equal(sent, response.ClTrid());
        // Not well-formed: no clTRID can be read.
        await session.Client.SendFrameAsync(Encoding.UTF8.GetBytes("<epp><command>"), TestGuard.Token);
        var broken = (await session.Client.ReadAsync(TestGuard.Token))!;
        Assert.Equal(2001, broken.Code());
        Assert.Null(broken.ClTrid());
        // A DTD is refused, not processed.
        await session.Client.SendFrameAsync(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x \"y\">]><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>"), TestGuard.Token);
        Assert.Equal(2001, (await session.Client.ReadAsync(TestGuard.Token))!.Code());
        // The session is still usable.
        await session.ExpectAsync(1000, EppText.DomainCheck("example.com"));
    }

    [Fact]
    public async Task Every_response_carries_a_unique_svTRID()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = await sandbox.LoginAsync();
        var ids = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(ids.Add((await session.ExpectAsync(1000, EppText.DomainCheck("example.com"))).SvTrid()));
        }
    }

    [Fact]
    public async Task Logout_answers_1500_and_closes()
    {
        await using var sandbox = SandboxFixture.Start();
        var session = await sandbox.LoginAsync();
        Assert.Equal(1, sandbox.Registry.SessionsOf("registrarA"));
        await session.ExpectAsync(1500, EppText.Logout());
        Assert.True(await session.IsClosedAsync());
        await WaitForAsync(() => sandbox.Registry.SessionsOf("registrarA") == 0);
    }

    [Fact]
    public async Task Idle_sessions_are_closed_without_a_code()
    {
        await using var sandbox = SandboxFixture.Start(configure: o => o with { IdleTimeout = TimeSpan.FromMilliseconds(200) });
        var session = await sandbox.LoginAsync();
        Assert.Null(await session.Client.ReadAsync(TestGuard.Token));
    }

    [Fact]
    public async Task A_frame_over_the_cap_answers_2500_and_closes()
    {
        await using var sandbox = SandboxFixture.Start(configure: o => o with { MaxFrameBytes = 2048 });
        var session = await sandbox.LoginAsync();
        await session.Client.SendBytesAsync([0, 0, 0x40, 0], TestGuard.Token);
        var response = (await session.Client.ReadAsync(TestGuard.Token))!;
        Assert.Equal(2500, response.Code());
        Assert.True(await session.IsClosedAsync());
    }

    [Fact]
    public async Task A_client_certificate_is_required_by_default()
    {
        await using var sandbox = SandboxFixture.Start();
        // With TLS 1.3 the client learns of the refusal on its first read (TOOLCHAIN.md).
        await Assert.ThrowsAnyAsync<Exception>(async () => await sandbox.ConnectAsync(noCertificate: true));

        await using var relaxed = SandboxFixture.Start(configure: o => o with { RequireClientCertificate = false });
        var client = await relaxed.ConnectAsync(noCertificate: true);
        Assert.NotNull(client.Greeting.Root!.Element(Epp + "greeting"));
    }

    [Fact]
    public async Task Pinned_client_certificates_refuse_others()
    {
        using var other = Rrp2Epp.Epp.Tls.SelfSignedCertificates.Create("someone-else");
        await using var sandbox = SandboxFixture.Start(configure: o => o with
        {
            AllowedClientCertificates = [Rrp2Epp.Epp.Tls.SelfSignedCertificates.Sha256Thumbprint(SandboxFixture.ClientCertificate)],
        });
        await Assert.ThrowsAnyAsync<Exception>(async () => await sandbox.ConnectAsync(other));
        Assert.NotNull((await sandbox.ConnectAsync()).Greeting);
    }

    [Fact]
    public async Task Stop_closes_open_sessions()
    {
        var sandbox = SandboxFixture.Start();
        var session = await sandbox.LoginAsync();
        await sandbox.Server.StopAsync();
        Assert.True(await session.IsClosedAsync());
        Assert.Equal(0, sandbox.Server.ConnectionCount);
        await sandbox.DisposeAsync();
    }

    [Fact]
    public void Invalid_options_report_every_problem_at_once()
    {
        var options = new SandboxOptions
        {
            MaxLoginFailures = 0,
            IdleTimeout = TimeSpan.Zero,
            Policies = new SandboxPolicies { Zones = [], MaxRegistrationYears = 0 },
            Faults = [new FaultRule("", FaultAction.DelayResponse)],
        };
        var e = Assert.Throws<SandboxOptionsException>(() => SandboxServer.Create(options, null, TimeProvider.System));
        Assert.Contains(e.Errors, m => m.StartsWith("MaxLoginFailures", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("IdleTimeout", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("Policies.Zones", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("Policies.MaxRegistrationYears", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("Command is required", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("positive Delay", StringComparison.Ordinal));
    }

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        var token = TestGuard.Token;
        while (!condition())
        {
            await Task.Delay(10, token);
        }
    }
}
