namespace Rrp2Epp.Epp.Responses;

/// <summary><c>host:infData</c> (RFC 5732 §3.1.2).</summary>
public sealed record HostInfoData : EppResponseData
{
    /// <summary>The host name.</summary>
    public required string Name { get; init; }

    /// <summary>The repository object id.</summary>
    public string? Roid { get; init; }

    /// <summary>The statuses.</summary>
    public IReadOnlyList<EppStatus> Statuses { get; init; } = [];

    /// <summary>The addresses.</summary>
    public IReadOnlyList<HostAddress> Addresses { get; init; } = [];

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

    /// <summary>trDate.</summary>
    public DateTimeOffset? TransferredAt { get; init; }

    /// <summary>True when the host has the status <paramref name="value"/>.</summary>
    public bool HasStatus(string value) => Statuses.Any(s => string.Equals(s.Value, value, StringComparison.Ordinal));
}
