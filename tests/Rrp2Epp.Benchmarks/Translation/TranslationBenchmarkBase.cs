using BenchmarkDotNet.Attributes;

namespace Rrp2Epp.Benchmarks.Translation;

/// <summary>What the translation benchmarks share: one scenario per command kind, checked once before it is measured.</summary>
public abstract class TranslationBenchmarkBase
{
    /// <summary>The gateway's translation path.</summary>
    protected TranslationPath Path { get; } = new();

    /// <summary>The scenario of <see cref="Kind"/>.</summary>
    protected TranslationScenario Scenario { get; private set; } = TranslationScenarios.CheckDomain;

    /// <summary>The command kind.</summary>
    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = TranslationScenarios.CheckDomain.Name;

    /// <summary>Every scenario's name.</summary>
    public static IEnumerable<string> Kinds => TranslationScenarios.Names;

    /// <summary>Checks the scenario once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Scenario = TranslationScenarios.Find(Kind);
        Path.Verify(Scenario);
    }
}
