namespace Rrp2Epp.Epp;

/// <summary>The host status values of RFC 5732 §2.3.</summary>
public static class HostStatuses
{
    public const string ClientDeleteProhibited = "clientDeleteProhibited";
    public const string ClientUpdateProhibited = "clientUpdateProhibited";
    public const string Linked = "linked";
    public const string Ok = "ok";
    public const string PendingCreate = "pendingCreate";
    public const string PendingDelete = "pendingDelete";
    public const string PendingTransfer = "pendingTransfer";
    public const string PendingUpdate = "pendingUpdate";
    public const string ServerDeleteProhibited = "serverDeleteProhibited";
    public const string ServerUpdateProhibited = "serverUpdateProhibited";
}
