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
public class TranslationBenchmarks : TranslationBenchmarkBase
{
    /// <summary>RRP request bytes → the first EPP frame's bytes.</summary>
    [Benchmark]
    public int Forward()
    {
        Path.Forward(Scenario.Request, out var length);
        return length;
    }

    /// <summary>RRP request bytes → EPP frames → registry answers → RRP answer bytes.</summary>
    [Benchmark]
    public RrpResponseCode BothWays() => Path.Reverse(Path.Forward(Scenario.Request, out _), Scenario);
}
