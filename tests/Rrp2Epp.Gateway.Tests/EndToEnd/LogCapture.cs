using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>An in-memory Serilog sink: every event, rendered with all its properties, for assertions and secret greps.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event as text: level, rendered message, every property, the exception.</summary>
    public IReadOnlyList<string> Lines => Events.Select(Render).ToList();

    public string AllText => string.Join("\n", Lines);

    /// <summary>Asserts that no event shows any of <paramref name="secrets"/> (passwords, authInfo values).</summary>
    public void AssertNoSecret(params string[] secrets)
    {
        var text = AllText;
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    public static string Render(LogEvent e) =>
        $"{e.Level} {e.RenderMessage(CultureInfo.InvariantCulture)} | "
        + string.Join(", ", e.Properties.Select(p => $"{p.Key}={p.Value}"))
        + (e.Exception is null ? string.Empty : " | " + e.Exception);
}
