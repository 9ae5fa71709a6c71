using Serilog.Core;
using Serilog.Events;

namespace Rrp2Epp.Gateway.Logging;

/// <summary>
/// Adds <c>SessionTag</c>: the RRP session's correlation id and, after login, its registrar, followed by one space
/// (<c>rrp-1a2b3c4d registrarA </c>), or nothing outside a session. The console template prints it in front of the
/// message, so lines before login or outside any session carry no doubled or dangling spaces.
/// </summary>
public sealed class SessionTagEnricher : ILogEventEnricher
{
    /// <summary>The property this enricher adds.</summary>
    public const string PropertyName = "SessionTag";

    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(propertyFactory);
        var parts = new[] { "RrpSession", "Registrar" }
            .Select(name => logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string text } ? text : null)
            .Where(text => !string.IsNullOrEmpty(text));
        var tag = string.Join(' ', parts);
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(PropertyName, tag.Length == 0 ? string.Empty : tag + " "));
    }
}
