using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Mapping.Translations;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping;

/// <summary>What the gateway must put into <see cref="TranslationInputs"/> for one request.</summary>
/// <param name="GeneratedAuthInfo">Two fresh authInfo values (<see cref="TranslationInputs.GeneratedAuthInfo"/> and the spare).</param>
/// <param name="StoredAuthInfo">The store's authInfo of the domain.</param>
/// <param name="Now">The gateway's clock (<see cref="TranslationInputs.Now"/>); always welcome, needed by RENEW and RESTORE.</param>
/// <param name="NameServers">Host attributes only: the names whose glue the store must supply.</param>
public sealed record TranslationInputNeeds(bool GeneratedAuthInfo, bool StoredAuthInfo, bool Now, IReadOnlyList<string> NameServers);

/// <summary>Creates the translation for an RRP request: the gateway's single entry point into Rrp2Epp.Mapping.</summary>
public static class TranslationFactory
{
    /// <summary>
    /// The translation of <paramref name="request"/>. DESCRIBE and (pooled) QUIT finish at <see cref="ITranslation.Start"/>
    /// without an exchange. SESSION is not a plan: the gateway logs in itself and maps the outcome with
    /// <see cref="SessionMapping"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A SESSION request.</exception>
    public static ITranslation Create(RrpRequest request, TranslationContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (DomainOf(request) is { } domain && !DomainNameFacts.IsServed(domain, context.Profile.Zones))
        {
            // result-mapping.md §1.1: a name the RRP grammar accepts but no configured registry serves (no route) → 541.
            return new ImmediateTranslation(GatewayAnswers.NoRoute(domain, context.Profile.Zones));
        }

        return request switch
        {
            DescribeRequest => new ImmediateTranslation(FinishStep.Answer(DescribeMapping.Answer(context.Version), "DESCRIBE answered locally (§3.14)")),
            QuitRequest quit => new QuitTranslation(quit, context),
            StatusDomainRequest status => new StatusTranslation(status, context),
            StatusNameServerRequest status => new StatusTranslation(status, context),
            CheckDomainRequest check => new CheckTranslation(check, context),
            CheckNameServerRequest check => new CheckTranslation(check, context),
            AddDomainRequest add => new AddDomainTranslation(add, context),
            AddNameServerRequest add => new AddNameServerTranslation(add, context),
            DelNameServerRequest del => new DelNameServerTranslation(del, context),
            RenewRequest renew => new RenewTranslation(renew, context),
            RestoreRequest restore => new RestoreTranslation(restore, context),
            TransferRequest transfer => new TransferTranslation(transfer, context),
            ModDomainRequest mod => new ModDomainTranslation(mod, context),
            ModNameServerRequest mod => new ModNameServerTranslation(mod, context),
            DelDomainRequest del => new DelDomainTranslation(del, context),
            SessionRequest => throw new ArgumentException("SESSION logs in; it is not a plan: map the login with SessionMapping", nameof(request)),
            _ => throw new ArgumentException($"no translation for {request.GetType().Name}", nameof(request)),
        };
    }

    /// <summary>The domain a Domain-entity request names (host names may be external, so NameServer requests have none).</summary>
    private static string? DomainOf(RrpRequest request) => request switch
    {
        AddDomainRequest r => r.DomainName,
        CheckDomainRequest r => r.DomainName,
        DelDomainRequest r => r.DomainName,
        ModDomainRequest r => r.DomainName,
        RenewRequest r => r.DomainName,
        StatusDomainRequest r => r.DomainName,
        TransferRequest r => r.DomainName,
        RestoreRequest r => r.DomainName,
        _ => null,
    };

    /// <summary>Which inputs <paramref name="request"/> needs under <paramref name="profile"/>.</summary>
    public static TranslationInputNeeds InputsFor(RrpRequest request, RegistryProfile profile)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(profile);
        var attributes = profile.Hosts == HostModel.Attributes;
        return request switch
        {
            AddDomainRequest add => new(true, false, true, attributes ? add.NameServers : []),
            ModDomainRequest mod => new(false, false, true, attributes ? [.. mod.NameServers.Where(e => e.AddsNew).Select(e => e.New!)] : []),
            TransferRequest { Approve: null } => new(false, true, true, []),
            RenewRequest or RestoreRequest => new(false, false, true, []),
            _ => new(false, false, true, []),
        };
    }
}
