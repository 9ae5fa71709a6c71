using BenchmarkDotNet.Running;
using Rrp2Epp.Benchmarks.IdleSessions;

namespace Rrp2Epp.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (see BENCHMARKS.md), or with <c>idle-sessions</c> first the idle RRP
/// session memory measurement (<see cref="IdleSessionMeasurement"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["idle-sessions", ..])
        {
            return await IdleSessionMeasurement.RunAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
