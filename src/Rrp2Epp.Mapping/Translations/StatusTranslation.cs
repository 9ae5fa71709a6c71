using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// STATUS (result-mapping.md §3.10): <c>domain:info</c> or <c>host:info</c>, and for the sponsor the attributes of
/// rrp-reference.md §4.9 in the RFC's order, with time stamps in the profile's zone and statuses as in §5.2
/// (name servers have none, §5.5; IPv6 addresses only on 2.0.0 listeners).
/// </summary>
public sealed class StatusTranslation : Translation
{
    private readonly string _name;
    private readonly bool _domain;

    /// <summary>STATUS Domain.</summary>
    public StatusTranslation(StatusDomainRequest request, TranslationContext context)
        : base(request, context)
    {
        _name = request.DomainName;
        _domain = true;
    }

    /// <summary>STATUS NameServer.</summary>
    public StatusTranslation(StatusNameServerRequest request, TranslationContext context)
        : base(request, context)
    {
        _name = request.NameServer;
    }

    /// <inheritdoc />
    protected override string ObjectName => _name;

    private protected override IEnumerable<PlanStep> Run()
    {
        if (!_domain && WithoutHostObjects() is { } missing)
        {
            yield return missing;
            yield break;
        }

        var outcome = new StepOutcome();
        var query = _domain ? (EppCommand)new DomainInfoCommand(_name) : new HostInfoCommand(_name);
        foreach (var step in Step(_domain ? TableStep.DomainInfo : TableStep.HostInfo, query, NewFacts(), outcome))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        var response = outcome.Response!;
        yield return AnswerRow(outcome.Row!, _ => _domain ? DomainAnswer(response) : HostAnswer(response));
    }

    private RrpResponse DomainAnswer(EppResponse response)
    {
        var info = response.GetData<DomainInfoData>()!;
        var view = Tables.StatusMapping.ToRrp(
            info.Statuses.Select(s => s.Value),
            response.RgpStatuses.Select(s => s.Value),
            Profile.RrpExtendedStatuses,
            Profile.RegistryDeleteNotifyMarker?.Matches(response) ?? false);
        NoteStatuses(view);
        var a = new RrpAttributes(Profile.TimeZone, Context.Version, Note);
        foreach (var ns in info.NameServers?.Names ?? [])
        {
            a.Add(RrpAttributeNames.NameServer, ns);
        }

        a.Date(RrpAttributeNames.RegistrationExpirationDate, info.ExpiresAt)
            .Add(RrpAttributeNames.Registrar, info.ClientId)
            .Date(RrpAttributeNames.RegistrarTransferDate, info.TransferredAt);
        foreach (var status in view.Statuses)
        {
            a.Add(RrpAttributeNames.Status, status.ToWireText());
        }

        a.Date(RrpAttributeNames.CreatedDate, info.CreatedAt)
            .Add(RrpAttributeNames.CreatedBy, info.CreatorId)
            .Date(RrpAttributeNames.UpdatedDate, info.UpdatedAt)
            .Add(RrpAttributeNames.UpdatedBy, info.UpdaterId);
        return a.Response(RrpResponseCode.Success);
    }

    private RrpResponse HostAnswer(EppResponse response)
    {
        var info = response.GetData<HostInfoData>()!;
        var a = new RrpAttributes(Profile.TimeZone, Context.Version, Note);
        a.Add(RrpAttributeNames.NameServer, info.Name)
            .Addresses(RrpAttributeNames.StatusIpAddress, info.Addresses)
            .Add(RrpAttributeNames.Registrar, info.ClientId)
            .Date(RrpAttributeNames.RegistrarTransferDate, info.TransferredAt)
            .Date(RrpAttributeNames.CreatedDate, info.CreatedAt)
            .Add(RrpAttributeNames.CreatedBy, info.CreatorId)
            .Date(RrpAttributeNames.UpdatedDate, info.UpdatedAt)
            .Add(RrpAttributeNames.UpdatedBy, info.UpdaterId);
        if (info.Statuses.Count > 0)
        {
            Note($"host statuses (no RRP attribute, §5.5): {string.Join(", ", info.Statuses.Select(s => s.Value))}");
        }

        return a.Response(RrpResponseCode.Success);
    }

    private void NoteStatuses(RrpStatusView view)
    {
        Note($"statuses {view} from {string.Join(", ", view.Rows)}");
        if (view.Untwinned.Count > 0)
        {
            Note($"EPP statuses with no RRP twin: {string.Join(", ", view.Untwinned)}");
        }
    }
}
