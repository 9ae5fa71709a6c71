using System.ComponentModel;
using System.Diagnostics;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.EndToEnd;

/// <summary>Runs a machine tool (docker-compose, haproxy, python3, bash) to its end; a missing tool fails the test naming the package.</summary>
internal static class Tool
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string file, IEnumerable<string> args, string? input = null, IReadOnlyDictionary<string, string>? environment = null, string? folder = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder ?? RepositoryPaths.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{file}' is required by this test and could not be run ({e.Message}): install its Debian package (bash .ci/test installs docker-compose, haproxy and postgresql)", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestGuard.Token);
            var error = process.StandardError.ReadToEndAsync(TestGuard.Token);
            await process.StandardInput.WriteAsync(input ?? "");
            process.StandardInput.Close();
            await process.WaitForExitAsync(TestGuard.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
