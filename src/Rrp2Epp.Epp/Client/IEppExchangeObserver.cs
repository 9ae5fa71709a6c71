namespace Rrp2Epp.Epp.Client;

/// <summary>Which way a frame went.</summary>
public enum EppFrameDirection
{
    /// <summary>From the gateway to the registry.</summary>
    Sent,

    /// <summary>From the registry to the gateway.</summary>
    Received,
}

/// <summary>
/// One exchange with the registry, for logs and metrics: what was sent, what came back, how long it
/// took. It never holds a secret.
/// </summary>
/// <param name="ConnectionId">The connection's id.</param>
/// <param name="Kind">The command (or connect/hello).</param>
/// <param name="ObjectName">The object the command was about, if any.</param>
/// <param name="ClientTransactionId">The clTRID sent, if any.</param>
/// <param name="ServerTransactionId">The svTRID received, if any.</param>
/// <param name="ResultCode">The first result code, when a response was received.</param>
/// <param name="Elapsed">From sending to the end of reading (or to the failure).</param>
/// <param name="BytesSent">Octets written (headers included).</param>
/// <param name="BytesReceived">Octets read (headers included).</param>
/// <param name="Failure">The transport failure, when the exchange failed.</param>
/// <param name="Delivery">Whether the registry may have acted, when the exchange failed.</param>
public sealed record EppExchange(
    string ConnectionId,
    EppCommandKind Kind,
    string? ObjectName,
    string? ClientTransactionId,
    string? ServerTransactionId,
    EppResultCode? ResultCode,
    TimeSpan Elapsed,
    int BytesSent,
    int BytesReceived,
    EppTransportFailure? Failure = null,
    EppDelivery? Delivery = null);

/// <summary>
/// Receives every exchange of an <see cref="EppConnection"/>, so a host can log them (with Serilog,
/// say) without this library depending on a logging package. Called on the exchanging thread; keep
/// it quick. Exceptions it throws are swallowed: logging must not break a session.
/// </summary>
public interface IEppExchangeObserver
{
    /// <summary>One exchange completed or failed.</summary>
    void OnExchange(EppExchange exchange);

    /// <summary>True to receive <see cref="OnFrame"/> calls (redaction costs a re-parse, so it is opt-in).</summary>
    bool WantsFrames => false;

    /// <summary>A frame with every password and authInfo replaced by <c>***</c> (see <see cref="EppFrameRedactor"/>).</summary>
    void OnFrame(string connectionId, EppFrameDirection direction, string redactedXml)
    {
    }
}
