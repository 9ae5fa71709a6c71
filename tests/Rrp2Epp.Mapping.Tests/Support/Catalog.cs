namespace Rrp2Epp.Mapping.Tests.Support;

/// <summary>Every scenario catalog, so the row-coverage test can run them all; and helpers for [Theory] data.</summary>
internal static class Catalog
{
    public static IReadOnlyList<Func<IEnumerable<Scenario>>> All { get; } =
    [
        StatusTranslationTests.Scenarios,
        CheckTranslationTests.Scenarios,
        QuitTranslationTests.Scenarios,
        CommonRowTests.Scenarios,
        AddDomainTranslationTests.Scenarios,
        AddNameServerTranslationTests.Scenarios,
        DelNameServerTranslationTests.Scenarios,
        RenewTranslationTests.Scenarios,
        RestoreTranslationTests.Scenarios,
        TransferTranslationTests.Scenarios,
        ModNameServerTranslationTests.Scenarios,
        ModDomainTranslationTests.Scenarios,
        DelDomainTranslationTests.Scenarios,
        ExampleFrameTests.Scenarios,
    ];

    public static TheoryData<string> Names(IEnumerable<Scenario> scenarios)
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            Assert.True(seen.Add(scenario.Name), $"two scenarios are named '{scenario.Name}'");
            data.Add(scenario.Name);
        }

        return data;
    }

    public static Scenario Find(IEnumerable<Scenario> scenarios, string name) => scenarios.Single(s => s.Name == name);
}
