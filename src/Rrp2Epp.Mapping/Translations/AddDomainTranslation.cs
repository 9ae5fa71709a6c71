using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// ADD Domain (result-mapping.md §3.2): <c>domain:create</c> with the period in years, the delegation (host objects,
/// or host attributes with the store's glue), the profile's contacts on thick registries, and the generated authInfo
/// (the spare one on a single resend when the registry refuses it). Success answers the expiry date and
/// <c>status:ACTIVE</c> and stores the authInfo; a lost answer is settled by an info (§4).
/// </summary>
public sealed class AddDomainTranslation : Translation
{
    private readonly AddDomainRequest _request;
    private string _authInfo = string.Empty;

    /// <summary>Creates the translation.</summary>
    public AddDomainTranslation(AddDomainRequest request, TranslationContext context)
        : base(request, context) => _request = request;

    /// <inheritdoc />
    protected override string ObjectName => _request.DomainName;

    private protected override EppCommand? QueryFor(FactKind fact) => fact switch
    {
        FactKind.ObjectInfo => new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None },
        FactKind.NameServers when _request.NameServers.Count > 0 => new HostCheckCommand(_request.NameServers),
        _ => null,
    };

    private protected override IEnumerable<PlanStep> Run()
    {
        if (!Context.Services.HasObject(EppNamespaces.Domain))
        {
            yield return Fail(GatewayFailureKind.ServiceMissing, "domain-1.0 not negotiated");
            yield break;
        }

        var inputs = Context.Inputs;
        if (!AuthInfoRules.IsAcceptable(inputs.GeneratedAuthInfo) || !AuthInfoRules.IsAcceptable(inputs.SpareAuthInfo))
        {
            yield return Fail(GatewayFailureKind.GatewayFault, "the generated authInfo values are missing, or not 8-64 printable characters without space");
            yield break;
        }

        RegistrarContacts? contacts = null;
        if (Profile.Contacts == ContactModel.Thick && !Profile.ContactHandles.TryGetValue(Context.RegistrarId, out contacts))
        {
            yield return Fail(GatewayFailureKind.GatewayFault, $"thick registry: no contact handles for {Context.RegistrarId} in the profile");
            yield break;
        }

        var facts = NewFacts();
        facts.Ace = DomainNameFacts.HasAceLabel(_request.DomainName);
        var nameServers = NameServers(out var unknownToStore);
        facts.NameServerUnregistered = unknownToStore;
        if (CheckRequest(facts) is { } refusal)
        {
            yield return AnswerRow(refusal);
            yield break;
        }

        // Under host objects whether a listed host exists is asked of the registry, and only after a refusal.
        facts.NameServerUnregistered = Profile.Hosts == HostModel.Objects && _request.NameServers.Count > 0 ? null : false;
        _authInfo = inputs.GeneratedAuthInfo!;
        var outcome = new StepOutcome();
        foreach (var step in Step(TableStep.DomainCreate, Create(nameServers, contacts), facts, outcome, resend: () =>
                 {
                     Note("resending the create with the spare authInfo");
                     _authInfo = inputs.SpareAuthInfo!;
                     return Create(nameServers, contacts);
                 }))
        {
            yield return step;
        }

        if (outcome.Stop is { } stop)
        {
            yield return stop;
            yield break;
        }

        if (outcome.LostAt is { } sentAt)
        {
            foreach (var step in Reconcile(sentAt, facts))
            {
                yield return step;
            }

            yield break;
        }

        var row = outcome.Row!;
        if (row.Code is not { } code || !code.IsSuccess())
        {
            yield return AnswerRow(row);
            yield break;
        }

        var created = outcome.Response!.GetData<DomainCreateData>();
        var expires = created?.ExpiresAt;
        if (expires is null)
        {
            Note("creData has no exDate: reading it from an info");
            var info = new StepOutcome();
            foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, info))
            {
                yield return step;
            }

            expires = info.Response?.GetData<DomainInfoData>()?.ExpiresAt
                ?? (created?.CreatedAt ?? inputs.Now)?.AddYears(_request.Period ?? Profile.DefaultRegistrationPeriod);
        }

        Effect(new StoreAuthInfoEffect(_request.DomainName, _authInfo));
        yield return AnswerRow(row, _ => Success(expires));
    }

    private IEnumerable<PlanStep> Reconcile(DateTimeOffset sentAt, DecisionFacts facts)
    {
        var read = new StepOutcome();
        foreach (var step in Read(new DomainInfoCommand(_request.DomainName) { Hosts = DomainInfoHosts.None }, read))
        {
            yield return step;
        }
        facts.Info = read.Response is { } r ? InfoFact.From(r) : InfoFact.Unavailable;
        var info = read.Response?.GetData<DomainInfoData>();
        var verdict = read.Response?.Code switch
        {
            EppResultCode.ObjectDoesNotExist => "not-applied",
            EppResultCode.Success when facts.Info.IsSponsoredBy(Context.RegistrarId) && AtOrAfter(info?.CreatedAt, sentAt) => "applied",
            EppResultCode.Success when facts.Info.ClientId is not null => "not-applied",
            _ => "unknown",
        };
        var outcome = new StepOutcome();
        foreach (var step in Verdict(verdict, facts, outcome))
        {
            yield return step;
        }

        if (outcome.Row is not { } row)
        {
            yield return outcome.Stop ?? Fail(GatewayFailureKind.GatewayFault, "no reconcile row decides");
            yield break;
        }

        if (row.Code is { } code && code.IsSuccess())
        {
            Effect(new StoreAuthInfoEffect(_request.DomainName, _authInfo));
        }

        yield return AnswerRow(row, _ => Success(info?.ExpiresAt));
    }

    private RrpResponse Success(DateTimeOffset? expires)
    {
        var a = new RrpAttributes(Profile.TimeZone, Context.Version, Note);
        a.Date(RrpAttributeNames.RegistrationExpirationDate, expires);
        a.Add(RrpAttributeNames.Status, RrpStatus.Active.ToWireText());
        return a.Response(RrpResponseCode.Success);
    }

    private DomainCreateCommand Create(DomainNameServers? nameServers, RegistrarContacts? contacts)
    {
        var contactList = new List<DomainContact>();
        if (contacts?.Admin is { } admin)
        {
            contactList.Add(new DomainContact(admin, DomainContactType.Admin));
        }

        if (contacts?.Tech is { } tech)
        {
            contactList.Add(new DomainContact(tech, DomainContactType.Tech));
        }

        if (contacts?.Billing is { } billing)
        {
            contactList.Add(new DomainContact(billing, DomainContactType.Billing));
        }

        return new DomainCreateCommand(_request.DomainName, new EppSecret(_authInfo))
        {
            Period = _request.Period is { } years ? EppPeriod.Years(years) : null,
            NameServers = nameServers,
            Registrant = contacts?.Registrant,
            Contacts = contactList,
        };
    }

    // Host attributes carry glue for in-zone name servers from the store; an in-zone name the store lacks is unregistered.
    private DomainNameServers? NameServers(out bool unknownToStore)
    {
        unknownToStore = false;
        if (_request.NameServers.Count == 0)
        {
            return null;
        }

        if (Profile.Hosts == HostModel.Objects)
        {
            return DomainNameServers.FromHostObjects(_request.NameServers);
        }

        var attributes = new List<DomainHostAttribute>();
        foreach (var name in _request.NameServers)
        {
            if (Profile.InZoneParentOf(name) is null)
            {
                attributes.Add(new DomainHostAttribute(name));
            }
            else if (Context.Inputs.NameServerAddresses.TryGetValue(name, out var addresses) && addresses.Count > 0)
            {
                attributes.Add(new DomainHostAttribute(name, [.. addresses.Select(HostAddress.From)]));
            }
            else
            {
                Note($"{name}: in zone but unknown to the gateway's store");
                unknownToStore = true;
            }
        }

        return DomainNameServers.FromHostAttributes(attributes);
    }
}
