namespace Rrp2Epp.Rrp;

/// <summary>
/// Response attribute names as real clients read them (reference §3.4: the spaced lower-case forms of the RFC
/// examples; Net::DRI compares names case-insensitively but needs the spaces).
/// </summary>
public static class RrpAttributeNames
{
    /// <summary><c>registration expiration date</c> (ADD, RENEW, STATUS), not the ABNF's <c>RegistrationExpirationDate</c>.</summary>
    public const string RegistrationExpirationDate = "registration expiration date";

    /// <summary><c>registrar</c>: the sponsoring registrar (STATUS).</summary>
    public const string Registrar = "registrar";

    /// <summary><c>registrar transfer date</c> (STATUS).</summary>
    public const string RegistrarTransferDate = "registrar transfer date";

    /// <summary><c>status</c>: one line per domain status (ADD, STATUS domain).</summary>
    public const string Status = "status";

    /// <summary><c>created date</c> (STATUS).</summary>
    public const string CreatedDate = "created date";

    /// <summary><c>created by</c> (STATUS).</summary>
    public const string CreatedBy = "created by";

    /// <summary><c>updated date</c> (STATUS).</summary>
    public const string UpdatedDate = "updated date";

    /// <summary><c>updated by</c> (STATUS).</summary>
    public const string UpdatedBy = "updated by";

    /// <summary><c>nameserver</c>: a delegated host (STATUS domain) or the host itself (STATUS name server).</summary>
    public const string NameServer = "nameserver";

    /// <summary><c>ipAddress</c>, as in the RFC's CHECK 213 example.</summary>
    public const string IpAddress = "ipAddress";

    /// <summary><c>ipaddress</c>, as in the RFC's STATUS name-server example.</summary>
    public const string StatusIpAddress = "ipaddress";

    /// <summary><c>Protocol</c>: DESCRIBE's <c>Protocol:RRP 2.0.0</c>.</summary>
    public const string Protocol = "Protocol";
}
