using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Tls;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>Makes <see cref="EppConnection"/>s to one configured registry with the gateway's certificate, clock and exchange logger.</summary>
public sealed class EppConnectionFactory
{
    private readonly IEppExchangeObserver _observer;

    /// <summary>Builds the connection options once from the registry's configuration and its client certificate.</summary>
    public EppConnectionFactory(RegistryOptions registry, System.Security.Cryptography.X509Certificates.X509Certificate2 clientCertificate, IEppExchangeObserver observer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _observer = observer;
        Time = time;
        Options = new EppConnectionOptions
        {
            Host = registry.Host,
            Port = registry.Port,
            TargetHost = registry.TargetHost,
            ClientCertificate = clientCertificate,
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
    public TimeProvider Time { get; }

    /// <summary>A new, unconnected connection.</summary>
    public EppConnection Create() => new(Options, _observer, Time);
}
