using System.Collections.ObjectModel;
using System.Net;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>Everything a translation of one RRP request may use, gathered by the session before it runs.</summary>
/// <param name="Request">The parsed request.</param>
/// <param name="Profile">The profile of the registry the request routes to.</param>
/// <param name="RegistrarId">The EPP clID of the session's registrar at that registry (its RRP id unless credentials are mapped).</param>
/// <param name="Version">The listener's RRP version.</param>
/// <param name="Services">What the EPP login negotiated.</param>
/// <param name="GeneratedAuthInfo">A fresh authInfo (for a create), or null when the request needs none.</param>
/// <param name="SpareAuthInfo">A second fresh authInfo (for the one resend a refused authInfo allows, result-mapping §1.6).</param>
/// <param name="StoredAuthInfo">The authInfo the store holds for the request's domain (TRANSFER), or null.</param>
/// <param name="Unresolved">The unresolved mark on the request's object, or null.</param>
public sealed record TranslationRequest(
    RrpRequest Request,
    RegistryProfile Profile,
    string RegistrarId,
    RrpVersion Version,
    EppNegotiatedServices Services,
    string? GeneratedAuthInfo,
    string? SpareAuthInfo,
    string? StoredAuthInfo,
    UnresolvedObject? Unresolved)
{
    /// <summary>Host attributes: the glue the store keeps for the name servers the request names (lower-case keys).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IPAddress>> NameServerAddresses { get; init; } =
        ReadOnlyDictionary<string, IReadOnlyList<IPAddress>>.Empty;

    /// <summary>Pooled EPP sessions (QUIT sends no logout).</summary>
    public bool PooledSessions { get; init; } = true;

    /// <summary>Never shows the secrets.</summary>
    public override string ToString() => $"TranslationRequest {{ {Request.Command} of {RegistrarId} on {Version.ToProtocolText()} }}";
}

/// <summary>Turns an RRP request into the pure translation the executor runs (the Mapping project's factory behind it).</summary>
public interface IRrpTranslator
{
    /// <summary>Which inputs (generated or stored authInfo, name-server glue) the session must prepare for <paramref name="request"/> under <paramref name="profile"/>.</summary>
    TranslationInputNeeds InputsFor(RrpRequest request, RegistryProfile profile);

    /// <summary>The translation of <paramref name="request"/>.</summary>
    ITranslation Create(TranslationRequest request);
}
