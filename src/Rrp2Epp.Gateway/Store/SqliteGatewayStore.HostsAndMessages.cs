using Microsoft.Data.Sqlite;

namespace Rrp2Epp.Gateway.Store;

/// <summary>The SQLite store's host-attribute name servers, their delegations and the kept poll messages (schema version 3).</summary>
public sealed partial class SqliteGatewayStore
{
    private const string SchemaV3 = """
        ALTER TABLE pending_action ADD COLUMN cl_trid TEXT NULL;
        CREATE TABLE IF NOT EXISTS name_server (
            registry TEXT NOT NULL,
            name TEXT NOT NULL,
            sponsor TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (registry, name));
        CREATE TABLE IF NOT EXISTS name_server_address (
            registry TEXT NOT NULL,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            address TEXT NOT NULL,
            PRIMARY KEY (registry, name, position));
        CREATE INDEX IF NOT EXISTS name_server_address_by_address ON name_server_address (registry, address);
        CREATE TABLE IF NOT EXISTS delegation (
            registry TEXT NOT NULL,
            domain TEXT NOT NULL,
            name_server TEXT NOT NULL,
            PRIMARY KEY (registry, domain, name_server));
        CREATE INDEX IF NOT EXISTS delegation_by_name_server ON delegation (registry, name_server);
        CREATE TABLE IF NOT EXISTS poll_message (
            registry TEXT NOT NULL,
            registrar TEXT NOT NULL,
            message_id TEXT NOT NULL,
            queued_at TEXT NULL,
            received_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            object_name TEXT NULL,
            text TEXT NOT NULL,
            detail TEXT NULL,
            PRIMARY KEY (registry, registrar, message_id));
        CREATE INDEX IF NOT EXISTS poll_message_by_time ON poll_message (received_at);
        PRAGMA user_version = 3;
        """;

