namespace Rrp2Epp.Epp.Responses;

/// <summary><c>contact:infData</c> (RFC 5733 §3.1.2).</summary>
public sealed record ContactInfoData : EppResponseData
{
    /// <summary>The contact id.</summary>
    public required string Id { get; init; }

    /// <summary>The repository object id.</summary>
    public string? Roid { get; init; }

    /// <summary>The statuses.</summary>
    public IReadOnlyList<EppStatus> Statuses { get; init; } = [];

    /// <summary>The postal information (int and/or loc).</summary>
    public IReadOnlyList<ContactPostalInfo> PostalInfo { get; init; } = [];

    /// <summary>The voice number.</summary>
    public ContactPhone? Voice { get; init; }

    /// <summary>The fax number.</summary>
    public ContactPhone? Fax { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

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

    /// <summary>The authInfo password, when returned (prints as <c>***</c>).</summary>
    public EppSecret? AuthInfo { get; init; }
}
