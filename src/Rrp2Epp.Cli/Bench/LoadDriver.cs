using System.Diagnostics;
using System.Globalization;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// Runs one path closed-loop: every session sends its next command as soon as the previous answer is in, through a
/// warm-up (not measured), then the measured window (a time or a number of commands, counted across sessions). A
/// command is measured when it starts inside the window; the window ends when the last measured answer is in, and the
/// CPU times of the processes involved are read at both ends. A transform session stopped mid-cycle finishes its cycle
/// (unmeasured), so no domain is left behind. A session whose connection breaks counts one error and stops.
/// </summary>
internal sealed class LoadDriver
{
    private const int Warmup = 0;
    private const int Measuring = 1;
    private const int Stopped = 2;

    private readonly BenchSettings _settings;
    private readonly IReadOnlyList<(string Name, Func<TimeSpan> Cpu)> _processes;
    private readonly BenchProgress _progress;
    private volatile int _phase;
    private long _remaining;
    private long _done;
    private long _errors;
    private long _lastEnd;
    private string? _firstFailure;

    /// <param name="settings">The run's settings (window, warm-up).</param>
    /// <param name="processes">The processes whose CPU is read: "gateway", "sandbox", "echo", "bench".</param>
    /// <param name="progress">Where the progress line goes.</param>
    public LoadDriver(BenchSettings settings, IReadOnlyList<(string Name, Func<TimeSpan> Cpu)> processes, BenchProgress progress)
    {
        _settings = settings;
        _processes = processes;
        _progress = progress;
    }

    /// <summary>A transport failure seen during the run (the first one), for the report.</summary>
    public string? FirstFailure => _firstFailure;

    public async Task<PathResult> RunAsync(BenchPath path, IReadOnlyList<LoadSession> sessions, CancellationToken cancellationToken)
    {
        _phase = Warmup;
        _remaining = _settings.Count ?? long.MaxValue;
        var latencies = sessions.Select(_ => new List<long>(4096)).ToArray();
        var loops = sessions.Select((s, i) => Task.Run(() => LoopAsync(s, latencies[i], cancellationToken), CancellationToken.None)).ToArray();
        var all = Task.WhenAll(loops);

        var warmupEnds = Stopwatch.GetTimestamp() + (long)(_settings.WarmupSeconds * Stopwatch.Frequency);
        await _progress.WhileAsync(all, () => Stopwatch.GetTimestamp() >= warmupEnds, elapsed => BenchProgress.Warmup(path, elapsed, _settings.WarmupSeconds), cancellationToken).ConfigureAwait(false);

        var cpuBefore = _processes.Select(p => p.Cpu()).ToArray();
        var started = Stopwatch.GetTimestamp();
        _lastEnd = started;
        _phase = Measuring;
        var measureEnds = _settings.Count is null ? started + (long)(_settings.Seconds * Stopwatch.Frequency) : long.MaxValue;
        await _progress.WhileAsync(all, () => Stopwatch.GetTimestamp() >= measureEnds, elapsed => BenchProgress.Measuring(path, elapsed, _settings, Interlocked.Read(ref _done), Interlocked.Read(ref _errors)), cancellationToken).ConfigureAwait(false);
        _phase = Stopped;
        await all.ConfigureAwait(false);
        var cpuAfter = _processes.Select(p => p.Cpu()).ToArray();
        var seconds = (Interlocked.Read(ref _lastEnd) - started) / (double)Stopwatch.Frequency;
        _progress.Done();

        // Finish the cycles the stop interrupted, then leave (QUIT, logout), outside the measurement.
        await Task.WhenAll(sessions.Select(s => FinishAsync(s, cancellationToken))).ConfigureAwait(false);

        var commands = Interlocked.Read(ref _done);
        double? Per1000(string name)
        {
            var i = _processes.ToList().FindIndex(p => p.Name == name);
            return i < 0 || commands == 0 ? null : (cpuAfter[i] - cpuBefore[i]).TotalSeconds * 1000 / commands;
        }

        return new PathResult
        {
            Path = path,
            Sessions = sessions.Count,
            Commands = commands,
            Seconds = seconds,
            Errors = Interlocked.Read(ref _errors),
            SortedLatencies = [.. latencies.SelectMany(l => l).Order()],
            GatewayCpuPer1000 = Per1000("gateway"),
            SandboxCpuPer1000 = Per1000("sandbox"),
            EchoCpuPer1000 = Per1000("echo"),
            BenchCpuPer1000 = Per1000("bench"),
        };
    }

    private async Task LoopAsync(LoadSession session, List<long> latencies, CancellationToken cancellationToken)
    {
        while (true)
        {
            var phase = _phase;
            if (phase == Stopped || (phase == Measuring && Interlocked.Decrement(ref _remaining) < 0))
            {
                return;
            }

            var start = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                ok = await session.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref _firstFailure, string.Create(CultureInfo.InvariantCulture, $"{session.Path} session {session.Index}: {e.Message}"), null);
                if (phase == Measuring)
                {
                    Interlocked.Increment(ref _errors);
                }

                return;
            }

            if (phase == Measuring)
            {
                var end = Stopwatch.GetTimestamp();
                latencies.Add(end - start);
                Interlocked.Increment(ref _done);
                if (!ok)
                {
                    Interlocked.Increment(ref _errors);
                }

                long last;
                while (end > (last = Interlocked.Read(ref _lastEnd)) && Interlocked.CompareExchange(ref _lastEnd, end, last) != last)
                {
                    // Another session moved the end meanwhile; compare again.
                }
            }
        }
    }

    private static async Task FinishAsync(LoadSession session, CancellationToken cancellationToken)
    {
        try
        {
            while (session.InCycle)
            {
                await session.NextAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or Rrp2Epp.Epp.Client.EppTransportException)
        {
            // A broken session cannot finish its cycle; the error was counted when it broke.
        }

        await session.LeaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
