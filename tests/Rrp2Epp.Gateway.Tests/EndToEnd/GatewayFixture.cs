using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Epp.Pool;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Rrp;
using Rrp2Epp.Sandbox;
using Rrp2Epp.TestKit;
using Serilog.Events;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>
/// The sandbox registry and the gateway host, both in-process on 127.0.0.1:0 over real TLS: two RRP listeners (2.0.0
/// and 1.1.0), a SQLite store in a temporary folder, every EPP frame validated against the schemas before it is sent,
/// logging at Verbose into <see cref="Logs"/>. The sandbox runs on a fake clock tests advance. Disposing stops both and
/// deletes the folder. <see cref="StartBesideAsync"/> adds another gateway instance on the same sandbox (a second
/// instance behind a load balancer), which leaves the sandbox to the first. With a <see cref="SecondRegistry"/> a second
/// sandbox (same clock) serves other zones and both are configured as <c>Gateway:Registries</c> ("a" first, pass-through
/// and the default route).
/// </summary>
public sealed class GatewayFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public const string DefaultSeed = """
        {
          "registrars": [
            {"id": "registrarA", "password": "i-am-registrarA"},
            {"id": "registrarB", "password": "i-am-registrarB"},
            {"id": "registrarC", "password": "i-am-registrarC"}
          ]
        }
        """;

    private static readonly Lazy<X509Certificate2> SharedServerCertificate = new(() => SelfSignedCertificates.Create("rrp-test-gateway", ["localhost", "127.0.0.1"]));
    private static readonly Lazy<X509Certificate2> SharedEppClientCertificate = new(() => SelfSignedCertificates.Create("rrp-test-gateway-epp-client"));

    private readonly List<RrpTestClient> _clients = [];
    private readonly bool _ownsSandbox;

    private GatewayFixture(FakeTimeProvider clock, SandboxServer sandbox, SandboxServer? second, WebApplication gateway, string dataDirectory, LogCapture logs, bool ownsSandbox)
    {
        Clock = clock;
        Sandbox = sandbox;
        Second = second;
        Gateway = gateway;
        DataDirectory = dataDirectory;
        Logs = logs;
        _ownsSandbox = ownsSandbox;
    }

    public FakeTimeProvider Clock { get; }

    public SandboxServer Sandbox { get; private set; }

    /// <summary>The second registry's sandbox (null unless the fixture was started with a <see cref="SecondRegistry"/>).</summary>
    public SandboxServer? Second { get; }

    public SandboxRegistry Registry => Sandbox.Registry;

    /// <summary>The gateway's EPP session pools (counters, a maintenance pass on demand).</summary>
    public EppSessionPools Pools => Gateway.Services.GetRequiredService<EppSessionPools>();

    public WebApplication Gateway { get; }

    public string DataDirectory { get; }

    public LogCapture Logs { get; }

    public IGatewayStore Store => Gateway.Services.GetRequiredService<IGatewayStore>();

    public static string ServerThumbprint => SelfSignedCertificates.Sha256Thumbprint(SharedServerCertificate.Value);

    public IPEndPoint Endpoint(RrpVersion version = RrpVersion.V2_0_0) =>
        Gateway.RrpListeners().Single(l => l.Version == version).BoundEndPoint!;

    /// <summary>Starts both. <paramref name="configure"/> adds or overrides gateway configuration keys.</summary>
    public static async Task<GatewayFixture> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        string? seedJson = null,
        SandboxPolicies? policies = null,
        Action<IServiceCollection>? services = null,
        SandboxSeed? seed = null,
        Func<string, bool>? storeAuthInfoOf = null,
        SecondRegistry? second = null,
        Func<SandboxOptions, SandboxOptions>? sandboxOptions = null)
    {
        seed ??= SandboxSeed.Parse(seedJson ?? DefaultSeed);
        var clock = new FakeTimeProvider(seed.Clock ?? Epoch);
        policies ??= new SandboxPolicies { UniqueHostAddresses = true };
        var options = new SandboxOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), Policies = policies };
        var sandbox = SandboxServer.Create(sandboxOptions?.Invoke(options) ?? options, seed, clock);
        sandbox.Start();
        SandboxServer? other = null;
        GatewayFixture fixture;
        try
        {
            if (second is not null)
            {
                other = SandboxServer.Create(new SandboxOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), Policies = second.Policies }, SandboxSeed.Parse(second.SeedJson), clock);
                other.Start();
            }

            fixture = await StartGatewayAsync(clock, sandbox, other is null ? null : (other, second!, policies.Zones), configure, services, ownsSandbox: true);
        }
        catch
        {
            await sandbox.DisposeAsync();
            if (other is not null)
            {
                await other.DisposeAsync();
            }

            throw;
        }

        // As `demo --seed` does: the seeded domains' authInfo is in the store, so transfer requests for them work.
        foreach (var domain in seed.Domains.Where(d => storeAuthInfoOf?.Invoke(d.Name) ?? true))
        {
            await fixture.Store.SetAuthInfoAsync(domain.Name, domain.AuthInfo, TestGuard.Token);
        }

        return fixture;
    }

    /// <summary>Another gateway instance on this fixture's sandbox and clock; its own configuration (a shared store, say) comes from <paramref name="configure"/>.</summary>
    public Task<GatewayFixture> StartBesideAsync(Action<Dictionary<string, string?>>? configure = null) =>
        StartGatewayAsync(Clock, Sandbox, null, configure, null, ownsSandbox: false);

    private static async Task<GatewayFixture> StartGatewayAsync(
        FakeTimeProvider clock, SandboxServer sandbox, (SandboxServer Server, SecondRegistry Registry, IReadOnlyList<string> FirstZones)? second,
        Action<Dictionary<string, string?>>? configure, Action<IServiceCollection>? services, bool ownsSandbox)
    {
        var data = Directory.CreateTempSubdirectory("rrp2epp-gateway-test-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Gateway:RegistryName"] = "Test",
            ["Gateway:TimeZone"] = "UTC",
            ["Gateway:Listeners:0:Name"] = "v2",
            ["Gateway:Listeners:0:Address"] = "127.0.0.1",
            ["Gateway:Listeners:0:Port"] = "0",
            ["Gateway:Listeners:0:Version"] = "2.0.0",
            ["Gateway:Listeners:1:Name"] = "v1",
            ["Gateway:Listeners:1:Address"] = "127.0.0.1",
            ["Gateway:Listeners:1:Port"] = "0",
            ["Gateway:Listeners:1:Version"] = "1.1.0",
            ["Gateway:Store:DataDirectory"] = data,
        };
        if (second is not { } other)
        {
            AddRegistry(values, "Gateway:Registry", sandbox);
        }
        else
        {
            AddRegistry(values, "Gateway:Registries:0", sandbox);
            values["Gateway:Registries:0:Name"] = "a";
            AddZones(values, "Gateway:Registries:0", other.FirstZones);
            AddRegistry(values, "Gateway:Registries:1", other.Server);
            values["Gateway:Registries:1:Name"] = other.Registry.Name;
            AddZones(values, "Gateway:Registries:1", other.Registry.Policies.Zones);
        }

        configure?.Invoke(values);
        var logs = new LogCapture();
        WebApplication? gateway = null;
        try
        {
            gateway = GatewayHost.Create(new GatewayHostSettings
            {
                Overrides = values,
                UseEnvironmentVariables = false,
                RrpServerCertificate = SharedServerCertificate.Value,
                EppClientCertificate = SharedEppClientCertificate.Value,
                Time = new RegistryClock(clock),
                ConfigureLogging = logger => logger.MinimumLevel.Verbose().WriteTo.Sink(logs),
                ConfigureServices = services,
            });
            await gateway.StartGatewayAsync(TestGuard.Token);
        }
        catch
        {
            // A bad configuration can already fail while the host is built: the folder goes either way.
            try
            {
                if (gateway is not null)
                {
                    await gateway.DisposeAsync();
                }
            }
            finally
            {
                Directory.Delete(data, recursive: true);
            }

            throw;
        }

        return new GatewayFixture(clock, sandbox, second?.Server, gateway, data, logs, ownsSandbox);
    }

    private static void AddRegistry(Dictionary<string, string?> values, string key, SandboxServer sandbox)
    {
        values[key + ":Host"] = "127.0.0.1";
        values[key + ":Port"] = sandbox.Endpoint.Port.ToString(CultureInfo.InvariantCulture);
        values[key + ":PinnedServerCertificates:0"] = sandbox.CertificateThumbprint;
        values[key + ":ValidateOutgoingFrames"] = "true";
        values[key + ":ClientTransactionIdPrefix"] = "TEST";
        values[key + ":ReconnectBackoff"] = "00:00:00.010";
    }

    private static void AddZones(Dictionary<string, string?> values, string key, IReadOnlyList<string> zones)
    {
        for (var i = 0; i < zones.Count; i++)
        {
            values[$"{key}:Zones:{i}"] = zones[i];
        }
    }

    /// <summary>A registry restart in place: every EPP connection drops; endpoint, certificate, state and fault rules stay.</summary>
    public async Task RestartSandboxAsync() => Sandbox = await Sandbox.RestartAsync();

    public async Task<RrpTestClient> ConnectAsync(RrpVersion version = RrpVersion.V2_0_0, X509Certificate2? clientCertificate = null)
    {
        var client = await RrpTestClient.ConnectAsync(Endpoint(version), ServerThumbprint, clientCertificate);
        _clients.Add(client);
        return client;
    }

    /// <summary>A connected, logged-in client (asserts the 200).</summary>
    public async Task<RrpTestClient> LoginAsync(string registrar = "registrarA", RrpVersion version = RrpVersion.V2_0_0)
    {
        var client = await ConnectAsync(version);
        var answer = await client.LoginAsync(registrar, "i-am-" + registrar);
        Assert.Equal(RrpResponseCode.Success, answer.Code);
        return client;
    }

    public void Advance(TimeSpan by) => Clock.Advance(by);

    /// <summary>Asserts no frame the gateway built failed the schemas (ValidateOutgoingFrames refuses such frames and logs it).</summary>
    public void AssertEveryFrameValid() =>
        Assert.DoesNotContain(Logs.Lines, line => line.Contains("fails the EPP schemas", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await Gateway.StopAsync(TestGuard.Token);
        await Gateway.DisposeAsync();
        if (_ownsSandbox)
        {
            await Sandbox.DisposeAsync();
            if (Second is not null)
            {
                await Second.DisposeAsync();
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
        Assert.DoesNotContain(Logs.Events, e => e.Level == LogEventLevel.Fatal);

        // Every fixture's frames went through ValidateOutgoingFrames: none may have failed the schemas.
        AssertEveryFrameValid();
    }
}

/// <summary>A second sandbox registry for routing tests: its name in the gateway, its policies (zones among them) and its seed.</summary>
public sealed record SecondRegistry(string Name, SandboxPolicies Policies, string SeedJson);
