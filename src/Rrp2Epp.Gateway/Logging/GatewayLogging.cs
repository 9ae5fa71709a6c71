using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace Rrp2Epp.Gateway.Logging;

/// <summary>
/// Serilog from the <c>Serilog</c> configuration section (sinks, levels, a file sink with compact JSON ...). Without one:
/// Information and above to the console (standard error, so a verb's own output stays clean), ASP.NET Core's chatter at
/// Warning. Every event carries the RRP session's correlation id and, after login, the registrar.
/// </summary>
public static class GatewayLogging
{
    /// <summary>
    /// The console layout when the configuration sets none: the session tag (correlation id and registrar, or nothing
    /// outside a session; <see cref="SessionTagEnricher"/>) and the message with its strings and enums unquoted (no JSON rendering).
    /// </summary>
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SessionTag:l}{Message:l}{NewLine}{Exception}";

    /// <summary>Configures <paramref name="logger"/>.</summary>
    public static void Configure(LoggerConfiguration logger, IConfiguration configuration, Action<LoggerConfiguration>? extra)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configuration);
        logger.Enrich.FromLogContext().Enrich.With<SessionTagEnricher>()
            .Filter.ByExcluding(IsHostStartFailure);
        if (configuration.GetSection("Serilog").Exists())
        {
            logger.ReadFrom.Configuration(configuration);
        }
        else
        {
            logger.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        extra?.Invoke(logger);
    }

    // The host logs a failed start with the whole exception chain (e.g. Kestrel's bind stack), while the
    // CLI already reports the cause in one line; the stack helps nobody who just picked a port in use.
    private static bool IsHostStartFailure(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" }
        && logEvent.MessageTemplate.Text.StartsWith("Hosting failed to start", StringComparison.Ordinal);
}
