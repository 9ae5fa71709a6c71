namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// Which exchange a result row answers: the checks on the request itself, one of the EPP commands a translation
/// sends (the pre-flight reads, the command, the cascade steps), or the reconciliation after a lost answer.
/// </summary>
public enum TableStep
{
    /// <summary><c>request</c>: checks on the RRP request alone, before any EPP exchange (no EPP code).</summary>
    Request,

    /// <summary><c>login</c>.</summary>
    Login,

    /// <summary><c>logout</c>.</summary>
    Logout,

    /// <summary><c>domain:check</c>.</summary>
    DomainCheck,

    /// <summary><c>host:check</c> (CHECK NameServer, or whether the name servers a request names are registered).</summary>
    HostCheck,

    /// <summary><c>domain:info</c> of the request's domain.</summary>
    DomainInfo,

    /// <summary><c>host:info</c> of the request's host (for DEL Domain: of each child host).</summary>
    HostInfo,

    /// <summary><c>parent:info</c>: <c>domain:info</c> of the in-zone parent of the request's host.</summary>
    ParentInfo,

    /// <summary><c>newparent:info</c>: <c>domain:info</c> of the in-zone parent of a rename's new name.</summary>
    NewParentInfo,

    /// <summary><c>transfer:query</c>.</summary>
    TransferQuery,

    /// <summary><c>domain:create</c>.</summary>
    DomainCreate,

    /// <summary><c>host:create</c>.</summary>
    HostCreate,

    /// <summary><c>domain:update</c>.</summary>
    DomainUpdate,

    /// <summary><c>host:update</c>.</summary>
    HostUpdate,

    /// <summary><c>domain:delete</c>.</summary>
    DomainDelete,

    /// <summary><c>host:delete</c>.</summary>
    HostDelete,

    /// <summary><c>domain:renew</c>.</summary>
    DomainRenew,

    /// <summary><c>transfer:request</c>.</summary>
    TransferRequest,

    /// <summary><c>transfer:approve</c>.</summary>
    TransferApprove,

    /// <summary><c>transfer:reject</c>.</summary>
    TransferReject,

    /// <summary><c>transfer:cancel</c>.</summary>
    TransferCancel,

    /// <summary><c>restore:request</c>: the RGP restore request.</summary>
    RestoreRequest,

    /// <summary><c>restore:report</c>: the RGP restore report.</summary>
    RestoreReport,

    /// <summary><c>reconcile</c>: the verdict after a transform's answer was lost (no EPP code).</summary>
    Reconcile,
}

/// <summary>The tokens of <see cref="TableStep"/> as the files spell them.</summary>
public static class TableSteps
{
    private static readonly string[] Tokens =
    [
        "request", "login", "logout", "domain:check", "host:check", "domain:info", "host:info", "parent:info", "newparent:info",
        "transfer:query", "domain:create", "host:create", "domain:update", "host:update", "domain:delete", "host:delete",
        "domain:renew", "transfer:request", "transfer:approve", "transfer:reject", "transfer:cancel", "restore:request",
        "restore:report", "reconcile",
    ];

    /// <summary>The file token, e.g. <c>domain:info</c>.</summary>
    public static string ToToken(this TableStep step) => Tokens[(int)step];

    /// <summary>Reads a file token.</summary>
    public static bool TryParse(string token, out TableStep step)
    {
        var index = Array.IndexOf(Tokens, token);
        step = (TableStep)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Steps that carry no EPP code: the request checks and the reconciliation verdict.</summary>
    public static bool HasNoCode(this TableStep step) => step is TableStep.Request or TableStep.Reconcile;
}
