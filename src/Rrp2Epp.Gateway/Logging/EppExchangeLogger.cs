using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;

namespace Rrp2Epp.Gateway.Logging;

/// <summary>
/// Logs every EPP exchange (command, object, clTRID, svTRID, result code, elapsed time) in the RRP session's log
/// context; at the most verbose level also each frame, already redacted by the EPP client (passwords and authInfo
/// become <c>***</c>).
/// </summary>
public sealed class EppExchangeLogger(ILogger<EppExchangeLogger> logger) : IEppExchangeObserver
{
    /// <inheritdoc />
    public bool WantsFrames => logger.IsEnabled(LogLevel.Trace);

    /// <inheritdoc />
    public void OnExchange(EppExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.Failure is { } failure)
        {
            logger.LogWarning("EPP {EppCommand:l} {Object:l} on {Connection:l} failed: {Failure} ({Delivery}) clTRID {ClTrid:l} after {ElapsedMs:0.0} ms",
                exchange.Kind.LogName(), exchange.ObjectName, exchange.ConnectionId, failure, exchange.Delivery, exchange.ClientTransactionId, exchange.Elapsed.TotalMilliseconds);
            return;
        }

        if (exchange.ResultCode is null)
        {
            // Connect and greeting exchanges carry no result code and no transaction ids.
            logger.LogInformation("EPP {EppCommand:l} {Object:l} on {Connection:l} in {ElapsedMs:0.0} ms", exchange.Kind.LogName(), exchange.ObjectName, exchange.ConnectionId, exchange.Elapsed.TotalMilliseconds);
            return;
        }

        logger.LogInformation("EPP {EppCommand:l} {Object:l} on {Connection:l} → {EppCode} clTRID {ClTrid:l} svTRID {SvTrid:l} in {ElapsedMs:0.0} ms",
            exchange.Kind.LogName(), exchange.ObjectName, exchange.ConnectionId, (int?)exchange.ResultCode, exchange.ClientTransactionId, exchange.ServerTransactionId, exchange.Elapsed.TotalMilliseconds);
    }

    /// <inheritdoc />
    public void OnFrame(string connectionId, EppFrameDirection direction, string redactedXml) =>
        logger.LogTrace("EPP frame {Direction} on {Connection:l}: {Frame:l}", direction, connectionId, redactedXml);
}
