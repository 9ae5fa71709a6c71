using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// CHECK (result-mapping.md §3.4): <c>domain:check</c> → 210/211; <c>host:check</c> → 212, or for a registered host
/// 213 with one <c>ipAddress</c> line per address from <c>host:info</c> (IPv6 lines on 2.0.0 listeners only). A
/// profile without check tests existence with an info instead.
/// </summary>
public sealed class CheckTranslation : Translation
{
    private readonly string _name;
    private readonly bool _domain;

    /// <summary>CHECK Domain.</summary>
    public CheckTranslation(CheckDomainRequest request, TranslationContext context)
        : base(request, context)
    {
        _name = request.DomainName;
        _domain = true;
    }

    /// <summary>CHECK NameServer.</summary>
    public CheckTranslation(CheckNameServerRequest request, TranslationContext context)
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

        var facts = NewFacts();
        var outcome = new StepOutcome();
        IEnumerable<PlanStep> first = (_domain, Profile.CheckByInfo) switch
        {
            (true, true) => Step(TableStep.DomainInfo, new DomainInfoCommand(_name) { Hosts = DomainInfoHosts.None }, facts, outcome),
            (true, false) => Step(TableStep.DomainCheck, new DomainCheckCommand([_name]), facts, outcome, ReadAvailability),
            (false, true) => Step(TableStep.HostInfo, new HostInfoCommand(_name), facts, outcome),
            (false, false) => Step(TableStep.HostCheck, new HostCheckCommand([_name]), facts, outcome, ReadAvailability),
        };
        foreach (var step in first)
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        if (outcome.Proceeds)
        {
            // avail=0 for a host: 213 must list its addresses.
            outcome = new StepOutcome();
            foreach (var step in Step(TableStep.HostInfo, new HostInfoCommand(_name), facts, outcome))
            {
                yield return step;
            }

            if (outcome.Stop is { } infoStop)
            {
                yield return infoStop;
                yield break;
            }
        }

        var response = outcome.Response!;
        yield return AnswerRow(outcome.Row!, code => code == RrpResponseCode.NameServerNotAvailable ? Addresses(response) : RrpResponse.Of(code));
    }

    private void ReadAvailability(EppResponse response, DecisionFacts facts)
    {
        var items = response.GetData<DomainCheckData>()?.Items ?? response.GetData<HostCheckData>()?.Items ?? [];
        EppCheckItem? item = null;
        for (var i = 0; i < items.Count && item is null; i++)
        {
            item = string.Equals(items[i].Name, _name, StringComparison.OrdinalIgnoreCase) ? items[i] : null;
        }

        facts.Available = item?.Available;
        if (item?.Reason is { } reason)
        {
            Note($"check reason (dropped): {reason}");
        }
    }

    private RrpResponse Addresses(EppResponse response)
    {
        var a = new RrpAttributes(Profile.TimeZone, Context.Version, Note);
        if (response.GetData<HostInfoData>() is { } info)
        {
            a.Addresses(RrpAttributeNames.IpAddress, info.Addresses);
        }

        return a.Response(RrpResponseCode.NameServerNotAvailable);
    }
}
