using BenchmarkDotNet.Running;

namespace Rrp2Epp.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see BENCHMARKS.md).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
