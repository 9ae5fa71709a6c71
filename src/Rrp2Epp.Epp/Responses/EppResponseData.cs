namespace Rrp2Epp.Epp.Responses;

/// <summary>A child of <c>&lt;resData&gt;</c>. The known ones are the domain, host and contact data types of RFC 5731-5733.</summary>
public abstract record EppResponseData
{
    private protected EppResponseData()
    {
    }
}

/// <summary>A resData element this library does not read (a registry-specific object, say).</summary>
/// <param name="NamespaceUri">Its namespace URI.</param>
/// <param name="LocalName">Its local name.</param>
public sealed record UnknownResponseData(string NamespaceUri, string LocalName) : EppResponseData;

/// <summary>One <c>cd</c> of a check answer.</summary>
/// <param name="Name">The name or id checked.</param>
/// <param name="Available">True when it can be created.</param>
/// <param name="Reason">Why it is not available, when given.</param>
public sealed record EppCheckItem(string Name, bool Available, string? Reason);

/// <summary><c>domain:chkData</c>.</summary>
/// <param name="Items">One entry per name, in order.</param>
public sealed record DomainCheckData(IReadOnlyList<EppCheckItem> Items) : EppResponseData;

/// <summary><c>host:chkData</c>.</summary>
/// <param name="Items">One entry per name, in order.</param>
public sealed record HostCheckData(IReadOnlyList<EppCheckItem> Items) : EppResponseData;

/// <summary><c>contact:chkData</c>.</summary>
/// <param name="Items">One entry per id, in order.</param>
public sealed record ContactCheckData(IReadOnlyList<EppCheckItem> Items) : EppResponseData;

/// <summary><c>domain:creData</c>.</summary>
/// <param name="Name">The domain created.</param>
/// <param name="CreatedAt">crDate.</param>
/// <param name="ExpiresAt">exDate, when given.</param>
public sealed record DomainCreateData(string Name, DateTimeOffset? CreatedAt, DateTimeOffset? ExpiresAt) : EppResponseData;

/// <summary><c>domain:renData</c>.</summary>
/// <param name="Name">The domain renewed.</param>
/// <param name="ExpiresAt">The new exDate, when given.</param>
public sealed record DomainRenewData(string Name, DateTimeOffset? ExpiresAt) : EppResponseData;

/// <summary><c>host:creData</c>.</summary>
/// <param name="Name">The host created.</param>
/// <param name="CreatedAt">crDate.</param>
public sealed record HostCreateData(string Name, DateTimeOffset? CreatedAt) : EppResponseData;

/// <summary><c>contact:creData</c>.</summary>
/// <param name="Id">The contact created.</param>
/// <param name="CreatedAt">crDate.</param>
public sealed record ContactCreateData(string Id, DateTimeOffset? CreatedAt) : EppResponseData;

/// <summary>
/// <c>domain:panData</c>, <c>host:panData</c> or <c>contact:panData</c> (RFC 5731 §3.3): the outcome
/// of an action that was answered 1001. Match the ids against stored transactions.
/// </summary>
/// <param name="ObjectNamespace">The object mapping's namespace URI.</param>
/// <param name="Name">The domain or host name, or the contact id.</param>
/// <param name="Succeeded">paResult: true when the action was done, false when it was denied.</param>
/// <param name="ClientTransactionId">paTRID/clTRID of the original command.</param>
/// <param name="ServerTransactionId">paTRID/svTRID of the original command.</param>
/// <param name="At">paDate.</param>
public sealed record PendingActionData(
    string ObjectNamespace,
    string Name,
    bool Succeeded,
    string? ClientTransactionId,
    string? ServerTransactionId,
    DateTimeOffset? At) : EppResponseData;
