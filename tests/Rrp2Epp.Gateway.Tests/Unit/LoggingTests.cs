using System.Globalization;
using Rrp2Epp.Gateway.Logging;
using Serilog;
using Serilog.Context;
using Serilog.Formatting.Display;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>The console layout: no doubled spaces outside a session or before login, strings without quotes.</summary>
public sealed class LoggingTests
{
    [Fact]
    public void Console_lines_carry_the_session_tag_only_when_there_is_one_and_print_strings_unquoted()
    {
        var lines = new List<string>();
        var formatter = new MessageTemplateTextFormatter(GatewayLogging.ConsoleTemplate.Replace("{Timestamp:HH:mm:ss} ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        using (var logger = new LoggerConfiguration().Enrich.FromLogContext().Enrich.With<SessionTagEnricher>()
                   .WriteTo.Sink(new DelegatingSink(e =>
                   {
                       using var text = new StringWriter(CultureInfo.InvariantCulture);
                       formatter.Format(e, text);
                       lines.Add(text.ToString().TrimEnd('\r', '\n'));
                   })).CreateLogger())
        {
            logger.Information("started on {Host:l}", "127.0.0.1");
            using (LogContext.PushProperty("RrpSession", "rrp-0011aabb"))
            {
                logger.Information("RRP connection from {Remote:l}", "127.0.0.1:5000");
                using (LogContext.PushProperty("Registrar", "registrarA"))
                {
                    logger.Information("RRP {Command} {Object:l} → {Code}", Rrp.RrpCommand.Add, "example.com", 200);
                }
            }
        }

        Assert.Equal(
            [
                "[INF] started on 127.0.0.1",
                "[INF] rrp-0011aabb RRP connection from 127.0.0.1:5000",
                "[INF] rrp-0011aabb registrarA RRP Add example.com → 200",
            ],
            lines);
    }

    private sealed class DelegatingSink(Action<Serilog.Events.LogEvent> write) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent) => write(logEvent);
    }
}
