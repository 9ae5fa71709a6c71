using System.CommandLine;
using Rrp2Epp.Cli.Bench;

namespace Rrp2Epp.Cli;

/// <summary>The <c>rrp2epp</c> command: one verb per job (sandbox, gateway, demo, client ...).</summary>
public static class Program
{
    // System.CommandLine's own Ctrl-C handling forces exit code 130/143; long-running verbs
    // (sandbox ...) register SIGINT/SIGTERM themselves and stop cleanly with exit code 0.
    public static int Main(string[] args) =>
        BuildRootCommand().Parse(args).Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });

    /// <summary>The whole command tree; tests parse against it without starting a process.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("Rrp2Epp: a gateway from the Registry Registrar Protocol (RRP 1.1.0/2.0.0) to EPP registries.");
        root.Subcommands.Add(SandboxCommand.Create());
        root.Subcommands.Add(GatewayCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ClientCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(BenchCommand.CreateSandboxLoad());
        root.Subcommands.Add(BenchEchoCommand.Create());
        root.Subcommands.Add(AuthInfoCommand.Create());
        root.Subcommands.Add(MessagesCommand.Create());
        return root;
    }
}
