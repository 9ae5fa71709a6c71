using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Hosting;

namespace Rrp2Epp.Cli;

/// <summary>Starts a gateway host for a verb, reports start-up errors as one clear message, runs until stopped.</summary>
internal static class GatewayRunner
{
    /// <summary>Builds and starts; null and a message on <paramref name="error"/> when the configuration is bad.</summary>
    public static async Task<WebApplication?> StartAsync(GatewayHostSettings settings, string verb, TextWriter error, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = GatewayHost.Create(settings);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or FormatException or InvalidOperationException)
        {
            await error.WriteLineAsync($"rrp2epp {verb}: cannot read the configuration: {e.Message}").ConfigureAwait(false);
            return null;
        }

        try
        {
            await app.StartGatewayAsync(cancellationToken).ConfigureAwait(false);
            return app;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"rrp2epp {verb}: invalid configuration:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", e.Failures)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"rrp2epp {verb}: cannot start: {e.Message}").ConfigureAwait(false);
        }

        await app.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>Waits for the stop token, then stops the host (the command in flight finishes; idle sessions get 520).</summary>
    public static async Task RunUntilStoppedAsync(WebApplication app, CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C / SIGTERM.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
