namespace Rrp2Epp.Sandbox;

// The registry's mutable state. Every field is read and written only under SandboxRegistry's lock;
// responses carry immutable snapshots, never these objects.

/// <summary>A registrar account: credentials, credit, poll queue, session count.</summary>
internal sealed class Registrar(string id, string password, int? credit)
{
    public string Id { get; } = id;

    public string Password { get; set; } = password;

    /// <summary>Domain-years left; null: unlimited.</summary>
    public int? Credit { get; set; } = credit;

    public LinkedList<PollMessage> Queue { get; } = new();

    public int Sessions { get; set; }

    /// <summary>Successful logins so far (pooling tests count them).</summary>
    public int Logins { get; set; }
}

/// <summary>A grace period (RFC 3915 addPeriod, renewPeriod, autoRenewPeriod, transferPeriod) and when it ends.</summary>
internal sealed record GracePeriod(string Status, DateTimeOffset Until, int RefundYears);

/// <summary>Where a deleted domain is in the RGP life cycle (RFC 3915 §2).</summary>
internal enum DeletionPhase
{
    RedemptionPeriod,
    PendingRestore,
    PendingDelete,
}

/// <summary>The deletion state of a domain in pendingDelete.</summary>
/// <summary>The transaction ids of a command answered 1001, echoed in its pending-action notice (paTRID).</summary>
internal sealed record TransactionIds(string? ClTrid, string SvTrid);

internal sealed class Deletion
{
    /// <summary>The delete command (its purge notice echoes it).</summary>
    public TransactionIds? Command { get; init; }

    public DeletionPhase Phase { get; set; }

    public DateTimeOffset DeletedAt { get; init; }

    /// <summary>When the redemption period ends (fixed at the delete).</summary>
    public DateTimeOffset RedemptionEnds { get; init; }

    /// <summary>When the current phase ends.</summary>
    public DateTimeOffset PhaseEnds { get; set; }

    /// <summary>When the restore was requested (pendingRestore).</summary>
    public DateTimeOffset? RestoreRequestedAt { get; set; }

    public string RgpStatus => Phase switch
    {
        DeletionPhase.RedemptionPeriod => "redemptionPeriod",
        DeletionPhase.PendingRestore => "pendingRestore",
        _ => "pendingDelete",
    };
}

/// <summary>The current or latest transfer of a domain (RFC 5731 §3.1.3, §3.2.4).</summary>
internal sealed class TransferRecord
{
    public required string Status { get; set; }

    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>For a pending transfer: the client that must act (the sponsor); afterwards: the client that acted.</summary>
    public required string ActingId { get; set; }

    /// <summary>For a pending transfer: the auto-approval time; afterwards: when it was acted on.</summary>
    public required DateTimeOffset ActingAt { get; set; }

    public int Years { get; init; } = 1;

    /// <summary>The domain's expiry after the transfer (projected while pending).</summary>
    public DateTimeOffset? ExDate { get; set; }

    public bool Pending => Status == "pending";
}

/// <summary>A domain object (RFC 5731).</summary>
internal sealed class DomainObject
{
    public required string Name { get; init; }

    public required string Roid { get; init; }

    public required string Sponsor { get; set; }

    public required string CrId { get; init; }

    public required DateTimeOffset CrDate { get; init; }

    public string? UpId { get; set; }

    public DateTimeOffset? UpDate { get; set; }

    public required DateTimeOffset ExDate { get; set; }

    public DateTimeOffset? TrDate { get; set; }

    public required string AuthInfo { get; set; }

    public ObjectStatus Statuses { get; set; }

    /// <summary>Optional texts of stored statuses (domain:status element content).</summary>
    public Dictionary<ObjectStatus, (string Text, string? Lang)>? StatusTexts { get; set; }

    public List<HostObject> NameServers { get; } = [];

    /// <summary>Host objects whose names lie under this domain (RFC 5732 §1.1).</summary>
    public List<HostObject> Subordinates { get; } = [];

    public List<HostAttr> HostAttributes { get; } = [];

    public string? Registrant { get; set; }

    public List<ContactRef> Contacts { get; } = [];

    public List<GracePeriod> Grace { get; } = [];

    public Deletion? Deletion { get; set; }

    public TransferRecord? Transfer { get; set; }

    /// <summary>Statuses held before the delete, given back by a restore.</summary>
    public ObjectStatus StatusesBeforeDelete { get; set; }

    /// <summary>The time the registry queued for this domain's next time-driven transition.</summary>
    public DateTimeOffset ScheduledEvent { get; set; } = DateTimeOffset.MaxValue;

    public bool Purged { get; set; }

    /// <summary>The create waiting for the registry's decision (pendingCreate), or null.</summary>
    public TransactionIds? PendingCreate { get; set; }

    /// <summary>The pending state that blocks transforms: pendingDelete, pendingTransfer, pendingCreate, or null.</summary>
    public string? PendingState => Deletion is not null ? "pendingDelete" : PendingTransfer ? "pendingTransfer" : PendingCreate is not null ? "pendingCreate" : null;

    public bool PendingTransfer => Transfer is { Pending: true };

    public int NameServerCount => NameServers.Count + HostAttributes.Count;

    /// <summary>The next time-driven transition: a phase end while deleted, else the earlier of auto-approval and expiry.</summary>
    public DateTimeOffset NextEvent
    {
        get
        {
            if (Deletion is not null)
            {
                return Deletion.PhaseEnds;
            }

            return PendingTransfer && Transfer!.ActingAt < ExDate ? Transfer.ActingAt : ExDate;
        }
    }
}

/// <summary>A host object (RFC 5732).</summary>
internal sealed class HostObject
{
    public required string Name { get; set; }

    public required string Roid { get; init; }

    public required string Sponsor { get; set; }

    public required string CrId { get; init; }

    public required DateTimeOffset CrDate { get; init; }

    public string? UpId { get; set; }

    public DateTimeOffset? UpDate { get; set; }

    public DateTimeOffset? TrDate { get; set; }

    /// <summary>Canonical address texts.</summary>
    public List<string> Addresses { get; } = [];

    public ObjectStatus Statuses { get; set; }

    public Dictionary<ObjectStatus, (string Text, string? Lang)>? StatusTexts { get; set; }

    /// <summary>How many domains delegate to this host.</summary>
    public int LinkCount { get; set; }

    /// <summary>The domain this host is subordinate to (internal hosts), or null (external hosts).</summary>
    public DomainObject? Superordinate { get; set; }

    public bool Deleted { get; set; }
}

/// <summary>A contact object (RFC 5733).</summary>
internal sealed class ContactObject
{
    public required string Id { get; init; }

    public required string Roid { get; init; }

    public required string Sponsor { get; set; }

    public required string CrId { get; init; }

    public required DateTimeOffset CrDate { get; init; }

    public string? UpId { get; set; }

    public DateTimeOffset? UpDate { get; set; }

    public DateTimeOffset? TrDate { get; set; }

    public required List<PostalInfo> PostalInfos { get; set; }

    public Phone? Voice { get; set; }

    public Phone? Fax { get; set; }

    public required string Email { get; set; }

    public required string AuthInfo { get; set; }

    public Disclose? Disclose { get; set; }

    public ObjectStatus Statuses { get; set; }

    public Dictionary<ObjectStatus, (string Text, string? Lang)>? StatusTexts { get; set; }

    public int LinkCount { get; set; }
}
