using Npgsql;
using NpgsqlTypes;

namespace Rrp2Epp.Gateway.Store;

/// <summary>The PostgreSQL store's host-attribute name servers, their delegations and the kept poll messages (schema version 3, as SQLite's).</summary>
public sealed partial class PostgreSqlGatewayStore
{
    private const string SchemaV3 = """
        ALTER TABLE pending_action ADD COLUMN cl_trid text NULL;
        CREATE TABLE name_server (
            registry text NOT NULL,
            name text NOT NULL,
            addresses text[] NOT NULL,
            sponsor text NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (registry, name));
        CREATE INDEX name_server_by_address ON name_server USING gin (addresses);
        CREATE TABLE delegation (
            registry text NOT NULL,
            domain text NOT NULL,
            name_server text NOT NULL,
            PRIMARY KEY (registry, domain, name_server));
        CREATE INDEX delegation_by_name_server ON delegation (registry, name_server);
        CREATE TABLE poll_message (
            registry text NOT NULL,
            registrar text NOT NULL,
            message_id text NOT NULL,
            queued_at timestamptz NULL,
            received_at timestamptz NOT NULL,
            kind text NOT NULL,
            object_name text NULL,
            text text NOT NULL,
            detail text NULL,
            PRIMARY KEY (registry, registrar, message_id));
        CREATE INDEX poll_message_by_time ON poll_message (received_at);
        """;

    /// <inheritdoc />
    public async Task<NameServerRecord?> GetNameServerAsync(string registry, string name, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync("SELECT registry, name, addresses, sponsor, created_at, updated_at FROM name_server WHERE registry = $1 AND name = $2;", ReadNameServer,
            cancellationToken, registry, Key(name)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<bool> AddNameServerAsync(NameServerRecord nameServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServer);
        return await ExecuteAsync(
            "INSERT INTO name_server (registry, name, addresses, sponsor, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (registry, name) DO NOTHING;",
            cancellationToken, nameServer.Registry, Key(nameServer.Name), nameServer.Addresses.ToArray(), nameServer.Sponsor,
            nameServer.CreatedAt.ToUniversalTime(), nameServer.UpdatedAt.ToUniversalTime()).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> ReplaceNameServerAsync(string name, NameServerRecord nameServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServer);
        var (old, renamed) = (Key(name), Key(nameServer.Name));
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The primary key refuses a rename onto a name that is kept (23505): the whole change is then rolled back.
            var changed = await ExecuteAsync(connection,
                "UPDATE name_server SET name = $3, addresses = $4, sponsor = $5, created_at = $6, updated_at = $7 WHERE registry = $1 AND name = $2;",
                cancellationToken, nameServer.Registry, old, renamed, nameServer.Addresses.ToArray(), nameServer.Sponsor,
                nameServer.CreatedAt.ToUniversalTime(), nameServer.UpdatedAt.ToUniversalTime()).ConfigureAwait(false);
            if (changed == 0)
            {
                return false;
            }

            await ExecuteAsync(connection, "UPDATE delegation SET name_server = $3 WHERE registry = $1 AND name_server = $2;", cancellationToken,
                nameServer.Registry, old, renamed).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveNameServerAsync(string registry, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "DELETE FROM delegation WHERE registry = $1 AND name_server = $2;", cancellationToken, registry, Key(name)).ConfigureAwait(false);
        var removed = await ExecuteAsync(connection, "DELETE FROM name_server WHERE registry = $1 AND name = $2;", cancellationToken, registry, Key(name)).ConfigureAwait(false) > 0;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetSubordinateNameServersAsync(string registry, string domainName, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT name FROM name_server WHERE registry = $1 AND right(name, length($2)) = $2 ORDER BY name;", r => r.GetString(0), cancellationToken,
            registry, "." + Key(domainName));

    /// <inheritdoc />
    public async Task<string?> FindNameServerByAddressAsync(string registry, string address, CancellationToken cancellationToken = default) =>
        (string?)await ScalarAsync("SELECT name FROM name_server WHERE registry = $1 AND addresses @> ARRAY[$2] ORDER BY name LIMIT 1;", cancellationToken, registry, address)
            .ConfigureAwait(false);

    /// <inheritdoc />
    public async Task SetDelegationsAsync(string registry, string domainName, IReadOnlyList<string> nameServers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServers);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "DELETE FROM delegation WHERE registry = $1 AND domain = $2;", cancellationToken, registry, Key(domainName)).ConfigureAwait(false);
        await ExecuteAsync(connection, "INSERT INTO delegation (registry, domain, name_server) SELECT $1, $2, unnest($3::text[]);", cancellationToken,
            registry, Key(domainName), nameServers.Select(Key).Distinct(StringComparer.Ordinal).ToArray()).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetDelegationsAsync(string registry, string domainName, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT name_server FROM delegation WHERE registry = $1 AND domain = $2 ORDER BY name_server;", r => r.GetString(0), cancellationToken, registry, Key(domainName));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetDelegatingDomainsAsync(string registry, string nameServer, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT domain FROM delegation WHERE registry = $1 AND name_server = $2 ORDER BY domain;", r => r.GetString(0), cancellationToken, registry, Key(nameServer));

    /// <inheritdoc />
    public async Task<bool> AddPollMessageAsync(PollMessageRecord message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return await ExecuteAsync("""
            INSERT INTO poll_message (registry, registrar, message_id, queued_at, received_at, kind, object_name, text, detail)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (registry, registrar, message_id) DO NOTHING;
            """, cancellationToken,
            message.Registry, message.Registrar, message.MessageId, Nullable(message.QueuedAt?.ToUniversalTime()), message.ReceivedAt.ToUniversalTime(),
            message.Kind, Nullable(message.ObjectName?.ToLowerInvariant()), message.Text, Nullable(message.Detail)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PollMessageRecord>> GetPollMessagesAsync(PollMessageQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListAsync("""
            SELECT registry, registrar, message_id, queued_at, received_at, kind, object_name, text, detail FROM poll_message
            WHERE ($1::text IS NULL OR registrar = $1) AND ($2::timestamptz IS NULL OR received_at >= $2) AND ($3::text IS NULL OR kind = $3)
            ORDER BY received_at, registry, registrar, message_id LIMIT $4;
            """,
            r => new PollMessageRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3),
                r.GetFieldValue<DateTimeOffset>(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)),
            cancellationToken,
            Typed(query.Registrar, NpgsqlDbType.Text), Typed(query.Since?.ToUniversalTime(), NpgsqlDbType.TimestampTz), Typed(query.Kind, NpgsqlDbType.Text), query.Limit);
    }

    private static NameServerRecord ReadNameServer(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<DateTimeOffset>(5));

    /// <summary>A value for a nullable column (null as <see cref="DBNull"/>).</summary>
    private static object Nullable(object? value) => value ?? DBNull.Value;

    /// <summary>A parameter whose type PostgreSQL cannot infer from a null.</summary>
    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
