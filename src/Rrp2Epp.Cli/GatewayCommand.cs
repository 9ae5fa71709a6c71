using System.CommandLine;
using System.Globalization;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp gateway --config FILE</c>: runs the gateway from an appsettings-style JSON file; environment variables
/// (<c>RRP2EPP__Gateway__...</c>) and extra <c>--Gateway:Key=value</c> arguments override it. Prints one ready line per
/// listener; Ctrl-C stops it cleanly (exit 0); a bad configuration is one message listing every problem (exit 2).
/// </summary>
public static class GatewayCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file (JSON, see README: Configuration)" };
        var command = new Command("gateway", "Run the RRP→EPP gateway from a configuration file.") { config };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(config);
            if (file is not null && !file.Exists)
            {
                await error.WriteLineAsync($"rrp2epp gateway: configuration file {file.FullName} does not exist").ConfigureAwait(false);
                return 2;
            }

            using var signal = new StopSignal(cancellationToken);
            var settings = new GatewayHostSettings { ConfigFile = file?.FullName, Args = [.. parse.UnmatchedTokens] };
            var app = await GatewayRunner.StartAsync(settings, "gateway", error, signal.Token).ConfigureAwait(false);
            if (app is null)
            {
                return 2;
            }

            foreach (var listener in app.RrpListeners())
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Rrp2Epp gateway ready: RRP {listener.Version.ToText()} on {HostPort.Format(listener.BoundEndPoint!)} (listener {listener.Options.Name})")).ConfigureAwait(false);
            }

            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await GatewayRunner.RunUntilStoppedAsync(app, signal.Token).ConfigureAwait(false);
            await output.WriteLineAsync("Rrp2Epp gateway stopped").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
