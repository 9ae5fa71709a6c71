using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Tls;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// The sandbox EPP registry server: a TCP listener, TLS 1.2+ per connection (a client certificate
/// required by default, RFC 5734 §9), RFC 5734 framing, one task per session. <see cref="StopAsync"/>
/// stops accepting, ends every session and waits for them.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<long, Task> _sessions = new();
    private readonly SslStreamCertificateContext _certificateContext;
    private readonly HashSet<string> _allowedClients;
    private bool _ownsCertificate;
    private Task? _acceptLoop;
    private long _connectionIds;
    private long _serverTrids;
    private long _hellos;
    private int _stopped;
    private bool _listening;

    /// <summary>Creates a server over an existing registry (so tests can hold the registry and its clock).</summary>
    /// <exception cref="SandboxOptionsException">The options are invalid (every problem is listed).</exception>
    public SandboxServer(SandboxOptions options, SandboxRegistry registry)
        : this(options, registry, null, options?.Certificate is null)
    {
    }

    private SandboxServer(SandboxOptions options, SandboxRegistry registry, SandboxFaults? faults, bool ownsCertificate, TcpListener? listening = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new SandboxOptionsException(errors);
        }

        Options = options;
        Registry = registry;
        Faults = faults ?? new SandboxFaults(options.Faults);
        _ownsCertificate = ownsCertificate;
        Certificate = options.Certificate ?? SelfSignedCertificates.Create("rrp2epp-sandbox", ["localhost", "127.0.0.1", "::1"]);
        CertificateThumbprint = SelfSignedCertificates.Sha256Thumbprint(Certificate);
        _certificateContext = SslStreamCertificateContext.Create(Certificate, null, offline: true);
        _allowedClients = new HashSet<string>(options.AllowedClientCertificates, StringComparer.OrdinalIgnoreCase);
        ObjectUris = registry.Policies.HostModel == HostModel.Objects
            ? [EppNamespaces.Domain, EppNamespaces.Host, EppNamespaces.Contact]
            : [EppNamespaces.Domain, EppNamespaces.Contact];
        ExtensionUris = options.AnnounceRgp ? [EppNamespaces.Rgp] : [];
        _listener = listening ?? new TcpListener(options.Listen);
        _listening = listening is not null;
    }

    /// <summary>Creates a server and its registry from a seed (the demo seed when null).</summary>
    /// <exception cref="SandboxSeedException">The seed breaks a rule.</exception>
    /// <exception cref="SandboxOptionsException">The options are invalid.</exception>
    public static SandboxServer Create(SandboxOptions options, SandboxSeed? seed, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new SandboxOptionsException(errors);
        }

        return new SandboxServer(options, new SandboxRegistry(options.Policies, time, seed));
    }

    /// <summary>The options in force.</summary>
    public SandboxOptions Options { get; }

    /// <summary>The registry (objects, rules, clock).</summary>
    public SandboxRegistry Registry { get; }

    /// <summary>The fault rules, changeable while the server runs.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>The server certificate.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate's SHA-256 thumbprint (upper-case hex), the form clients pin.</summary>
    public string CertificateThumbprint { get; }

    /// <summary>The bound endpoint (the real port when the options asked for port 0); valid after <see cref="Start"/>.</summary>
    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Open connections.</summary>
    public int ConnectionCount => _sessions.Count;

    /// <summary>The object services the greeting announces.</summary>
    public IReadOnlyList<string> ObjectUris { get; }

    /// <summary>The extensions the greeting announces.</summary>
    public IReadOnlyList<string> ExtensionUris { get; }

    /// <summary>How many <c>&lt;hello&gt;</c> commands this server has answered (keep-alive tests).</summary>
    public long HelloCount => Interlocked.Read(ref _hellos);

    /// <summary>Binds the listener and starts accepting.</summary>
    /// <exception cref="SocketException">The endpoint cannot be bound (in use, not local ...).</exception>
    public void Start()
    {
        if (_acceptLoop is not null)
        {
            throw new InvalidOperationException("The server is already started");
        }

        if (!_listening)
        {
            _listener.Start(512);
            _listening = true;
        }

        _acceptLoop = Task.Run(AcceptLoopAsync);
        Log($"listening on {Endpoint}, certificate SHA-256 {CertificateThumbprint}");
    }

    /// <summary>Stops accepting, ends every session (the connections close) and waits for them.</summary>
    public Task StopAsync() => StopCoreAsync(releaseListener: true);

    private async Task StopCoreAsync(bool releaseListener)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (releaseListener)
        {
            _listener.Stop();
        }

        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        await Task.WhenAll(_sessions.Values).ConfigureAwait(false);
    }

    /// <summary>
    /// A registry restart: stops this server (every session is dropped) and starts a new one on the same endpoint with
    /// the same registry state, certificate and fault rules. Dispose the returned server; this one is then spent. The
    /// listening socket passes to the new server, so no other process can take the port in between (connections that
    /// arrive meanwhile wait in its backlog for the new server).
    /// </summary>
    public async Task<SandboxServer> RestartAsync()
    {
        var endpoint = Endpoint;
        await StopCoreAsync(releaseListener: false).ConfigureAwait(false);
        var next = new SandboxServer(Options with { Listen = endpoint, Certificate = Certificate }, Registry, Faults, _ownsCertificate, _listener);
        _ownsCertificate = false;
        next.Start();
        return next;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
        if (_ownsCertificate)
        {
            Certificate.Dispose();
        }
    }

    internal string NextServerTrid() =>
        "SBX-" + Interlocked.Increment(ref _serverTrids).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    internal void Log(string message) => Options.Log?.Invoke(message);

    internal void CountHello() => Interlocked.Increment(ref _hellos);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException && _stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                Log($"accept failed: {e.Message}");
                continue;
            }

            if (_sessions.Count >= Options.MaxConnections)
            {
                socket.Dispose();
                continue;
            }

            var id = Interlocked.Increment(ref _connectionIds);
            _sessions[id] = RunConnectionAsync(id, socket);
        }
    }

    private async Task RunConnectionAsync(long id, Socket socket)
    {
        await Task.Yield();
        socket.NoDelay = true;
        var network = new NetworkStream(socket, ownsSocket: true);
        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            using (var handshake = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
            {
                handshake.CancelAfter(Options.HandshakeTimeout);
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = _certificateContext,
                    ClientCertificateRequired = Options.RequireClientCertificate,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                    RemoteCertificateValidationCallback = ValidateClientCertificate,
                }, handshake.Token).ConfigureAwait(false);
            }

            await new SandboxSession(this, ssl).RunAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or AuthenticationException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            Log($"connection {id} ended: {e.GetType().Name}: {e.Message}");
        }
#pragma warning disable CA1031 // A bug in one session must not take the server down; it is logged and that connection closes.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log($"connection {id} failed: {e}");
        }
        finally
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            _sessions.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Client certificates: required by default (RFC 5734 §9). The sandbox has no CA, so any
    /// certificate is accepted unless thumbprints are pinned in the options.
    /// </summary>
    private bool ValidateClientCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return !Options.RequireClientCertificate;
        }

        if (_allowedClients.Count == 0)
        {
            return true;
        }

        var hash = Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
        return _allowedClients.Contains(hash);
    }
}
