namespace Rrp2Epp.Epp;

/// <summary>The domain status values of RFC 5731 §2.3.</summary>
public static class DomainStatuses
{
    public const string ClientDeleteProhibited = "clientDeleteProhibited";
    public const string ClientHold = "clientHold";
    public const string ClientRenewProhibited = "clientRenewProhibited";
    public const string ClientTransferProhibited = "clientTransferProhibited";
    public const string ClientUpdateProhibited = "clientUpdateProhibited";
    public const string Inactive = "inactive";
    public const string Ok = "ok";
    public const string PendingCreate = "pendingCreate";
    public const string PendingDelete = "pendingDelete";
    public const string PendingRenew = "pendingRenew";
    public const string PendingTransfer = "pendingTransfer";
    public const string PendingUpdate = "pendingUpdate";
    public const string ServerDeleteProhibited = "serverDeleteProhibited";
    public const string ServerHold = "serverHold";
    public const string ServerRenewProhibited = "serverRenewProhibited";
    public const string ServerTransferProhibited = "serverTransferProhibited";
    public const string ServerUpdateProhibited = "serverUpdateProhibited";

    /// <summary>Every value, in schema order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ClientDeleteProhibited, ClientHold, ClientRenewProhibited, ClientTransferProhibited, ClientUpdateProhibited,
        Inactive, Ok, PendingCreate, PendingDelete, PendingRenew, PendingTransfer, PendingUpdate,
        ServerDeleteProhibited, ServerHold, ServerRenewProhibited, ServerTransferProhibited, ServerUpdateProhibited,
    ];
}
