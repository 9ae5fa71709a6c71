using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// A verb of this same <c>rrp2epp</c> build run as a child process (sandbox, gateway, echo server), so its CPU time can
/// be read on its own. Started, it is ready once its ready line appears; its output is drained from then on (the last
/// lines kept for error messages); disposed, it gets SIGTERM (it stops cleanly), then SIGKILL if it lingers.
/// </summary>
internal sealed class BenchChild : IAsyncDisposable
{
    private const int TailLines = 30;
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly List<Task> _drains = [];

    private BenchChild(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>The CPU time (user and system) the process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts <c>rrp2epp ARGS</c> and waits for a standard-output line matching <paramref name="ready"/>.</summary>
    /// <exception cref="BenchException">The child ended, or said nothing matching within a minute; the message has its last lines.</exception>
    public static async Task<(BenchChild Child, Match Ready)> StartAsync(string name, IEnumerable<string> args, Regex ready, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var self = Environment.ProcessPath ?? "dotnet";
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = self;
            start.ArgumentList.Add(typeof(BenchChild).Assembly.Location);
        }
        else
        {
            start.FileName = self;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var child = new BenchChild(name, Process.Start(start) ?? throw new BenchException($"cannot start the {name}"));
        try
        {
            child._drains.Add(child.DrainAsync(child._process.StandardError));
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(ReadyLimit);
            try
            {
                while (await child._process.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false) is { } line)
                {
                    child.Keep(line);
                    if (ready.Match(line) is { Success: true } match)
                    {
                        child._drains.Add(child.DrainAsync(child._process.StandardOutput));
                        return (child, match);
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new BenchException($"the {name} did not get ready within {ReadyLimit.TotalSeconds:F0} s:{Environment.NewLine}{child.Tail}");
            }

            await child._process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(child._drains).ConfigureAwait(false);
            throw new BenchException(string.Create(CultureInfo.InvariantCulture, $"the {name} stopped (exit code {child._process.ExitCode}) before it was ready:{Environment.NewLine}{child.Tail}"));
        }
        catch
        {
            await child.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Its last lines of output, for an error message.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return "  " + string.Join(Environment.NewLine + "  ", _tail);
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
                {
                    await kill!.WaitForExitAsync().ConfigureAwait(false);
                }

                using var limit = new CancellationTokenSource(StopLimit);
                try
                {
                    await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().ConfigureAwait(false);
                }
            }

            await Task.WhenAll(_drains).ConfigureAwait(false);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            Keep(line);
        }
    }

    private void Keep(string line)
    {
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
    }
}

/// <summary>A bench run cannot go on: one clear message, no stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);
