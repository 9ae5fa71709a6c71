using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// The Mapping project's <see cref="TranslationFactory"/> behind <see cref="IRrpTranslator"/>: one registry profile from
/// configuration (its zones and the RRP time zone) and the embedded, validated tables of <c>mappings/</c>.
/// </summary>
public sealed class MappingTranslator : IRrpTranslator
{
    private readonly RegistryProfile _profile;
    private readonly TimeProvider _time;

    /// <summary>Builds the profile once; a bad profile stops start-up.</summary>
    public MappingTranslator(IOptions<GatewayOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _time = time;
        _profile = new RegistryProfile
        {
            Name = o.RegistryName,
            Zones = o.Zones,
            TimeZone = GatewayOptionsValidator.TryFindZone(o.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc,
        };
    }

    /// <inheritdoc />
    public ITranslation Create(TranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = new TranslationInputs(request.GeneratedAuthInfo, request.SpareAuthInfo, request.StoredAuthInfo) { Now = _time.GetUtcNow() };
        var context = new TranslationContext(request.RegistrarId, request.Version, _profile, MappingTables.Default, request.Services, inputs) { PooledSessions = false };
        return TranslationFactory.Create(request.Request, context);
    }
}
