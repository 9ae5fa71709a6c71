using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>The certificates the gateway presents: per RRP listener (server) and towards the registry (client).</summary>
public sealed class GatewayCertificates : IDisposable
{
    private readonly Dictionary<RrpListenerOptions, X509Certificate2> _listeners = [];
    private readonly List<X509Certificate2> _owned = [];
    private readonly Dictionary<string, X509Certificate2?> _eppClients = new(StringComparer.OrdinalIgnoreCase);
    private readonly X509Certificate2? _eppDefault;

    /// <summary>Loads every configured certificate (files win over the ones given in code).</summary>
    public GatewayCertificates(IOptions<GatewayOptions> options, GatewayHostSettings settings, ILogger<GatewayCertificates> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        X509Certificate2? selfSigned = null;
        foreach (var listener in options.Value.EffectiveListeners)
        {
            X509Certificate2 certificate;
            if (!string.IsNullOrWhiteSpace(listener.CertificatePath))
            {
                certificate = Own(X509CertificateLoader.LoadPkcs12FromFile(listener.CertificatePath, listener.CertificatePassword));
            }
            else if (settings.RrpServerCertificate is not null)
            {
                certificate = settings.RrpServerCertificate;
            }
            else
            {
                if (selfSigned is null)
                {
                    selfSigned = Own(SelfSignedCertificates.Create("rrp2epp-gateway", ["localhost", "127.0.0.1", "::1"]));
                    logger.LogWarning("RRP listener {Listener:l} has no CertificatePath: using a self-signed certificate (SHA-256 {Thumbprint:l}); fine for a demo, not for registrars",
                        listener.Name, SelfSignedCertificates.Sha256Thumbprint(selfSigned));
                }

                certificate = selfSigned;
            }

            _listeners[listener] = certificate;
        }

        _eppDefault = settings.EppClientCertificate;
        foreach (var registry in options.Value.EffectiveRegistries)
        {
            _eppClients[registry.Name!] = !string.IsNullOrWhiteSpace(registry.ClientCertificatePath)
                ? Own(X509CertificateLoader.LoadPkcs12FromFile(registry.ClientCertificatePath, registry.ClientCertificatePassword))
                : settings.EppClientCertificate;
        }
    }

    /// <summary>The client certificate for a registry (RFC 5734 requires one): its file, else the one the host supplied.</summary>
    /// <exception cref="InvalidOperationException">None is configured.</exception>
    public X509Certificate2 EppClientCertificateFor(string registryName) =>
        (_eppClients.TryGetValue(registryName, out var certificate) ? certificate : _eppDefault)
        ?? throw new InvalidOperationException($"registry {registryName}: ClientCertificatePath is required: EPP uses mutual TLS (RFC 5734 §9)");

    /// <summary>The server certificate of a listener.</summary>
    public X509Certificate2 ServerCertificate(RrpListenerOptions listener) => _listeners[listener];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var certificate in _owned)
        {
            certificate.Dispose();
        }
    }

    private X509Certificate2 Own(X509Certificate2 certificate)
    {
        _owned.Add(certificate);
        return certificate;
    }
}
