using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// The figures of a run: the table on standard output, and the same figures as JSON
/// (<c>{"paths": {"gateway": {...}, "direct": {...}, "echo": {...}}, "ratios": {"gatewayToDirect": x, "gatewayToEcho": y}}</c>;
/// a path not run is null, and so is a ratio without both its paths).
/// </summary>
internal sealed class BenchReport(BenchSettings settings, IReadOnlyDictionary<BenchPath, PathResult> results, DateTimeOffset startedAt)
{
    public PathResult? this[BenchPath path] => results.GetValueOrDefault(path);

    /// <summary>Path (a)'s commands/s over path (b)'s.</summary>
    public double? GatewayToDirect => Ratio(BenchPath.Direct);

    /// <summary>Path (a)'s commands/s over path (c)'s.</summary>
    public double? GatewayToEcho => Ratio(BenchPath.Echo);

    public long Errors => results.Values.Sum(r => r.Errors);

    public string ToText()
    {
        var text = new StringBuilder();
        var measured = settings.Count is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{count:N0} commands")
            : string.Create(CultureInfo.InvariantCulture, $"{settings.Seconds:0.###} s");
        text.Append(CultureInfo.InvariantCulture,
            $"rrp2epp bench: {settings.Mix.ToString().ToLowerInvariant()} mix, {settings.Sessions} session(s) per path, {measured} measured per path after a {settings.WarmupSeconds:0.###} s warm-up, {Environment.ProcessorCount} processors, {startedAt:yyyy-MM-dd HH:mm:ss}Z").AppendLine();
        text.Append(CultureInfo.InvariantCulture,
            $"{"path",-8} {"commands/s",11} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}   CPU s/1000 commands: {"gateway",8} {"sandbox",8} {"echo",8} {"bench",8}").AppendLine();
        foreach (var path in settings.Paths)
        {
            if (results.GetValueOrDefault(path) is not { } r)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture,
                $"{BenchProgress.Name(path),-8} {r.CommandsPerSecond,11:N0} {r.P50Ms,8:F2} {r.P90Ms,8:F2} {r.P99Ms,8:F2} {r.MaxMs,8:F2} {r.Errors,7:N0}                        {Cpu(r.GatewayCpuPer1000),8} {Cpu(r.SandboxCpuPer1000),8} {Cpu(r.EchoCpuPer1000),8} {Cpu(r.BenchCpuPer1000),8}").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"ratios: gateway/direct {RatioText(GatewayToDirect)}, gateway/echo {RatioText(GatewayToEcho)}").AppendLine();
        return text.ToString();
    }

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("paths");
            foreach (var path in Enum.GetValues<BenchPath>())
            {
                var name = BenchProgress.Name(path);
                if (results.GetValueOrDefault(path) is not { } r)
                {
                    json.WriteNull(name);
                    continue;
                }

                json.WriteStartObject(name);
                json.WriteNumber("commandsPerSecond", Math.Round(r.CommandsPerSecond, 1));
                json.WriteNumber("p50Ms", Math.Round(r.P50Ms, 3));
                json.WriteNumber("p90Ms", Math.Round(r.P90Ms, 3));
                json.WriteNumber("p99Ms", Math.Round(r.P99Ms, 3));
                json.WriteNumber("maxMs", Math.Round(r.MaxMs, 3));
                json.WriteNumber("errors", r.Errors);
                json.WriteNumber("commands", r.Commands);
                json.WriteNumber("seconds", Math.Round(r.Seconds, 3));
                json.WriteNumber("sessions", r.Sessions);
                Number(json, "gatewayCpuSecondsPer1000", r.GatewayCpuPer1000, 4);
                Number(json, "sandboxCpuSecondsPer1000", r.SandboxCpuPer1000, 4);
                Number(json, "echoCpuSecondsPer1000", r.EchoCpuPer1000, 4);
                Number(json, "benchCpuSecondsPer1000", r.BenchCpuPer1000, 4);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("ratios");
            Number(json, "gatewayToDirect", GatewayToDirect, 3);
            Number(json, "gatewayToEcho", GatewayToEcho, 3);
            json.WriteEndObject();
            json.WriteStartObject("run");
            json.WriteString("startedAt", startedAt);
            json.WriteString("mix", settings.Mix.ToString().ToLowerInvariant());
            json.WriteNumber("sessions", settings.Sessions);
            Number(json, "seconds", settings.Count is null ? settings.Seconds : null, 3);
            if (settings.Count is { } count)
            {
                json.WriteNumber("count", count);
            }
            else
            {
                json.WriteNull("count");
            }

            json.WriteNumber("warmupSeconds", settings.WarmupSeconds);
            json.WriteString("gateway", settings.Gateway?.ToString() ?? "started by the bench");
            json.WriteString("registry", settings.Registry?.ToString() ?? "sandbox started by the bench");
            json.WriteNumber("processors", Environment.ProcessorCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private double? Ratio(BenchPath other) =>
        results.GetValueOrDefault(BenchPath.Gateway) is { } a && results.GetValueOrDefault(other) is { CommandsPerSecond: > 0 } b
            ? a.CommandsPerSecond / b.CommandsPerSecond
            : null;

    private static void Number(Utf8JsonWriter json, string name, double? value, int digits)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, digits));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Cpu(double? value) => value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "n/a";

    private static string RatioText(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "n/a";
}
