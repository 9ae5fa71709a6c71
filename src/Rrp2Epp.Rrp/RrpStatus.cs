namespace Rrp2Epp.Rrp;

/// <summary>
/// Domain status words: RFC 2832 §6's six, then VeriSign's four later words (reference §6.2). The declaration order
/// is the fixed output order of result-mapping.md §5.1, so sorting by value gives stable transcripts.
/// </summary>
public enum RrpStatus
{
    /// <summary>ACTIVE: the registry's default; exclusive of the other statuses.</summary>
    Active,

    /// <summary>REGISTRY-LOCK: set by the registry; no modify or delete.</summary>
    RegistryLock,

    /// <summary>REGISTRY-HOLD: set by the registry; not in the zone.</summary>
    RegistryHold,

    /// <summary>REGISTRAR-HOLD: set by the sponsoring registrar; not in the zone.</summary>
    RegistrarHold,

    /// <summary>REGISTRAR-LOCK: set by the sponsoring registrar; no modify, delete or transfer.</summary>
    RegistrarLock,

    /// <summary>REGISTRY-DELETE-NOTIFY: an expired domain whose child hosts serve other domains.</summary>
    RegistryDeleteNotify,

    /// <summary>PENDINGTRANSFER (VeriSign): a transfer awaits approval.</summary>
    PendingTransfer,

    /// <summary>REDEMPTIONPERIOD (VeriSign): deleted, restorable for 30 days.</summary>
    RedemptionPeriod,

    /// <summary>PENDINGRESTORE (VeriSign): restored, waiting for the restore report.</summary>
    PendingRestore,

    /// <summary>PENDINGDELETE (VeriSign): about to be purged.</summary>
    PendingDelete,
}
