using Rrp2Epp.Epp.Client;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping;

/// <summary>
/// Everything a translation may know besides the request and the EPP answers: who is asking,
/// on which listener, against which registry, and the inputs the gateway prepared (the store's
/// authInfo, a freshly generated one). Immutable; one per RRP request.
/// </summary>
/// <param name="RegistrarId">The RRP session's registrar (<c>-Id</c>), the EPP clID of the session.</param>
/// <param name="Version">The listener's RRP version (decides 510/557, IPv6 lines, transfer cancel).</param>
/// <param name="Profile">The registry profile of the domain's route.</param>
/// <param name="Tables">The validated tables of <c>mappings/</c>.</param>
/// <param name="Services">What the EPP login negotiated (RESTORE needs rgp-1.0; host commands need host-1.0).</param>
/// <param name="Inputs">Store reads and generated values the gateway prepared for this request (<see cref="TranslationFactory.InputsFor"/> says which).</param>
public sealed record TranslationContext(
    string RegistrarId,
    RrpVersion Version,
    RegistryProfile Profile,
    MappingTables Tables,
    EppNegotiatedServices Services,
    TranslationInputs Inputs)
{
    /// <summary>
    /// Pooled EPP sessions (the default) outlive RRP sessions, so QUIT sends no <c>&lt;logout&gt;</c>; in the
    /// single-session mode QUIT logs out (result-mapping.md §3.13).
    /// </summary>
    public bool PooledSessions { get; init; } = true;
}
