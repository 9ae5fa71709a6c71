namespace Rrp2Epp.Epp;

/// <summary>What an exchange with the registry was: the command element (and object) it carried.</summary>
public enum EppCommandKind
{
    /// <summary>Opening a connection; the server's greeting answers it.</summary>
    Connect,
    /// <summary><c>&lt;hello&gt;</c>: keep-alive / service discovery, answered by a greeting.</summary>
    Hello,
    /// <summary><c>&lt;login&gt;</c>.</summary>
    Login,
    /// <summary><c>&lt;logout&gt;</c>.</summary>
    Logout,
    /// <summary><c>&lt;poll op="req"&gt;</c>.</summary>
    PollRequest,
    /// <summary><c>&lt;poll op="ack"&gt;</c>.</summary>
    PollAck,
    /// <summary><c>domain:check</c>.</summary>
    DomainCheck,
    /// <summary><c>domain:info</c>.</summary>
    DomainInfo,
    /// <summary><c>domain:create</c>.</summary>
    DomainCreate,
    /// <summary><c>domain:update</c>.</summary>
    DomainUpdate,
    /// <summary><c>domain:renew</c>.</summary>
    DomainRenew,
    /// <summary><c>domain:delete</c>.</summary>
    DomainDelete,
    /// <summary><c>domain:transfer op="request"</c>.</summary>
    DomainTransferRequest,
    /// <summary><c>domain:transfer op="query"</c>.</summary>
    DomainTransferQuery,
    /// <summary><c>domain:transfer op="approve"</c>.</summary>
    DomainTransferApprove,
    /// <summary><c>domain:transfer op="reject"</c>.</summary>
    DomainTransferReject,
    /// <summary><c>domain:transfer op="cancel"</c>.</summary>
    DomainTransferCancel,
    /// <summary><c>host:check</c>.</summary>
    HostCheck,
    /// <summary><c>host:info</c>.</summary>
    HostInfo,
    /// <summary><c>host:create</c>.</summary>
    HostCreate,
    /// <summary><c>host:update</c>.</summary>
    HostUpdate,
    /// <summary><c>host:delete</c>.</summary>
    HostDelete,
    /// <summary><c>contact:check</c>.</summary>
    ContactCheck,
    /// <summary><c>contact:info</c>.</summary>
    ContactInfo,
    /// <summary><c>contact:create</c>.</summary>
    ContactCreate,
    /// <summary><c>domain:update</c> with <c>rgp:restore op="request"</c> (RFC 3915 §4.2.5).</summary>
    RgpRestoreRequest,
    /// <summary><c>domain:update</c> with <c>rgp:restore op="report"</c> (RFC 3915 §4.2.5).</summary>
    RgpRestoreReport,
}

/// <summary>
/// RFC 5730 §2.9's split of commands. Reconciliation depends on it: a query whose answer was lost
/// may simply be retried; a transform whose answer was lost has an unknown outcome.
/// </summary>
public enum EppCommandCategory
{
    /// <summary>Session management: connect, hello, login, logout.</summary>
    Session,

    /// <summary>Queries: check, info, poll, transfer query. They change no object.</summary>
    Query,

    /// <summary>Transforms: create, update, renew, delete, transfer request/approve/reject/cancel, restore.</summary>
    Transform,
}

/// <summary>Facts about <see cref="EppCommandKind"/> values.</summary>
public static class EppCommandKinds
{
    /// <summary>The RFC 5730 §2.9 category of a kind.</summary>
    public static EppCommandCategory Category(this EppCommandKind kind) => kind switch
    {
        EppCommandKind.Connect or EppCommandKind.Hello or EppCommandKind.Login or EppCommandKind.Logout => EppCommandCategory.Session,
        EppCommandKind.PollRequest or EppCommandKind.PollAck or EppCommandKind.DomainCheck or EppCommandKind.DomainInfo
            or EppCommandKind.DomainTransferQuery or EppCommandKind.HostCheck or EppCommandKind.HostInfo
            or EppCommandKind.ContactCheck or EppCommandKind.ContactInfo => EppCommandCategory.Query,
        _ => EppCommandCategory.Transform,
    };

    /// <summary>True for transforms (see <see cref="EppCommandCategory.Transform"/>).</summary>
    public static bool IsTransform(this EppCommandKind kind) => kind.Category() == EppCommandCategory.Transform;

    /// <summary>A short name for logs, e.g. <c>domain:create</c> or <c>domain:transfer(request)</c>.</summary>
    public static string LogName(this EppCommandKind kind) => kind switch
    {
        EppCommandKind.Connect => "connect",
        EppCommandKind.Hello => "hello",
        EppCommandKind.Login => "login",
        EppCommandKind.Logout => "logout",
        EppCommandKind.PollRequest => "poll(req)",
        EppCommandKind.PollAck => "poll(ack)",
        EppCommandKind.DomainCheck => "domain:check",
        EppCommandKind.DomainInfo => "domain:info",
        EppCommandKind.DomainCreate => "domain:create",
        EppCommandKind.DomainUpdate => "domain:update",
        EppCommandKind.DomainRenew => "domain:renew",
        EppCommandKind.DomainDelete => "domain:delete",
        EppCommandKind.DomainTransferRequest => "domain:transfer(request)",
        EppCommandKind.DomainTransferQuery => "domain:transfer(query)",
        EppCommandKind.DomainTransferApprove => "domain:transfer(approve)",
        EppCommandKind.DomainTransferReject => "domain:transfer(reject)",
        EppCommandKind.DomainTransferCancel => "domain:transfer(cancel)",
        EppCommandKind.HostCheck => "host:check",
        EppCommandKind.HostInfo => "host:info",
        EppCommandKind.HostCreate => "host:create",
        EppCommandKind.HostUpdate => "host:update",
        EppCommandKind.HostDelete => "host:delete",
        EppCommandKind.ContactCheck => "contact:check",
        EppCommandKind.ContactInfo => "contact:info",
        EppCommandKind.ContactCreate => "contact:create",
        EppCommandKind.RgpRestoreRequest => "domain:update+rgp:restore(request)",
        EppCommandKind.RgpRestoreReport => "domain:update+rgp:restore(report)",
        _ => kind.ToString(),
    };
}
