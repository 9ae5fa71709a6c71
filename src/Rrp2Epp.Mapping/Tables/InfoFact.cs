using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// What an info said about an object: its result code, sponsor, statuses and RGP statuses. <see cref="Unavailable"/>
/// when the info could not be had (a transport failure): every condition on it is then false.
/// </summary>
internal sealed record InfoFact(EppResultCode? Code, string? ClientId, IReadOnlySet<string> Statuses, IReadOnlySet<string> RgpStatuses, EppResponse? Response)
{
    public static InfoFact Unavailable { get; } = new(null, null, new HashSet<string>(), new HashSet<string>(), null);

    public bool IsAnswered => Code is not null;

    public static InfoFact From(EppStepResult result) => result is EppAnswered answered ? From(answered.Response) : Unavailable;

    public static InfoFact From(EppResponse response)
    {
        string? clId = null;
        IEnumerable<EppStatus> statuses = [];
        if (response.GetData<DomainInfoData>() is { } domain)
        {
            clId = domain.ClientId;
            statuses = domain.Statuses;
        }
        else if (response.GetData<HostInfoData>() is { } host)
        {
            clId = host.ClientId;
            statuses = host.Statuses;
        }

        return new InfoFact(
            response.Code,
            clId,
            statuses.Select(s => s.Value).ToHashSet(StringComparer.Ordinal),
            response.RgpStatuses.Select(s => s.Value).ToHashSet(StringComparer.Ordinal),
            response);
    }

    /// <summary>Sponsored by <paramref name="registrarId"/> (client ids compared without case).</summary>
    public bool IsSponsoredBy(string registrarId) =>
        Code == EppResultCode.Success && ClientId is not null && string.Equals(ClientId, registrarId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Sponsored by someone else (a reduced answer still names the sponsor).</summary>
    public bool IsSponsoredByOther(string registrarId) =>
        Code == EppResultCode.Success && ClientId is not null && !string.Equals(ClientId, registrarId, StringComparison.OrdinalIgnoreCase);
}