    /// <inheritdoc />
    public async Task<NameServerRecord?> GetNameServerAsync(string registry, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadNameServerAsync(connection, null, registry, Key(name), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> AddNameServerAsync(NameServerRecord nameServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServer);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = await ExecuteAsync(connection,
            "INSERT INTO name_server (registry, name, sponsor, created_at, updated_at) VALUES ($g, $n, $s, $c, $u) ON CONFLICT(registry, name) DO NOTHING;",
            cancellationToken, transaction, ("$g", nameServer.Registry), ("$n", Key(nameServer.Name)), ("$s", nameServer.Sponsor),
            ("$c", Format(nameServer.CreatedAt)), ("$u", Format(nameServer.UpdatedAt))).ConfigureAwait(false) > 0;
        if (added)
        {
            await WriteAddressesAsync(connection, transaction, nameServer, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <inheritdoc />
    public async Task<bool> ReplaceNameServerAsync(string name, NameServerRecord nameServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServer);
        var (old, renamed) = (Key(name), Key(nameServer.Name));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadNameServerAsync(connection, transaction, nameServer.Registry, old, cancellationToken).ConfigureAwait(false) is null
            || (old != renamed && await ReadNameServerAsync(connection, transaction, nameServer.Registry, renamed, cancellationToken).ConfigureAwait(false) is not null))
        {
            return false;
        }

        var g = ("$g", (object)nameServer.Registry);
        await ExecuteAsync(connection, "DELETE FROM name_server_address WHERE registry = $g AND name = $o;", cancellationToken, transaction, g, ("$o", old)).ConfigureAwait(false);
        await ExecuteAsync(connection, "UPDATE name_server SET name = $n, sponsor = $s, created_at = $c, updated_at = $u WHERE registry = $g AND name = $o;", cancellationToken, transaction,
            g, ("$o", old), ("$n", renamed), ("$s", nameServer.Sponsor), ("$c", Format(nameServer.CreatedAt)), ("$u", Format(nameServer.UpdatedAt))).ConfigureAwait(false);
        await ExecuteAsync(connection, "UPDATE delegation SET name_server = $n WHERE registry = $g AND name_server = $o;", cancellationToken, transaction,
            g, ("$o", old), ("$n", renamed)).ConfigureAwait(false);
        await WriteAddressesAsync(connection, transaction, nameServer, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveNameServerAsync(string registry, string name, CancellationToken cancellationToken = default)
    {
        var parameters = new (string, object)[] { ("$g", registry), ("$n", Key(name)) };
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "DELETE FROM name_server_address WHERE registry = $g AND name = $n;", cancellationToken, transaction, parameters).ConfigureAwait(false);
        await ExecuteAsync(connection, "DELETE FROM delegation WHERE registry = $g AND name_server = $n;", cancellationToken, transaction, parameters).ConfigureAwait(false);
        var removed = await ExecuteAsync(connection, "DELETE FROM name_server WHERE registry = $g AND name = $n;", cancellationToken, transaction, parameters).ConfigureAwait(false) > 0;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetSubordinateNameServersAsync(string registry, string domainName, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT name FROM name_server WHERE registry = $g AND substr(name, -length($s)) = $s ORDER BY name;", r => r.GetString(0), cancellationToken,
            ("$g", registry), ("$s", "." + Key(domainName)));

    /// <inheritdoc />
    public async Task<string?> FindNameServerByAddressAsync(string registry, string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (string?)await ScalarAsync(connection, "SELECT name FROM name_server_address WHERE registry = $g AND address = $a ORDER BY name LIMIT 1;", cancellationToken,
            ("$g", registry), ("$a", address)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SetDelegationsAsync(string registry, string domainName, IReadOnlyList<string> nameServers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServers);
        var domain = Key(domainName);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "DELETE FROM delegation WHERE registry = $g AND domain = $d;", cancellationToken, transaction, ("$g", registry), ("$d", domain)).ConfigureAwait(false);
        foreach (var host in nameServers.Select(Key).Distinct(StringComparer.Ordinal))
        {
            await ExecuteAsync(connection, "INSERT INTO delegation (registry, domain, name_server) VALUES ($g, $d, $h);", cancellationToken, transaction,
                ("$g", registry), ("$d", domain), ("$h", host)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetDelegationsAsync(string registry, string domainName, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT name_server FROM delegation WHERE registry = $g AND domain = $d ORDER BY name_server;", r => r.GetString(0), cancellationToken,
            ("$g", registry), ("$d", Key(domainName)));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetDelegatingDomainsAsync(string registry, string nameServer, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT domain FROM delegation WHERE registry = $g AND name_server = $h ORDER BY domain;", r => r.GetString(0), cancellationToken,
            ("$g", registry), ("$h", Key(nameServer)));

    /// <inheritdoc />
    public async Task<bool> AddPollMessageAsync(PollMessageRecord message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, """
            INSERT INTO poll_message (registry, registrar, message_id, queued_at, received_at, kind, object_name, text, detail)
            VALUES ($g, $r, $m, $q, $t, $k, $o, $x, $d) ON CONFLICT(registry, registrar, message_id) DO NOTHING;
            """, cancellationToken, null,
            ("$g", message.Registry), ("$r", message.Registrar), ("$m", message.MessageId), ("$q", Nullable(message.QueuedAt is { } q ? Format(q) : null)),
            ("$t", Format(message.ReceivedAt)), ("$k", message.Kind), ("$o", Nullable(message.ObjectName?.ToLowerInvariant())), ("$x", message.Text),
            ("$d", Nullable(message.Detail))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PollMessageRecord>> GetPollMessagesAsync(PollMessageQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListAsync("""
            SELECT registry, registrar, message_id, queued_at, received_at, kind, object_name, text, detail FROM poll_message
            WHERE ($r IS NULL OR registrar = $r) AND ($s IS NULL OR received_at >= $s) AND ($k IS NULL OR kind = $k)
            ORDER BY received_at, registry, registrar, message_id LIMIT $l;
            """,
            r => new PollMessageRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : Parse(r.GetString(3)), Parse(r.GetString(4)),
                r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)),
            cancellationToken,
            ("$r", Nullable(query.Registrar)), ("$s", Nullable(query.Since is { } since ? Format(since) : null)), ("$k", Nullable(query.Kind)), ("$l", query.Limit));
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;

    private static async Task<NameServerRecord?> ReadNameServerAsync(SqliteConnection connection, SqliteTransaction? transaction, string registry, string name, CancellationToken cancellationToken)
    {
        string sponsor;
        DateTimeOffset created, updated;
        await using (var command = Command(connection, "SELECT sponsor, created_at, updated_at FROM name_server WHERE registry = $g AND name = $n;", transaction, ("$g", registry), ("$n", name)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            (sponsor, created, updated) = (reader.GetString(0), Parse(reader.GetString(1)), Parse(reader.GetString(2)));
        }

        List<string> addresses;
        await using (var command = Command(connection, "SELECT address FROM name_server_address WHERE registry = $g AND name = $n ORDER BY position;", transaction, ("$g", registry), ("$n", name)))
        {
            addresses = await ReadRowsAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        }

        return new NameServerRecord(registry, name, addresses, sponsor, created, updated);
    }

    private static async Task WriteAddressesAsync(SqliteConnection connection, SqliteTransaction transaction, NameServerRecord nameServer, CancellationToken cancellationToken)
    {
        for (var i = 0; i < nameServer.Addresses.Count; i++)
        {
            await ExecuteAsync(connection, "INSERT INTO name_server_address (registry, name, position, address) VALUES ($g, $n, $p, $a);", cancellationToken, transaction,
                ("$g", nameServer.Registry), ("$n", Key(nameServer.Name)), ("$p", i), ("$a", nameServer.Addresses[i])).ConfigureAwait(false);
        }
    }
}
