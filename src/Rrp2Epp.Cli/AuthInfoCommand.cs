using System.CommandLine;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp authinfo set|show|remove DOMAIN --config FILE</c>: the store's authInfo for a domain, for the operator.
/// <c>set</c> is the registrar-side model: a registrar that received a domain's code out of band (from the registrant)
/// has it stored, and the gateway presents it when that registrar asks for the transfer. <c>show</c> says whether a code
/// is stored, and prints it only with <c>--reveal</c> (to hand to a registrant leaving for a registrar outside the
/// gateway). The store is found as the gateway finds it (same file, environment variables, <c>--Gateway:...</c>
/// arguments). The code is read from standard input, never from the command line, and never printed by <c>set</c>.
/// Exit codes: 0 done, 1 no code stored (show, remove), 2 bad input or configuration.
/// </summary>
public static class AuthInfoCommand
{
    public static Command Create()
    {
        var command = new Command("authinfo", "Set, show or remove the authInfo the gateway's store holds for a domain.");
        command.Subcommands.Add(Verb("set", "Store a domain's authInfo, read from standard input (typed twice, not shown, on a terminal).", null, SetAsync));
        var reveal = new Option<bool>("--reveal") { Description = "Print the stored code itself (on standard output, alone)" };
        command.Subcommands.Add(Verb("show", "Say whether a domain's authInfo is stored; --reveal prints it.", reveal,
            (context, store, domain) => ShowAsync(context, store, domain, context.Parse.GetValue(reveal))));
        command.Subcommands.Add(Verb("remove", "Forget a domain's stored authInfo.", null, RemoveAsync));
        return command;
    }

    /// <summary>What a verb's action gets besides the store and the normalised domain.</summary>
    private sealed record VerbContext(ParseResult Parse, TextWriter Output, TextWriter Error, CancellationToken Cancellation);

    private static Command Verb(string name, string description, Option<bool>? extra, Func<VerbContext, IGatewayStore, string, Task<int>> action)
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The domain, e.g. example.com (any case, a final dot allowed)" };
        var config = new Option<FileInfo?>("--config") { Description = "The gateway's configuration file (JSON): it says where the store is" };
        var command = new Command(name, description) { domain, config };
        if (extra is not null)
        {
            command.Options.Add(extra);
        }

        // Unmatched --Gateway:Key=value tokens are configuration, as for the gateway verb.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new VerbContext(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
            var options = await StoreConfiguration.ReadAsync("authinfo", parse.GetValue(config), [.. parse.UnmatchedTokens], context.Error).ConfigureAwait(false);
            if (options is null)
            {
                return 2;
            }

            var name = Normalize(parse.GetValue(domain)!);
            var registries = options.EffectiveRegistries;
            if (!registries.Any(r => TranslationSetup.BuildProfile(options, r).IsRegistrableDomain(name)))
            {
                await context.Error.WriteLineAsync(
                    $"rrp2epp authinfo: '{name}' is not a domain name in a zone this gateway serves ({string.Join(", ", registries.SelectMany(r => r.Zones))}; internationalised names in their xn-- form)").ConfigureAwait(false);
                return 2;
            }

            var store = GatewayHost.CreateStore(options.Store);
            try
            {
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                return await action(context, store, name).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                await context.Error.WriteLineAsync($"rrp2epp authinfo: {e.Message}").ConfigureAwait(false);
                return 2;
            }
            finally
            {
                if (store is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return command;
    }

    private static async Task<int> SetAsync(VerbContext context, IGatewayStore store, string domain)
    {
        var (code, problem) = await SecretInput.ReadAsync($"authInfo of {domain}", context.Error, context.Cancellation).ConfigureAwait(false);
        if (code is null || !TransferRequest.IsValidAuthInfo(code))
        {
            // The entry is never echoed, even when it is refused: it may be a real code with a stray character.
            await context.Error.WriteLineAsync("rrp2epp authinfo: " + (problem ?? "an authInfo is 6-64 printable ASCII characters without spaces")).ConfigureAwait(false);
            return 2;
        }

        var replaced = await store.GetAuthInfoAsync(domain, context.Cancellation).ConfigureAwait(false) is not null;
        await store.SetAuthInfoAsync(domain, code, context.Cancellation).ConfigureAwait(false);
        await context.Output.WriteLineAsync($"authInfo of {domain} {(replaced ? "replaced" : "stored")} in the {store}").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ShowAsync(VerbContext context, IGatewayStore store, string domain, bool reveal)
    {
        var code = await store.GetAuthInfoAsync(domain, context.Cancellation).ConfigureAwait(false);
        if (code is null)
        {
            await context.Error.WriteLineAsync($"no authInfo of {domain} in the {store}").ConfigureAwait(false);
            return 1;
        }

        await context.Output.WriteLineAsync(reveal ? code : $"an authInfo of {domain} is stored in the {store} (--reveal prints it)").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> RemoveAsync(VerbContext context, IGatewayStore store, string domain)
    {
        if (!await store.RemoveAuthInfoAsync(domain, context.Cancellation).ConfigureAwait(false))
        {
            await context.Error.WriteLineAsync($"no authInfo of {domain} in the {store}").ConfigureAwait(false);
            return 1;
        }

        await context.Output.WriteLineAsync($"authInfo of {domain} removed from the {store}").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Names are case-insensitive and may be written fully qualified: lower case, no final dot, no surrounding spaces.</summary>
    private static string Normalize(string domain)
    {
        var name = domain.Trim().ToLowerInvariant();
        return name.EndsWith('.') ? name[..^1] : name;
    }
}
