using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// The Mapping project's <see cref="TranslationFactory"/> behind <see cref="IRrpTranslator"/>, with the registry profile
/// and tables of <see cref="TranslationSetup"/> (validated at start-up).
/// </summary>
public sealed class MappingTranslator(TranslationSetup setup, TimeProvider time) : IRrpTranslator
{
    /// <inheritdoc />
    public TranslationInputNeeds InputsFor(RrpRequest request) => TranslationFactory.InputsFor(request, setup.Profile);

    /// <inheritdoc />
    public ITranslation Create(TranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = new TranslationInputs(request.GeneratedAuthInfo, request.SpareAuthInfo, request.StoredAuthInfo) { Now = time.GetUtcNow() };
        var context = new TranslationContext(request.RegistrarId, request.Version, setup.Profile, setup.Tables, request.Services, inputs) { PooledSessions = false };
        return TranslationFactory.Create(request.Request, context);
    }
}
