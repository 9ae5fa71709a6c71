using Microsoft.Extensions.Logging.Abstractions;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Routing;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>The routing table of some options, built as the host builds it (certificates made in code).</summary>
public static class TestRoutes
{
    private static readonly Lazy<System.Security.Cryptography.X509Certificates.X509Certificate2> Certificate = new(() => SelfSignedCertificates.Create("rrp2epp-unit-test"));

    public static RegistryRoutes Create(GatewayOptions options)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var settings = new GatewayHostSettings { EppClientCertificate = Certificate.Value, RrpServerCertificate = Certificate.Value };
        return new RegistryRoutes(wrapped, new GatewayCertificates(wrapped, settings, NullLogger<GatewayCertificates>.Instance), new NullObserver(), TimeProvider.System);
    }

    private sealed class NullObserver : IEppExchangeObserver
    {
        public bool WantsFrames => false;

        public void OnExchange(EppExchange exchange)
        {
        }

        public void OnFrame(string connectionId, EppFrameDirection direction, string redactedXml)
        {
        }
    }
}
