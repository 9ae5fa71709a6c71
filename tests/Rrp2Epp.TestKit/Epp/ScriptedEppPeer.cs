using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Channels;

namespace Rrp2Epp.TestKit.Epp;

/// <summary>Settings of a <see cref="ScriptedEppPeer"/>.</summary>
public sealed record ScriptedEppPeerOptions
{
    /// <summary>The greeting sent on connect (null: send none).</summary>
    public string? Greeting { get; init; } = EppExamples.Read("session-greeting.xml");

    /// <summary>Ask for (and require) a client certificate during the handshake.</summary>
    public bool RequireClientCertificate { get; init; } = true;

    /// <summary>The TLS versions offered (None: the system default).</summary>
    public SslProtocols Protocols { get; init; } = SslProtocols.None;
}

/// <summary>
/// A small EPP server for client tests: TLS on 127.0.0.1 with an ephemeral port, the example
/// greeting on connect, then each request answered by a script. It frames by hand (RFC 5734) so
/// that it shares no code with the client under test. It reads requests as they come while
/// answering them in order, so it can tell whether a client ever had two commands in flight
/// (<see cref="MaxOutstanding"/>).
/// </summary>
public sealed class ScriptedEppPeer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly X509Certificate2 _certificate;
    private readonly Func<EppPeerRequest, EppPeerReply> _script;
    private readonly ScriptedEppPeerOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<EppPeerRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly SemaphoreSlim _received = new(0);
    private readonly Task _acceptLoop;
    private int _connectionCount;
    private int _sequence;
    private int _outstanding;
    private int _maxOutstanding;
    private int _handshakeFailures;

    private ScriptedEppPeer(X509Certificate2 certificate, Func<EppPeerRequest, EppPeerReply> script, ScriptedEppPeerOptions options)
    {
        _certificate = certificate;
        _script = script;
        _options = options;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<EppPeerRequest> Requests => _requests.ToArray();

    /// <summary>The most requests ever received but not yet answered at one time.</summary>
    public int MaxOutstanding => Volatile.Read(ref _maxOutstanding);

    /// <summary>Connections accepted.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>TLS handshakes that failed (e.g. the client refused the certificate).</summary>
    public int HandshakeFailures => Volatile.Read(ref _handshakeFailures);

    /// <summary>The client certificate of the last handshake.</summary>
    public X509Certificate2? LastClientCertificate { get; private set; }

    /// <summary>Starts a peer.</summary>
    public static ScriptedEppPeer Start(X509Certificate2 certificate, Func<EppPeerRequest, EppPeerReply> script, ScriptedEppPeerOptions? options = null) =>
        new(certificate, script, options ?? new ScriptedEppPeerOptions());

    /// <summary>Waits until <paramref name="count"/> requests in all have been received.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (_requests.Count < count)
        {
            await _received.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
            await Task.WhenAll(_connections).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The peer's own teardown errors are of no interest to the test.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            var index = Interlocked.Increment(ref _connectionCount) - 1;
            _connections.Add(Task.Run(() => ServeAsync(client, index)));
        }
    }

    private async Task ServeAsync(TcpClient client, int connection)
    {
        using var _ = client;
        await using var ssl = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
        var token = _stop.Token;
        try
        {
            await ssl.AuthenticateAsServerAsync(
                new SslServerAuthenticationOptions
                {
                    ServerCertificate = _certificate,
                    ClientCertificateRequired = _options.RequireClientCertificate,
                    EnabledSslProtocols = _options.Protocols,
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    {
                        LastClientCertificate = certificate is null ? null : new X509Certificate2(certificate);
                        return certificate is not null || !_options.RequireClientCertificate;
                    },
                },
                token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _handshakeFailures);
            return;
        }

        try
        {
            if (_options.Greeting is not null)
            {
                await ssl.WriteAsync(EppPeerReply.Frame(System.Text.Encoding.UTF8.GetBytes(_options.Greeting)), token).ConfigureAwait(false);
            }

            var inbox = Channel.CreateUnbounded<EppPeerRequest>();
            var reading = ReadRequestsAsync(ssl, connection, inbox.Writer, token);
            await foreach (var request in inbox.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                var reply = _script(request);
                if (reply.StallForever)
                {
                    await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
                }

                // Count the request as answered before the answer leaves: a client that waits for
                // it can only send its next command after this point.
                Interlocked.Decrement(ref _outstanding);
                if (reply.Bytes is not null)
                {
                    await ssl.WriteAsync(reply.Bytes(request), token).ConfigureAwait(false);
                    await ssl.FlushAsync(token).ConfigureAwait(false);
                }

                if (reply.CloseAfter)
                {
                    return;
                }
            }

            await reading.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The client went away or the peer is stopping: either ends this connection.
        }
    }

    private async Task ReadRequestsAsync(SslStream ssl, int connection, ChannelWriter<EppPeerRequest> inbox, CancellationToken token)
    {
        try
        {
            var header = new byte[4];
            while (true)
            {
                if (await ssl.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, token).ConfigureAwait(false) < 4)
                {
                    return;
                }

                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(header) - 4;
                if (length is <= 0 or > (1 << 24))
                {
                    return;
                }

                var payload = new byte[length];
                if (await ssl.ReadAtLeastAsync(payload, length, throwOnEndOfStream: false, token).ConfigureAwait(false) < length)
                {
                    return;
                }

                var request = new EppPeerRequest(connection, Interlocked.Increment(ref _sequence) - 1, payload);
                var outstanding = Interlocked.Increment(ref _outstanding);
                InterlockedMax(ref _maxOutstanding, outstanding);
                _requests.Enqueue(request);
                _received.Release();
                await inbox.WriteAsync(request, token).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Connection closed or peer stopping.
        }
        finally
        {
            inbox.TryComplete();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
