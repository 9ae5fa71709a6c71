using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Client;

/// <summary>Certificates shared by the client tests (made once: key generation is the slow part).</summary>
internal static class ClientCertificates
{
    public static X509Certificate2 Server { get; } = SelfSignedCertificates.Create("localhost", ["localhost", "127.0.0.1"]);

    public static X509Certificate2 Client { get; } = SelfSignedCertificates.Create("RegistrarA");

    public static string ServerPin { get; } = SelfSignedCertificates.Sha256Thumbprint(Server);

    /// <summary>Options that trust <see cref="Server"/> by pin and validate every outgoing frame.</summary>
    public static EppConnectionOptions For(ScriptedEppPeer peer) => new()
    {
        Host = "127.0.0.1",
        Port = peer.Port,
        TargetHost = "localhost",
        ClientCertificate = Client,
        PinnedServerCertificates = [ServerPin],
        ValidateOutgoingFrames = true,
        ClientTransactionIdPrefix = "TEST",
    };
}
