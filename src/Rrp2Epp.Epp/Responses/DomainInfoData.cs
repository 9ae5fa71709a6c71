namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// <c>domain:infData</c> (RFC 5731 §3.1.2). Fields the server left out are null or empty (a
/// non-sponsor may get name, roid and clID only).
/// </summary>
public sealed record DomainInfoData : EppResponseData
{
    /// <summary>The domain name.</summary>
    public required string Name { get; init; }

    /// <summary>The repository object id.</summary>
    public string? Roid { get; init; }

    /// <summary>The statuses.</summary>
    public IReadOnlyList<EppStatus> Statuses { get; init; } = [];

    /// <summary>The registrant id.</summary>
    public string? Registrant { get; init; }

    /// <summary>The contacts.</summary>
    public IReadOnlyList<DomainContact> Contacts { get; init; } = [];

    /// <summary>The delegated name servers (host objects or attributes), null when none are listed.</summary>
    public DomainNameServers? NameServers { get; init; }

    /// <summary>The subordinate hosts (<c>domain:host</c>).</summary>
    public IReadOnlyList<string> SubordinateHosts { get; init; } = [];

    /// <summary>clID: the sponsoring client.</summary>
    public string? ClientId { get; init; }

    /// <summary>crID.</summary>
    public string? CreatorId { get; init; }

    /// <summary>crDate.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>upID.</summary>
    public string? UpdaterId { get; init; }

    /// <summary>upDate.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>exDate.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>trDate.</summary>
    public DateTimeOffset? TransferredAt { get; init; }

    /// <summary>The authInfo password, when the server returned one (prints as <c>***</c>).</summary>
    public EppSecret? AuthInfo { get; init; }

    /// <summary>True when the domain has the status <paramref name="value"/>.</summary>
    public bool HasStatus(string value) => Statuses.Any(s => string.Equals(s.Value, value, StringComparison.Ordinal));
}
