namespace Rrp2Epp.Epp.Client;

/// <summary>What went wrong with the transport (result-mapping.md §4 G1-G7, G11).</summary>
public enum EppTransportFailure
{
    /// <summary>The TCP connection could not be made (DNS, refused, unreachable): G1.</summary>
    ConnectFailed,
    /// <summary>TCP connect and TLS handshake took longer than the connect timeout: G1/G2.</summary>
    ConnectTimedOut,
    /// <summary>The TLS handshake failed (reset, no common protocol, client certificate refused): G2/G3.</summary>
    TlsHandshakeFailed,
    /// <summary>The server certificate failed the pin, chain or name check: G3 (lasting).</summary>
    ServerCertificateRejected,
    /// <summary>No greeting arrived within the command timeout: G4.</summary>
    GreetingTimedOut,
    /// <summary>The first frame was not a greeting, or not a trustworthy one: G4/G11.</summary>
    GreetingMalformed,
    /// <summary>The server closed the connection before answering.</summary>
    ConnectionClosed,
    /// <summary>The stream broke (reset, I/O error) while sending or waiting.</summary>
    ConnectionLost,
    /// <summary>The RFC 5734 framing broke: a bad length, over the cap, or EOF inside a frame.</summary>
    FramingError,
    /// <summary>No answer within the command timeout: G6/G7.</summary>
    ResponseTimedOut,
    /// <summary>The answer could not be trusted (not well formed, no code, a code outside RFC 5730): G11 a.</summary>
    MalformedResponse,
    /// <summary>The answer was the wrong kind of message (a greeting to a command, a response to a hello).</summary>
    UnexpectedMessage,
    /// <summary>The answer echoed a different clTRID: the connection is out of step (G11 b).</summary>
    TransactionIdMismatch,
    /// <summary>The caller cancelled after the command was sent.</summary>
    Cancelled,
    /// <summary>The connection was dead, closed or not connected; nothing was sent.</summary>
    ConnectionNotUsable,
}

/// <summary>Whether the registry may have acted on the command.</summary>
public enum EppDelivery
{
    /// <summary>Nothing was sent: the registry state is unchanged, a retry is safe.</summary>
    NotSent,

    /// <summary>
    /// The command was (or may have been) sent but no trustworthy answer came back: the registry
    /// may or may not have applied it. A transform must be reconciled (info/check) before it is
    /// reported (result-mapping.md §4 G7).
    /// </summary>
    OutcomeUnknown,
}

/// <summary>
/// A broken transport while connecting or exchanging a frame. Protocol outcomes (any result code)
/// are never exceptions; this is. Its message names the command kind, object and clTRID, never a
/// secret.
/// </summary>
public sealed class EppTransportException : IOException
{
    /// <summary>Creates the exception.</summary>
    public EppTransportException(EppTransportFailure failure, EppDelivery delivery, EppCommandKind commandKind, string? clientTransactionId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Delivery = delivery;
        CommandKind = commandKind;
        ClientTransactionId = clientTransactionId;
    }

    /// <summary>What went wrong.</summary>
    public EppTransportFailure Failure { get; }

    /// <summary>Whether the command reached the registry.</summary>
    public EppDelivery Delivery { get; }

    /// <summary>True when the registry may have applied the command.</summary>
    public bool OutcomeUnknown => Delivery == EppDelivery.OutcomeUnknown;

    /// <summary>The exchange that failed.</summary>
    public EppCommandKind CommandKind { get; }

    /// <summary>The clTRID that was sent (for reconciliation and logs), if any.</summary>
    public string? ClientTransactionId { get; }
}
