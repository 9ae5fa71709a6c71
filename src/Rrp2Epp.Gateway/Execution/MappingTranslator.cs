using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// The Mapping project's <see cref="TranslationFactory"/> behind <see cref="IRrpTranslator"/>, with the tables of
/// <see cref="TranslationSetup"/> and the profile of the request's route (both validated at start-up).
/// </summary>
public sealed class MappingTranslator(TranslationSetup setup, TimeProvider time) : IRrpTranslator
{
    /// <inheritdoc />
    public TranslationInputNeeds InputsFor(RrpRequest request, RegistryProfile profile) => TranslationFactory.InputsFor(request, profile);

    /// <inheritdoc />
    public ITranslation Create(TranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = new TranslationInputs(request.GeneratedAuthInfo, request.SpareAuthInfo, request.StoredAuthInfo)
        {
            Now = time.GetUtcNow(),
            NameServerAddresses = request.NameServerAddresses,
        };
        var context = new TranslationContext(request.RegistrarId, request.Version, request.Profile, setup.Tables, request.Services, inputs) { PooledSessions = request.PooledSessions };
        return TranslationFactory.Create(request.Request, context);
    }
}
