using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>Makes <see cref="EppConnection"/>s to the configured registry with the gateway's certificate, clock and exchange logger.</summary>
public sealed class EppConnectionFactory
{
    private readonly IEppExchangeObserver _observer;
    private readonly TimeProvider _time;

    /// <summary>Builds the connection options once from configuration and the host's certificates.</summary>
    public EppConnectionFactory(IOptions<GatewayOptions> options, GatewayCertificates certificates, IEppExchangeObserver observer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(certificates);
        var registry = options.Value.Registry;
        _observer = observer;
        _time = time;
        Options = new EppConnectionOptions
        {
            Host = registry.Host,
            Port = registry.Port,
            TargetHost = registry.TargetHost,
            ClientCertificate = certificates.EppClientCertificate,
            TrustedCertificateAuthorities = string.IsNullOrWhiteSpace(registry.TrustedCertificateAuthorities)
                ? []
                : CertificateBundles.LoadPem(registry.TrustedCertificateAuthorities),
            PinnedServerCertificates = registry.PinnedServerCertificates,
            ConnectTimeout = registry.ConnectTimeout,
            CommandTimeout = registry.CommandTimeout,
            ClientTransactionIdPrefix = registry.ClientTransactionIdPrefix,
            ValidateOutgoingFrames = registry.ValidateOutgoingFrames,
        };
        Options.EnsureValid();
        ReconnectAttempts = registry.ReconnectAttempts;
        ReconnectBackoff = registry.ReconnectBackoff;
    }

    /// <summary>The options every connection uses.</summary>
    public EppConnectionOptions Options { get; }

    /// <summary>Attempts per reconnect.</summary>
    public int ReconnectAttempts { get; }

    /// <summary>First back-off between reconnect attempts.</summary>
    public TimeSpan ReconnectBackoff { get; }

    /// <summary>The clock connections and back-offs use.</summary>
    public TimeProvider Time => _time;

    /// <summary>The registry certificate pins, for the ready line and tests.</summary>
    public X509Certificate2? ClientCertificate => Options.ClientCertificate;

    /// <summary>A new, unconnected connection.</summary>
    public EppConnection Create() => new(Options, _observer, _time);
}
