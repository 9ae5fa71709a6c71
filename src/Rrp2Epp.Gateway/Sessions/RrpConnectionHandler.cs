using System.Security.Cryptography;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>
/// Kestrel's entry point for one RRP listener (TLS is done by the connection middleware before it): gives every
/// connection a correlation id for the logs and runs its <see cref="RrpSession"/>.
/// </summary>
public sealed class RrpConnectionHandler(RrpListener listener, RrpSessionServices services) : ConnectionHandler
{
    private readonly ILogger _logger = services.Loggers.CreateLogger<RrpConnectionHandler>();

    /// <inheritdoc />
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var id = "rrp-" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        using (LogContext.PushProperty("RrpSession", id))
        {
            var tls = connection.Features.Get<ITlsHandshakeFeature>();
            _logger.LogInformation("RRP connection from {Remote:l} on {Listener:l} ({Version:l}, {Protocol} {Cipher})",
                connection.RemoteEndPoint, listener.Options.Name, listener.Options.Version, tls?.Protocol, tls?.NegotiatedCipherSuite);
            try
            {
                await new RrpSession(connection, listener, services).RunAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "RRP session failed");
            }

            _logger.LogInformation("RRP connection closed");
        }
    }
}
