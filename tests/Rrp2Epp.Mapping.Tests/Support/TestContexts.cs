using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests.Support;

/// <summary>The context tests run in: RegistrarA on a 2.0.0 listener against a thin host-object registry serving com and net.</summary>
internal static class TestContexts
{
    /// <summary>Valid under the default authInfo rules (16 characters, every class).</summary>
    public const string Generated = "Gen3rated-AuthA1";

    public const string Spare = "Sp4re-AuthInfoB2";

    public const string Stored = "St0red-AuthInfo!";

    public static RegistryProfile Profile { get; } = new()
    {
        Name = "test",
        Zones = ["com", "net"],
        AllowDocumentationAddresses = true,
    };

    public static EppNegotiatedServices Services { get; } = new([EppNamespaces.Domain, EppNamespaces.Host], [EppNamespaces.Rgp]);

    public static TranslationInputs Inputs { get; } = new(Generated, Spare, Stored) { Now = R.Now };

    public static TranslationContext Create(RrpVersion version = RrpVersion.V2_0_0, MappingTables? tables = null) =>
        new(R.Self, version, Profile, tables ?? MappingTables.Default, Services, Inputs) { PooledSessions = true };
}
