using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Cli;

/// <summary>
/// <c>rrp2epp messages --config FILE</c>: lists the EPP poll messages the gateway drained and kept (transfers requested,
/// approved, rejected, auto-approved, cancelled; pending actions completed or denied; purged domains), oldest first,
/// filtered by registrar, time and kind; plain text (one line each) or <c>--json</c>. It reads the gateway's
/// configuration only to find the store, and never changes it.
/// </summary>
public static class MessagesCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "The gateway's configuration file (JSON): where its store is" };
        var registrar = new Option<string?>("--registrar") { Description = "Only this RRP registrar's messages" };
        var since = new Option<string?>("--since") { Description = "Only messages kept at or after this time (ISO 8601, e.g. 2025-03-14T09:00:00Z)" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", PollMessageKinds.All) };
        kind.AcceptOnlyFromAmong([.. PollMessageKinds.All]);
        var limit = new Option<int>("--limit") { Description = "At most this many (oldest first)", DefaultValueFactory = _ => 1000 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of one line per message" };
        var command = new Command("messages", "List the EPP poll messages the gateway has kept.") { config, registrar, since, kind, limit, json };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"rrp2epp messages: --since '{text}' is not an ISO 8601 time (e.g. 2025-03-14T09:00:00Z)").ConfigureAwait(false);
                    return 2;
                }

                from = parsed;
            }

            if (parse.GetValue(limit) is < 1 or > 100_000)
            {
                await error.WriteLineAsync("rrp2epp messages: --limit must be 1-100000").ConfigureAwait(false);
                return 2;
            }

            if (await StoreConfiguration.ReadAsync("messages", parse.GetValue(config), [.. parse.UnmatchedTokens], error).ConfigureAwait(false) is not { } options)
            {
                return 2;
            }

            var settings = options.Store;
            var file = Path.GetFullPath(Path.Combine(settings.DataDirectory, settings.FileName));
            if (settings.Provider == StoreProvider.Sqlite && !File.Exists(file))
            {
                // A listing never creates a store: a wrong data folder is said, not papered over with an empty one.
                await error.WriteLineAsync($"rrp2epp messages: no store at {file} (Gateway:Store:DataDirectory)").ConfigureAwait(false);
                return 2;
            }

            var store = GatewayHost.CreateStore(settings);
            IReadOnlyList<PollMessageRecord> messages;
            try
            {
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var query = new PollMessageQuery { Registrar = parse.GetValue(registrar), Since = from, Kind = parse.GetValue(kind), Limit = parse.GetValue(limit) };
                messages = await store.GetPollMessagesAsync(query, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                await error.WriteLineAsync($"rrp2epp messages: {e.Message}").ConfigureAwait(false);
                return 2;
            }
            finally
            {
                if (store is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(messages, Json)).ConfigureAwait(false);
                return 0;
            }

            foreach (var m in messages)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{m.ReceivedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}  {m.Registry}  {m.Registrar}  {m.Kind}  {m.ObjectName ?? "-"}  id {m.MessageId}  \"{m.Text}\"{(m.Detail is null ? string.Empty : "  " + m.Detail)}")).ConfigureAwait(false);
            }

            if (messages.Count == 0)
            {
                await error.WriteLineAsync("rrp2epp messages: no messages match").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
