using Rrp2Epp.Epp.Responses;

namespace Rrp2Epp.Mapping.Profiles;

/// <summary>Where a registry signals what RRP calls REGISTRY-DELETE-NOTIFY (result-mapping.md §5.2 step 7).</summary>
public enum DeleteNotifyMarkerKind
{
    /// <summary>A domain status value (a registry-specific <c>s</c> value).</summary>
    Status,

    /// <summary>The text of any domain status, compared ordinally and without case.</summary>
    StatusText,

    /// <summary>An element of the info response's <c>&lt;extension&gt;</c>, by namespace URI and local name.</summary>
    Extension,
}

/// <summary>
/// A registry's marker for REGISTRY-DELETE-NOTIFY, which standard EPP lacks. None by default; a profile sets
/// one only for a registry that documents such a signal.
/// </summary>
/// <param name="Kind">Where to look.</param>
/// <param name="Value">The status value or text; for <see cref="DeleteNotifyMarkerKind.Extension"/> the local name.</param>
/// <param name="NamespaceUri">For <see cref="DeleteNotifyMarkerKind.Extension"/>: the extension's namespace URI.</param>
public sealed record DeleteNotifyMarker(DeleteNotifyMarkerKind Kind, string Value, string? NamespaceUri = null)
{
    /// <summary>Whether an info response carries the marker.</summary>
    public bool Matches(EppResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var info = response.GetData<DomainInfoData>();
        return Kind switch
        {
            DeleteNotifyMarkerKind.Status => info is not null && info.HasStatus(Value),
            DeleteNotifyMarkerKind.StatusText => info is not null
                && info.Statuses.Any(s => s.Text is not null && s.Text.Contains(Value, StringComparison.OrdinalIgnoreCase)),
            _ => response.Extensions.OfType<UnknownExtensionData>()
                .Any(e => string.Equals(e.NamespaceUri, NamespaceUri, StringComparison.Ordinal) && string.Equals(e.LocalName, Value, StringComparison.Ordinal)),
        };
    }
}
