using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Client;

public sealed class EppConnectionTlsTests
{
    private static EppConnectionOptions CaOptions(ScriptedEppPeer peer, TestCertificateAuthority trusted, string targetHost) => new()
    {
        Host = "127.0.0.1",
        Port = peer.Port,
        TargetHost = targetHost,
        ClientCertificate = ClientCertificates.Client,
        TrustedCertificateAuthorities = [trusted.Certificate],
    };

    [Fact]
    public async Task A_certificate_that_is_not_pinned_is_refused_before_anything_is_sent()
    {
        var other = SelfSignedCertificates.Create("localhost", ["localhost"]);
        await using var peer = ScriptedEppPeer.Start(other, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ServerCertificateRejected, failure.Failure);
        Assert.Equal(EppDelivery.NotSent, failure.Delivery);
        Assert.Contains(SelfSignedCertificates.Sha256Thumbprint(other), failure.Message, StringComparison.Ordinal);
        Assert.Equal(EppConnectionState.Dead, connection.State);
        Assert.Empty(peer.Requests);
    }

    [Fact]
    public async Task Pins_match_whatever_their_case_and_separators()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        var pin = string.Join(':', ClientCertificates.ServerPin.ToLowerInvariant().Chunk(2).Select(c => new string(c)));
        await using var connection = new EppConnection(ClientCertificates.For(peer) with { PinnedServerCertificates = ["00" + new string('1', 62), pin] });

        await connection.ConnectAsync(TestGuard.Token);

        Assert.Equal(EppConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_server_certificate_issued_by_a_trusted_CA_for_the_right_name_is_accepted()
    {
        using var ca = new TestCertificateAuthority();
        using var leaf = ca.IssueLeaf("epp.registry.test", "epp.registry.test", "localhost");
        await using var peer = ScriptedEppPeer.Start(leaf, PeerScripts.Registry);
        await using var connection = new EppConnection(CaOptions(peer, ca, "epp.registry.test"));

        var greeting = await connection.ConnectAsync(TestGuard.Token);

        Assert.NotNull(greeting);
        Assert.Equal(SelfSignedCertificates.Sha256Thumbprint(leaf), connection.ServerCertificateThumbprint);
    }

    [Fact]
    public async Task A_CA_bundle_file_can_be_loaded_and_trusted()
    {
        using var ca = new TestCertificateAuthority();
        using var leaf = ca.IssueLeaf("localhost", "localhost");
        var bundle = Path.Combine(Path.GetTempPath(), $"rrp2epp-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(bundle, new TestCertificateAuthority("Unrelated CA").Pem + "\n" + ca.Pem + "\n", TestGuard.Token);
        try
        {
            await using var peer = ScriptedEppPeer.Start(leaf, PeerScripts.Registry);
            var authorities = CertificateBundles.LoadPem(bundle);
            await using var connection = new EppConnection(CaOptions(peer, ca, "localhost") with { TrustedCertificateAuthorities = authorities });

            await connection.ConnectAsync(TestGuard.Token);

            Assert.Equal(2, authorities.Count);
            Assert.Equal(EppConnectionState.Open, connection.State);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task A_name_mismatch_is_refused_even_with_a_trusted_CA()
    {
        using var ca = new TestCertificateAuthority();
        using var leaf = ca.IssueLeaf("epp.registry.test", "epp.registry.test");
        await using var peer = ScriptedEppPeer.Start(leaf, PeerScripts.Registry);
        await using var connection = new EppConnection(CaOptions(peer, ca, "epp.other-registry.test"));

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ServerCertificateRejected, failure.Failure);
        Assert.Contains("NameMismatch", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_from_another_CA_is_refused()
    {
        using var ca = new TestCertificateAuthority();
        using var rogue = new TestCertificateAuthority("Rogue CA");
        using var leaf = rogue.IssueLeaf("localhost", "localhost");
        await using var peer = ScriptedEppPeer.Start(leaf, PeerScripts.Registry);
        await using var connection = new EppConnection(CaOptions(peer, ca, "localhost"));

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ServerCertificateRejected, failure.Failure);
        Assert.Contains("ChainErrors", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_neither_pin_nor_CA_the_system_store_decides_and_a_self_signed_certificate_is_refused()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer) with { PinnedServerCertificates = [] });

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ServerCertificateRejected, failure.Failure);
    }

    [Fact]
    public async Task Pin_and_CA_together_must_both_pass()
    {
        using var ca = new TestCertificateAuthority();
        using var leaf = ca.IssueLeaf("localhost", "localhost");
        await using var peer = ScriptedEppPeer.Start(leaf, PeerScripts.Registry);
        var options = CaOptions(peer, ca, "localhost");
        await using var pinnedRight = new EppConnection(options with { PinnedServerCertificates = [SelfSignedCertificates.Sha256Thumbprint(leaf)] });
        await using var pinnedWrong = new EppConnection(options with { PinnedServerCertificates = [ClientCertificates.ServerPin] });

        await pinnedRight.ConnectAsync(TestGuard.Token);
        var failure = await Assert.ThrowsAsync<EppTransportException>(() => pinnedWrong.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ServerCertificateRejected, failure.Failure);
    }

    [Theory]
    [InlineData(SslProtocols.Tls12)]
    [InlineData(SslProtocols.Tls13)]
    public async Task TLS_1_2_and_1_3_both_work(SslProtocols protocol)
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer) with { Protocols = protocol });

