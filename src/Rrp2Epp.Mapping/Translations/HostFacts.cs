using System.Net;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Tables;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>Facts about host names and addresses the name-server translations share.</summary>
internal static class HostFacts
{
    /// <summary>Whether the registry echoed a <c>host:addr</c> in an IANA special-purpose range (documentation ranges included).</summary>
    public static bool EchoesSpecialAddress(EppResponse response) =>
        response.Values.Any(v => v.Is(EppNamespaces.Host, "addr") && SpecialPurposeAddresses.IsRestricted(v.Text));

    /// <summary>Whether any address is restricted under the profile (535 before sending).</summary>
    public static bool AnyRestricted(IEnumerable<IPAddress> addresses, RegistryProfile profile) =>
        addresses.Any(a => SpecialPurposeAddresses.IsRestricted(a, profile.AllowDocumentationAddresses));

    /// <summary>The addresses of a host info, parsed (text the registry wrote that is no address is skipped).</summary>
    public static HashSet<IPAddress> Addresses(HostInfoData? info) =>
        [.. (info?.Addresses ?? []).Select(a => IPAddress.TryParse(a.Address, out var ip) ? ip : null).OfType<IPAddress>()];

    /// <summary>Sets <c>host:in-zone|external</c> and <c>addr:none|some</c>.</summary>
    public static void Shape(DecisionFacts facts, string? inZoneParent, int addressCount)
    {
        facts.HostZone = inZoneParent is null ? "external" : "in-zone";
        facts.Addresses = addressCount == 0 ? "none" : "some";
    }
}
