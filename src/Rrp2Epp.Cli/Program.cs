using System.CommandLine;

namespace Rrp2Epp.Cli;

/// <summary>The <c>rrp2epp</c> command: one verb per job (sandbox, gateway, demo, client ...).</summary>
public static class Program
{
    public static int Main(string[] args) => BuildRootCommand().Parse(args).Invoke();

    /// <summary>The whole command tree; tests parse against it without starting a process.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("Rrp2Epp: a gateway from the Registry Registrar Protocol (RRP 1.1.0/2.0.0) to EPP registries.");
        return root;
    }
}
