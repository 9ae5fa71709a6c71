using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Rrp2Epp.Epp.Client;

/// <summary>Opens the TCP connection and completes the TLS handshake with the configured certificate checks.</summary>
internal static class EppTlsConnector
{
    /// <summary>A TLS stream to the registry, the socket under it (owned by the stream) and the presented certificate's SHA-256 thumbprint.</summary>
    /// <exception cref="EppTransportException">Connect or handshake failed, or the certificate was refused.</exception>
    public static async Task<(SslStream Stream, Socket Socket, string? Thumbprint)> OpenAsync(EppConnectionOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            try
            {
                await socket.ConnectAsync(options.Host, options.Port, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw Failure(options, EppTransportFailure.ConnectTimedOut, $"no TCP connection within {options.ConnectTimeout.TotalSeconds:0.###} s", e);
            }
            catch (SocketException e)
            {
                throw Failure(options, EppTransportFailure.ConnectFailed, e.Message, e);
            }

            var validator = new ServerCertificateValidator(options);
            var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
            var authentication = new SslClientAuthenticationOptions
            {
                TargetHost = options.EffectiveTargetHost,
                ClientCertificates = [options.ClientCertificate!],
                EnabledSslProtocols = options.Protocols,
                CertificateRevocationCheckMode = options.CheckCertificateRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = validator.Validate,
                CertificateChainPolicy = validator.ChainPolicy,
            };
            try
            {
                await ssl.AuthenticateAsClientAsync(authentication, linked.Token).ConfigureAwait(false);
                return (ssl, socket, validator.PresentedThumbprint);
            }
            catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException)
            {
                await ssl.DisposeAsync().ConfigureAwait(false);
                if (e is OperationCanceledException && !timeout.IsCancellationRequested)
                {
                    throw;
                }

                throw e switch
                {
                    OperationCanceledException => Failure(options, EppTransportFailure.ConnectTimedOut, $"no TLS session within {options.ConnectTimeout.TotalSeconds:0.###} s", e),
                    _ when validator.RejectionReason is not null => Failure(options, EppTransportFailure.ServerCertificateRejected, validator.RejectionReason, e),
                    _ => Failure(options, EppTransportFailure.TlsHandshakeFailed, e.Message, e),
                };
            }
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A connect-time failure: nothing was sent.</summary>
    public static EppTransportException Failure(EppConnectionOptions options, EppTransportFailure failure, string detail, Exception? inner) =>
        new(failure, EppDelivery.NotSent, EppCommandKind.Connect, null, $"EPP connect to {options.Host}:{options.Port} failed ({failure}): {detail}", inner);
}
