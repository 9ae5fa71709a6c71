using System.Diagnostics;
using System.Globalization;

namespace Rrp2Epp.TestKit;

/// <summary>Starting the <c>rrp2epp</c> command as a real child process, and signalling it as a terminal would.</summary>
public static class CliProcesses
{
    /// <summary>
    /// A start of <c>dotnet DLL ARGS</c>, output and error redirected, with SIGINT set back to its default action in the
    /// child. A test run started in the background (<c>.ci/run &amp;</c>, nohup-style CI runners) inherits an ignored
    /// SIGINT, which exec keeps, and .NET then leaves Ctrl-C ignored as a background job should; the tests that send
    /// SIGINT check the command's own Ctrl-C handling, so they must not depend on how the suite was started.
    /// <c>env</c> (coreutils) execs dotnet, so the process id is the command's.
    /// </summary>
    public static ProcessStartInfo Dotnet(string dll, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM ...) to a process that is still running, with <c>kill</c>.</summary>
    public static void Signal(Process process, string signal)
    {
        if (process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to end (up to <see cref="TestGuard.HangLimit"/>); one still running then is killed, with its children.</summary>
    public static async Task WaitOrKillAsync(Process process)
    {
        try
        {
            await process.WaitForExitAsync(TestGuard.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
