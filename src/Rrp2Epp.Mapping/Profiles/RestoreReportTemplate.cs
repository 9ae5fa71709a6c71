namespace Rrp2Epp.Mapping.Profiles;

/// <summary>
/// The operator's text for RGP restore reports (RFC 3915 §4.2.5) when the profile sends them. RRP carries
/// none of this, so the same text is used for every restore of the profile's registry; <c>{domain}</c> in
/// any field is replaced with the domain name.
/// </summary>
/// <param name="PreData">Registration data before the delete (rgp:preData).</param>
/// <param name="PostData">Registration data at the time of the report (rgp:postData).</param>
/// <param name="Reason">Why the domain is restored (rgp:resReason).</param>
/// <param name="Statement1">The registrar did not restore the name to take it over or sell it.</param>
/// <param name="Statement2">The report is true to the best of the registrar's knowledge.</param>
public sealed record RestoreReportTemplate(string PreData, string PostData, string Reason, string Statement1, string Statement2)
{
    /// <summary>Optional further information (rgp:other).</summary>
    public string? Other { get; init; }

    /// <summary>The <c>lang</c> of the texts when not English.</summary>
    public string? Language { get; init; }
}
