namespace Rrp2Epp.Epp;

/// <summary>The RGP status values of RFC 3915 §3.</summary>
public static class RgpStatuses
{
    public const string AddPeriod = "addPeriod";
    public const string AutoRenewPeriod = "autoRenewPeriod";
    public const string RenewPeriod = "renewPeriod";
    public const string TransferPeriod = "transferPeriod";
    public const string PendingDelete = "pendingDelete";
    public const string PendingRestore = "pendingRestore";
    public const string RedemptionPeriod = "redemptionPeriod";
}
