using System.Diagnostics;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>The <c>rrp2epp</c> command (the build beside the tests) started as a real process, output and error redirected.</summary>
internal static class CliProcess
{
    /// <summary>The built <c>rrp2epp.dll</c>.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rrp2epp.dll");

    /// <summary>Starts <c>dotnet rrp2epp.dll ARGS</c> (<see cref="CliProcesses.Dotnet"/>); <paramref name="redirectInput"/> gives the test its standard input.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, bool redirectInput = false)
    {
        var start = CliProcesses.Dotnet(Dll, args);
        start.RedirectStandardInput = redirectInput;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <c>dotnet rrp2epp.dll ARGS</c> to its end with <paramref name="input"/> piped in.</summary>
    public static Task<(int Code, string Output, string Error)> RunAsync(IEnumerable<string> args, string? input = null, IReadOnlyDictionary<string, string>? environment = null) =>
        Tool.RunAsync("dotnet", [Dll, .. args], input, new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
}
