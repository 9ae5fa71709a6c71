using BenchmarkDotNet.Attributes;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Benchmarks.Translation;

/// <summary>
/// Translation per command kind (BENCHMARKS.md, "Translation per command kind"): <see cref="Forward"/> is the RRP
/// request bytes → the first EPP frame's bytes; <see cref="BothWays"/> adds the registry's answers → the RRP answer's
/// bytes (every frame in between written too). The reverse half alone is <see cref="TranslationReverseBenchmarks"/>.
/// Goal (issue 6): CHECK both ways at most 2 µs and 1 KB allocated.
/// </summary>
[MemoryDiagnoser]
public class TranslationBenchmarks
{
    private readonly TranslationPath _path = new();
    private TranslationScenario _scenario = TranslationScenarios.CheckDomain;

    /// <summary>The command kind.</summary>
    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = TranslationScenarios.CheckDomain.Name;

    /// <summary>Every scenario's name.</summary>
    public static IEnumerable<string> Kinds => TranslationScenarios.Names;

    /// <summary>Checks the scenario once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = TranslationScenarios.Find(Kind);
        _path.Verify(_scenario);
    }

    /// <summary>RRP request bytes → the first EPP frame's bytes.</summary>
    [Benchmark]
    public int Forward()
    {
        _path.Forward(_scenario.Request, out var length);
        return length;
    }

    /// <summary>RRP request bytes → EPP frames → registry answers → RRP answer bytes.</summary>
    [Benchmark]
    public RrpResponseCode BothWays() => _path.Reverse(_path.Forward(_scenario.Request, out _), _scenario);
}
