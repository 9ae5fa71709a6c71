namespace Rrp2Epp.Epp.Responses;

/// <summary>The state of a transfer (<c>trStatus</c>, eppcom-1.0).</summary>
public enum EppTransferStatus
{
    /// <summary>A value this library does not know (see the response's anomalies).</summary>
    Unknown,
    /// <summary><c>pending</c>.</summary>
    Pending,
    /// <summary><c>clientApproved</c>.</summary>
    ClientApproved,
    /// <summary><c>clientCancelled</c>.</summary>
    ClientCancelled,
    /// <summary><c>clientRejected</c>.</summary>
    ClientRejected,
    /// <summary><c>serverApproved</c>.</summary>
    ServerApproved,
    /// <summary><c>serverCancelled</c>.</summary>
    ServerCancelled,
}

/// <summary>
/// <c>domain:trnData</c> (RFC 5731 §3.1.3): the answer to a transfer command and the body of a
/// transfer poll message. For a pending transfer, <see cref="ActingClientId"/> must act before
/// <see cref="ActionDate"/>; otherwise they say who acted and when.
/// </summary>
/// <param name="Name">The domain.</param>
/// <param name="Status">trStatus.</param>
/// <param name="RequestingClientId">reID.</param>
/// <param name="RequestedAt">reDate.</param>
/// <param name="ActingClientId">acID.</param>
/// <param name="ActionDate">acDate.</param>
/// <param name="ExpiresAt">exDate after the transfer, when given.</param>
public sealed record DomainTransferData(
    string Name,
    EppTransferStatus Status,
    string RequestingClientId,
    DateTimeOffset? RequestedAt,
    string ActingClientId,
    DateTimeOffset? ActionDate,
    DateTimeOffset? ExpiresAt) : EppResponseData;
