using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// One client session of a path: it runs the workload's steps one after another (closed loop: the next command goes
/// when the answer is in). Subclasses speak RRP, EPP or the echo lines.
/// </summary>
internal abstract class LoadSession : IAsyncDisposable
{
    private long _iteration;

    protected LoadSession(BenchPath path, int index, BenchWorkload workload)
    {
        Path = path;
        Index = index;
        Workload = workload;
    }

    public BenchPath Path { get; }

    public int Index { get; }

    protected BenchWorkload Workload { get; }

    /// <summary>True between the steps of a transform cycle: stopping now would leave a domain behind.</summary>
    public bool InCycle => !Workload.IsCycleStart(_iteration);

    /// <summary>Runs the next step; true when the answer is a success.</summary>
    public ValueTask<bool> NextAsync(CancellationToken cancellationToken) =>
        RunAsync(Workload.Step(Path, Index, _iteration++), cancellationToken);

    /// <summary>Ends the session politely (QUIT, logout); failures are ignored, the connection is closed anyway.</summary>
    public abstract Task LeaveAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected abstract ValueTask<bool> RunAsync(BenchStep step, CancellationToken cancellationToken);

    /// <summary>Opens TCP (no Nagle delay: one small request at a time) and TLS to a target, checking its certificate.</summary>
    protected static async Task<(TcpClient Tcp, SslStream Tls)> ConnectAsync(BenchTarget target, X509Certificate2? clientCertificate, CancellationToken cancellationToken)
    {
        var trust = new ServerTrust(target.Pin, target.Insecure);
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(target.Host, target.Port, cancellationToken).ConfigureAwait(false);
            var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = target.Host,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificates = clientCertificate is null ? null : [clientCertificate],
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => trust.Accepts(certificate as X509Certificate2, errors),
            }, cancellationToken).ConfigureAwait(false);
            return (tcp, tls);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }
}
