using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Sandbox;
using Xunit;

namespace Rrp2Epp.TestKit.Sandbox;

/// <summary>
/// An in-process sandbox registry on 127.0.0.1:0 over real TLS, for any test that needs an EPP
/// registry: a seed (three registrars by default), a fake clock tests advance to cross grace
/// periods (<see cref="Clock"/>, <see cref="Advance"/>), the endpoint and certificate thumbprint to
/// pin, the registry and the fault rules (<see cref="Server"/>). Raw sessions it opens
/// schema-validate every response they read.
/// </summary>
public sealed class SandboxFixture : IAsyncDisposable
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

    private static readonly Lazy<X509Certificate2> SharedClientCertificate = new(() => SelfSignedCertificates.Create("sandbox-test-client"));

    private readonly List<RawEppClient> _clients = [];

    private SandboxFixture(FakeTimeProvider clock, SandboxServer server)
    {
        Clock = clock;
        Server = server;
    }

    public FakeTimeProvider Clock { get; }

    public SandboxServer Server { get; private set; }

    public SandboxRegistry Registry => Server.Registry;

    public static X509Certificate2 ClientCertificate => SharedClientCertificate.Value;

    public static SandboxFixture Start(SandboxPolicies? policies = null, string? seedJson = null, Func<SandboxOptions, SandboxOptions>? configure = null)
    {
        var seed = SandboxSeed.Parse(seedJson ?? DefaultSeed);
        var clock = new FakeTimeProvider(seed.Clock ?? Epoch);
        var options = new SandboxOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), Policies = policies ?? new SandboxPolicies() };
        options = configure?.Invoke(options) ?? options;
        var server = SandboxServer.Create(options, seed, clock);
        server.Start();
        return new SandboxFixture(clock, server);
    }

    public async Task<RawEppClient> ConnectAsync(X509Certificate2? clientCertificate = null, bool noCertificate = false)
    {
        var client = await RawEppClient.ConnectAsync(Server.Endpoint, Server.CertificateThumbprint, noCertificate ? null : clientCertificate ?? ClientCertificate, TestGuard.Token);
        _clients.Add(client);
        AssertValid(client.Greeting);
        return client;
    }

    /// <summary>A connected, logged-in session (asserts the 1000).</summary>
    public async Task<Session> LoginAsync(string clId = "registrarA", string? pw = null)
    {
        var session = new Session(await ConnectAsync());
        var response = await session.SendAsync(EppText.Login(clId, pw ?? "i-am-" + clId));
        Assert.Equal(1000, response.Code());
        return session;
    }

    public void Advance(TimeSpan by) => Clock.Advance(by);

    /// <summary>A registry restart in place: every session drops; the endpoint, certificate, state and fault rules stay.</summary>
    public async Task RestartAsync() => Server = await Server.RestartAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await Server.DisposeAsync();
    }

    public static void AssertValid(XDocument document)
    {
        var result = EppSchemaValidator.Validate(document.ToString(SaveOptions.DisableFormatting));
        Assert.True(result.IsValid, "invalid frame from the sandbox: " + string.Join("; ", result.Errors) + "\n" + document);
    }

    /// <summary>A session: sends text frames, validates every answer and checks the clTRID echo.</summary>
    public sealed class Session(RawEppClient client)
    {
        public RawEppClient Client { get; } = client;

        public async Task<XDocument> SendAsync(string xml)
        {
            var match = System.Text.RegularExpressions.Regex.Match(xml, "<clTRID>([^<]*)</clTRID>");
            var clTrid = match.Success ? match.Groups[1].Value : null;
            var response = await Client.SendAsync(xml, TestGuard.Token);
            AssertValid(response);
            if (clTrid is not null && response.Root!.Elements().First().Name.LocalName == "response")
            {
                Assert.Equal(clTrid, response.ClTrid());
            }

            return response;
        }

        /// <summary>Sends and asserts the result code; returns the response.</summary>
        public async Task<XDocument> ExpectAsync(int code, string xml)
        {
            var response = await SendAsync(xml);
            Assert.True(code == response.Code(), $"expected {code}, got {response.Code()}:\n{response}");
            return response;
        }

        public Task<bool> IsClosedAsync() => Client.IsClosedByServerAsync(TestGuard.Token);
    }
}
