namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// The figures of one path. CPU figures are seconds of CPU per 1,000 measured commands, for each process that took part
/// and whose CPU the bench can read (null: not involved, or external).
/// </summary>
internal sealed record PathResult
{
    public required BenchPath Path { get; init; }

    public required int Sessions { get; init; }

    /// <summary>Commands answered within the measured window (successes and errors).</summary>
    public required long Commands { get; init; }

    public required double Seconds { get; init; }

    public required long Errors { get; init; }

    /// <summary>Latencies in Stopwatch ticks, sorted.</summary>
    public required long[] SortedLatencies { get; init; }

    public double? GatewayCpuPer1000 { get; init; }

    public double? SandboxCpuPer1000 { get; init; }

    public double? EchoCpuPer1000 { get; init; }

    /// <summary>The bench process itself (the load generator).</summary>
    public double? BenchCpuPer1000 { get; init; }

    public double CommandsPerSecond => Seconds > 0 ? Commands / Seconds : 0;

    public double P50Ms => Percentile(0.50);

    public double P90Ms => Percentile(0.90);

    public double P99Ms => Percentile(0.99);

    public double MaxMs => SortedLatencies.Length == 0 ? 0 : ToMs(SortedLatencies[^1]);

    /// <summary>The nearest-rank percentile: the smallest latency at least <paramref name="q"/> of the commands did not exceed.</summary>
    public double Percentile(double q)
    {
        if (SortedLatencies.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(q * SortedLatencies.Length);
        return ToMs(SortedLatencies[Math.Clamp(rank, 1, SortedLatencies.Length) - 1]);
    }

    private static double ToMs(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
