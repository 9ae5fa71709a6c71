using Microsoft.Extensions.Configuration;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Cli;

/// <summary>
/// The gateway's options as the store's maintenance verbs (<c>authinfo</c>, <c>messages</c>) read them: from the same
/// sources, in the same order, as <c>rrp2epp gateway</c> (the file, <c>RRP2EPP__</c> environment variables,
/// <c>--Gateway:Key=value</c> arguments). Only the store settings must be usable, and only they are checked.
/// </summary>
internal static class StoreConfiguration
{
    /// <summary>The options; null (and one message on <paramref name="error"/>) when the file is missing or the store settings are unusable.</summary>
    public static async Task<GatewayOptions?> ReadAsync(string verb, FileInfo? file, IReadOnlyList<string> args, TextWriter error)
    {
        if (file is not null && !file.Exists)
        {
            await error.WriteLineAsync($"rrp2epp {verb}: configuration file {file.FullName} does not exist").ConfigureAwait(false);
            return null;
        }

        GatewayOptions options;
        try
        {
            var configuration = new ConfigurationBuilder();
            GatewayHost.ConfigureConfiguration(configuration, new GatewayHostSettings { ConfigFile = file?.FullName, Args = args });
            options = configuration.Build().GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException)
        {
            await error.WriteLineAsync($"rrp2epp {verb}: cannot read the configuration: {e.Message}").ConfigureAwait(false);
            return null;
        }

        var errors = GatewayOptionsValidator.CheckStore(options.Store);
        if (errors.Count > 0)
        {
            await error.WriteLineAsync($"rrp2epp {verb}: invalid configuration:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors)).ConfigureAwait(false);
            return null;
        }

        return options;
    }
}
