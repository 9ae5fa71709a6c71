using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>The RRP session over real TLS against the sandbox: banner, SESSION, DESCRIBE, QUIT, the state table, timeouts, the cap.</summary>
public sealed class SessionTests
{
    [Theory]
    [InlineData(RrpVersion.V2_0_0, "2.0.0")]
    [InlineData(RrpVersion.V1_1_0, "1.1.0")]
    public async Task Banner_names_the_registry_and_the_listener_version_and_describe_answers_it(RrpVersion version, string text)
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.ConnectAsync(version);
        Assert.Equal("Test", client.Banner.RegistryName);
        Assert.Equal(text, client.Banner.VersionText);
        Assert.Matches(@"^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3]\d \d\d:\d\d:\d\d UTC \d{4}$", client.Banner.DateLine);

        Assert.Equal(RrpResponseCode.Success, (await client.LoginAsync("registrarA", "i-am-registrarA")).Code);
        var describe = await client.SendAsync(new DescribeRequest(DescribeRequest.ProtocolTarget));
        Assert.Equal(RrpResponseCode.Success, describe.Code);
        Assert.Equal("RRP " + text, describe.ValueOf("Protocol"));
        var plain = await client.SendAsync(new DescribeRequest(null));
        Assert.Equal("RRP " + text, plain.ValueOf("Protocol"));
    }

    [Fact]
    public async Task Commands_before_login_get_547_and_do_not_use_up_an_attempt()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.InvalidCommandSequence, (await client.SendAsync(new DescribeRequest(null))).Code);
        Assert.Equal(RrpResponseCode.InvalidCommandSequence, (await client.SendAsync(new CheckDomainRequest("example.com"))).Code);

        // §5.3: the codec's 500 and 507 come before 547; its other errors after it.
        Assert.Equal(RrpResponseCode.InvalidCommandName, (await client.SendRawAsync("frobnicate")).Code);
        Assert.Equal(RrpResponseCode.InvalidCommandSequence, (await client.SendRawAsync("check")).Code);
        Assert.Equal(RrpResponseCode.MissingCommandOption, (await client.SendRawAsync("session", "-Id:registrarA")).Code);
        Assert.Equal(RrpResponseCode.Success, (await client.LoginAsync("registrarA", "i-am-registrarA")).Code);
    }

    [Fact]
    public async Task Two_failed_logins_end_the_connection()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.AuthenticationFailed, (await client.LoginAsync("registrarA", "wrong-password")).Code);
        Assert.Equal(RrpResponseCode.AuthenticationFailed, (await client.LoginAsync("registrarA", "wrong-again")).Code);
        Assert.True(await client.IsClosedByServerAsync());
        Assert.Equal(0, gateway.Registry.SessionsOf("registrarA"));
    }

    [Fact]
    public async Task A_failed_login_then_a_good_one_logs_in()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.AuthenticationFailed, (await client.LoginAsync("registrarA", "wrong-password")).Code);
        Assert.Equal(RrpResponseCode.Success, (await client.LoginAsync("registrarA", "i-am-registrarA")).Code);
        Assert.Equal(1, gateway.Registry.SessionsOf("registrarA"));

        // Logged in, SESSION is out of sequence (a password is changed with the login itself).
        Assert.Equal(RrpResponseCode.InvalidCommandSequence, (await client.LoginAsync("registrarA", "i-am-registrarA")).Code);
    }

    [Fact]
    public async Task Passwords_EPP_cannot_hold_are_refused_locally()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.ConnectAsync();

        // -NewPassword that EPP cannot hold: 506, not counted.
        Assert.Equal(RrpResponseCode.InvalidOptionValue, (await client.LoginAsync("registrarA", "i-am-registrarA", "abcd")).Code);
        Assert.Equal(RrpResponseCode.InvalidOptionValue, (await client.LoginAsync("registrarA", "i-am-registrarA", " spaced ")).Code);

        // A 4-character RRP password cannot be an EPP pw: 530, counted; the second closes.
        Assert.Equal(RrpResponseCode.AuthenticationFailed, (await client.LoginAsync("registrarA", "abcd")).Code);
        Assert.Equal(RrpResponseCode.AuthenticationFailed, (await client.LoginAsync("ab", "i-am-registrarA")).Code);
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Quit_in_dedicated_mode_logs_out_of_EPP_answers_220_and_closes()
    {
        await using var gateway = await GatewayFixture.StartAsync(c => c["Gateway:EppSessions:Mode"] = "Dedicated");
        var client = await gateway.LoginAsync();
        Assert.Equal(1, gateway.Registry.SessionsOf("registrarA"));
        var quit = await client.SendAsync(QuitRequest.Instance);
        Assert.Equal(RrpResponseCode.SuccessClosing, quit.Code);
        Assert.True(await client.IsClosedByServerAsync());
        Assert.Equal(0, gateway.Registry.SessionsOf("registrarA"));
        Assert.Contains(gateway.Logs.Lines, l => l.Contains("EPP logout", StringComparison.Ordinal) && l.Contains("1500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quit_in_pooled_mode_answers_220_and_leaves_the_EPP_session_in_the_pool_for_the_next_SESSION()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.LoginAsync();
        Assert.Equal(RrpResponseCode.SuccessClosing, (await client.SendAsync(QuitRequest.Instance)).Code);
        Assert.True(await client.IsClosedByServerAsync());
        Assert.Equal((1, 1), (gateway.Registry.SessionsOf("registrarA"), gateway.Registry.LoginsOf("registrarA")));
        Assert.DoesNotContain(gateway.Logs.Lines, l => l.Contains("EPP logout", StringComparison.Ordinal));

        var next = await gateway.LoginAsync();
        Assert.Equal(RrpResponseCode.DomainAvailable, (await next.SendAsync(new CheckDomainRequest("free-after-quit.com"))).Code);
        Assert.Equal((1, 1), (gateway.Registry.SessionsOf("registrarA"), gateway.Registry.LoginsOf("registrarA")));
    }

    [Fact]
    public async Task Quit_before_login_answers_220_and_closes()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.SuccessClosing, (await client.SendAsync(QuitRequest.Instance)).Code);
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Password_change_through_SESSION_NewPassword()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var first = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.Success, (await first.LoginAsync("registrarB", "i-am-registrarB", "new-pw-for-B")).Code);
        Assert.Equal(RrpResponseCode.SuccessClosing, (await first.SendAsync(QuitRequest.Instance)).Code);

        var old = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.AuthenticationFailed, (await old.LoginAsync("registrarB", "i-am-registrarB")).Code);
        Assert.Equal(RrpResponseCode.Success, (await old.LoginAsync("registrarB", "new-pw-for-B")).Code);
    }

    [Fact]
    public async Task An_idle_session_is_closed_with_520_and_its_reason()
    {
        await using var gateway = await GatewayFixture.StartAsync(c => c["Gateway:Sessions:IdleTimeout"] = "00:00:00.300");
        var client = await gateway.LoginAsync();
        var closing = await client.ReadAsync();
        Assert.Equal(RrpResponseCode.ServerClosingConnection, closing.Code);
        Assert.StartsWith("idle timeout", closing.Reason, StringComparison.Ordinal);
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Sessions_beyond_the_registrar_cap_get_521_and_are_closed()
    {
        await using var gateway = await GatewayFixture.StartAsync(c => c["Gateway:Sessions:MaxSessionsPerRegistrar"] = "2");
        var one = await gateway.LoginAsync("registrarA");
        var two = await gateway.LoginAsync("registrarA");
        var three = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.TooManySessions, (await three.LoginAsync("registrarA", "i-am-registrarA")).Code);
        Assert.True(await three.IsClosedByServerAsync());

        // Another registrar is not affected, and a slot is free again once a session ends.
        await gateway.LoginAsync("registrarB");
        Assert.Equal(RrpResponseCode.SuccessClosing, (await one.SendAsync(QuitRequest.Instance)).Code);
        Assert.True(await one.IsClosedByServerAsync());
        var four = await gateway.ConnectAsync();
        Assert.Equal(RrpResponseCode.Success, (await four.LoginAsync("registrarA", "i-am-registrarA")).Code);
        Assert.Equal(RrpResponseCode.Success, (await two.SendAsync(new DescribeRequest(null))).Code);
    }

    [Fact]
    public async Task Oversized_requests_get_507_and_the_session_goes_on()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var client = await gateway.LoginAsync();
        Assert.Equal(RrpResponseCode.InvalidCommandFormat, (await client.SendRawAsync("check", "EntityName:Domain", "DomainName:" + new string('a', 2000) + ".com")).Code);
        Assert.Equal(RrpResponseCode.Success, (await client.SendAsync(new DescribeRequest(null))).Code);
    }
}
