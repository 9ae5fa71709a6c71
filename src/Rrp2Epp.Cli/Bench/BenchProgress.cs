using System.Diagnostics;
using System.Globalization;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// The progress line on standard error: rewritten in place (carriage return) on a terminal every second; when standard
/// error is a file or a pipe, one plain line when a phase starts and every five seconds.
/// </summary>
internal sealed class BenchProgress(TextWriter error, bool terminal)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly TimeSpan _interval = terminal ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5);
    private int _width;

    /// <summary>Waits until <paramref name="work"/> ends or <paramref name="isDone"/> holds, reporting on the way.</summary>
    public async Task WhileAsync(Task work, Func<bool> isDone, Func<double, string> line, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var next = TimeSpan.Zero;
        while (!work.IsCompleted && !isDone())
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= next)
            {
                Write(line(elapsed.TotalSeconds));
                next = elapsed + _interval;
            }

            await Task.WhenAny(work, Task.Delay(Poll, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public static string Warmup(BenchPath path, double elapsed, double seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Name(path)}: warm-up {elapsed:F0}/{seconds:F0} s");

    public static string Measuring(BenchPath path, double elapsed, BenchSettings settings, long done, long errors)
    {
        var rate = elapsed > 0 ? done / elapsed : 0;
        var progress = settings.Count is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{count:N0} commands")
            : string.Create(CultureInfo.InvariantCulture, $"{elapsed:F0}/{settings.Seconds:F0} s, {done:N0} commands");
        return string.Create(CultureInfo.InvariantCulture, $"{Name(path)}: measuring {progress}, {rate:N0}/s, {errors:N0} errors");
    }

    public static string Name(BenchPath path) => path.ToString().ToLowerInvariant();

    /// <summary>Ends the in-place line (a terminal), so the next output starts on a clean line.</summary>
    public void Done()
    {
        if (terminal && _width > 0)
        {
            error.Write('\r' + new string(' ', _width) + '\r');
            error.Flush();
            _width = 0;
        }
    }

    /// <summary>A note on its own line (a path starts, a session broke).</summary>
    public void Note(string text)
    {
        Done();
        error.WriteLine(text);
        error.Flush();
    }

    private void Write(string text)
    {
        if (terminal)
        {
            error.Write('\r' + text.PadRight(_width));
            _width = Math.Max(_width, text.Length);
        }
        else
        {
            error.WriteLine(text);
        }

        error.Flush();
    }
}