        await connection.ConnectAsync(TestGuard.Token);
        var response = await connection.LoginAsync("RegistrarA", "s3cret-Pw1", TestGuard.Token);

        Assert.True(response.IsSuccess);
    }

    [Fact]
    public async Task A_server_that_only_speaks_TLS_1_2_fails_a_TLS_1_3_only_client()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry, new ScriptedEppPeerOptions { Protocols = SslProtocols.Tls12 });
        await using var connection = new EppConnection(ClientCertificates.For(peer) with { Protocols = SslProtocols.Tls13 });

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.TlsHandshakeFailed, failure.Failure);
        Assert.Equal(EppDelivery.NotSent, failure.Delivery);
    }

    [Fact]
    public async Task A_refused_connection_is_reported_as_connect_failed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new EppConnectionOptions { Host = "127.0.0.1", Port = port, ClientCertificate = ClientCertificates.Client, PinnedServerCertificates = [ClientCertificates.ServerPin] };
        await using var connection = new EppConnection(options);

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ConnectFailed, failure.Failure);
        Assert.Equal(EppDelivery.NotSent, failure.Delivery);
        Assert.Equal(EppConnectionState.Dead, connection.State);
    }

    [Theory]
    [InlineData("response")]
    [InlineData("garbage")]
    public async Task A_first_frame_that_is_not_a_greeting_fails_the_connect(string first)
    {
        var greeting = first == "response" ? EppExamples.Read("session-login.response-1000.xml") : "<<<";
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry, new ScriptedEppPeerOptions { Greeting = greeting });
        await using var connection = new EppConnection(ClientCertificates.For(peer));

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.ConnectAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.GreetingMalformed, failure.Failure);
        Assert.Equal(EppConnectionState.Dead, connection.State);
    }

    [Fact]
    public async Task A_connection_cannot_be_connected_twice()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));
        await connection.ConnectAsync(TestGuard.Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => connection.ConnectAsync(TestGuard.Token));
    }

    [Fact]
    public async Task Nothing_can_be_sent_before_connecting()
    {
        await using var peer = ScriptedEppPeer.Start(ClientCertificates.Server, PeerScripts.Registry);
        await using var connection = new EppConnection(ClientCertificates.For(peer));

        var failure = await Assert.ThrowsAsync<EppTransportException>(() => connection.HelloAsync(TestGuard.Token));

        Assert.Equal(EppTransportFailure.ConnectionNotUsable, failure.Failure);
        Assert.Equal(EppDelivery.NotSent, failure.Delivery);
    }
}
