namespace Rrp2Epp.Epp.Commands;

/// <summary>The content of an RGP restore report (RFC 3915 §4.2.5, <c>rgp:report</c>).</summary>
/// <param name="PreData">Registration data before the delete.</param>
/// <param name="PostData">Registration data at the time of the report.</param>
/// <param name="DeletedAt">delTime: when the domain was deleted.</param>
/// <param name="RestoreRequestedAt">resTime: when the restore was requested.</param>
/// <param name="Reason">resReason: why the domain is restored.</param>
/// <param name="Statement1">First statement: the registrar did not restore the name to take it over or sell it.</param>
/// <param name="Statement2">Second statement: the report is true to the best of the registrar's knowledge.</param>
public sealed record RgpRestoreReport(
    string PreData,
    string PostData,
    DateTimeOffset DeletedAt,
    DateTimeOffset RestoreRequestedAt,
    string Reason,
    string Statement1,
    string Statement2)
{
    /// <summary>Optional further information (<c>rgp:other</c>).</summary>
    public string? Other { get; init; }

    /// <summary>The <c>lang</c> of the reason and statements when not English.</summary>
    public string? Language { get; init; }
}
