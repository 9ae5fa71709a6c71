namespace Rrp2Epp.Sandbox;

/// <summary>
/// The statuses a registry stores on an object (RFC 5731 §2.3, 5732 §2.3, 5733 §2.2). The
/// derived ones (<c>ok</c>, <c>inactive</c>, <c>linked</c>, <c>pendingDelete</c>,
/// <c>pendingTransfer</c>) are computed from the object's state and never stored.
/// </summary>
[Flags]
internal enum ObjectStatus
{
    None = 0,
    ClientHold = 1 << 0,
    ServerHold = 1 << 1,
    ClientDeleteProhibited = 1 << 2,
    ClientRenewProhibited = 1 << 3,
    ClientTransferProhibited = 1 << 4,
    ClientUpdateProhibited = 1 << 5,
    ServerDeleteProhibited = 1 << 6,
    ServerRenewProhibited = 1 << 7,
    ServerTransferProhibited = 1 << 8,
    ServerUpdateProhibited = 1 << 9,
}

/// <summary>Names, masks and the combination rules of the stored statuses.</summary>
internal static class ObjectStatuses
{
    private static readonly (string Name, ObjectStatus Flag)[] Table =
    [
        ("clientHold", ObjectStatus.ClientHold),
        ("serverHold", ObjectStatus.ServerHold),
        ("clientDeleteProhibited", ObjectStatus.ClientDeleteProhibited),
        ("clientRenewProhibited", ObjectStatus.ClientRenewProhibited),
        ("clientTransferProhibited", ObjectStatus.ClientTransferProhibited),
        ("clientUpdateProhibited", ObjectStatus.ClientUpdateProhibited),
        ("serverDeleteProhibited", ObjectStatus.ServerDeleteProhibited),
        ("serverRenewProhibited", ObjectStatus.ServerRenewProhibited),
        ("serverTransferProhibited", ObjectStatus.ServerTransferProhibited),
        ("serverUpdateProhibited", ObjectStatus.ServerUpdateProhibited),
    ];

    public const ObjectStatus DomainMask = (ObjectStatus)((1 << 10) - 1);

    public const ObjectStatus HostMask = ObjectStatus.ClientDeleteProhibited | ObjectStatus.ClientUpdateProhibited
        | ObjectStatus.ServerDeleteProhibited | ObjectStatus.ServerUpdateProhibited;

    public const ObjectStatus ContactMask = HostMask | ObjectStatus.ClientTransferProhibited | ObjectStatus.ServerTransferProhibited;

    public const ObjectStatus ClientSettable = ObjectStatus.ClientHold | ObjectStatus.ClientDeleteProhibited | ObjectStatus.ClientRenewProhibited
        | ObjectStatus.ClientTransferProhibited | ObjectStatus.ClientUpdateProhibited;

    public const ObjectStatus DeleteProhibited = ObjectStatus.ClientDeleteProhibited | ObjectStatus.ServerDeleteProhibited;
    public const ObjectStatus RenewProhibited = ObjectStatus.ClientRenewProhibited | ObjectStatus.ServerRenewProhibited;
    public const ObjectStatus TransferProhibited = ObjectStatus.ClientTransferProhibited | ObjectStatus.ServerTransferProhibited;
    public const ObjectStatus UpdateProhibited = ObjectStatus.ClientUpdateProhibited | ObjectStatus.ServerUpdateProhibited;

    /// <summary>The flag of a stored status name (case-sensitive, as the schema is), or null.</summary>
    public static ObjectStatus? Parse(string name)
    {
        foreach (var (n, flag) in Table)
        {
            if (n == name)
            {
                return flag;
            }
        }

        return null;
    }

    /// <summary>The names of the set flags, in a stable order.</summary>
    public static IEnumerable<string> Names(ObjectStatus statuses)
    {
        foreach (var (n, flag) in Table)
        {
            if ((statuses & flag) != 0)
            {
                yield return n;
            }
        }
    }

    /// <summary>The name of one flag.</summary>
    public static string Name(ObjectStatus flag)
    {
        foreach (var (n, f) in Table)
        {
            if (f == flag)
            {
                return n;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(flag));
    }
}
