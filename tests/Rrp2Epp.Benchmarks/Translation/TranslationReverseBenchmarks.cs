using BenchmarkDotNet.Attributes;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Benchmarks.Translation;

/// <summary>
/// The reverse half alone: the registry's answer bytes → the RRP answer's bytes, for translations already waiting for
/// their first answer. A translation runs once, so each iteration's setup prepares <see cref="Batch"/> of them
/// (<see cref="TranslationPath.Forward"/>) and the measured invocation answers them all; BenchmarkDotNet divides by
/// <see cref="Batch"/>.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class TranslationReverseBenchmarks : TranslationBenchmarkBase
{
    /// <summary>Translations answered per invocation (about 50-100 ms of work).</summary>
    public const int Batch = 20_000;

    private readonly TranslationPath.Pending[] _pending = new TranslationPath.Pending[Batch];

    /// <summary>Prepares the batch (not measured).</summary>
    [IterationSetup]
    public void Prepare()
    {
        for (var i = 0; i < Batch; i++)
        {
            _pending[i] = Path.Forward(Scenario.Request, out _);
        }
    }

    /// <summary>Registry answer bytes → RRP answer bytes, per translation.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public RrpResponseCode Reverse()
    {
        var code = RrpResponseCode.Success;
        for (var i = 0; i < Batch; i++)
        {
            code = Path.Reverse(_pending[i], Scenario);
            _pending[i] = default;
        }

        return code;
    }
}
