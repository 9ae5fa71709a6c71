using Npgsql;

namespace Rrp2Epp.Gateway.Store;

/// <summary>
/// <see cref="IGatewayStore"/> in a PostgreSQL database, shared by every gateway instance behind a load balancer
/// (DESIGN §4): whichever instance serves a registrar's next command finds what another one stored. The tables mirror
/// <see cref="SqliteGatewayStore"/>'s, with native types (<c>timestamptz</c>, <c>boolean</c>); the schema version lives in
/// the one-row table <c>rrp2epp_schema</c>. Connections come from one <see cref="NpgsqlDataSource"/> (Npgsql's pool);
/// every statement is parameterised.
/// </summary>
/// <remarks>
/// authInfo is kept as given, for the reason <see cref="SqliteGatewayStore"/> explains: restrict the database role and
/// the database's backups like a private key. Timestamps keep PostgreSQL's microsecond precision.
/// </remarks>
public sealed partial class PostgreSqlGatewayStore : IGatewayStore, IAsyncDisposable
{
    /// <summary>
    /// The schema steps in order: step <c>i</c> brings the schema from version <c>i</c> to <c>i + 1</c>. The numbers match
    /// <see cref="SqliteGatewayStore"/>'s versions, so a new table or column is one new step here and one there; a step
    /// already released is never edited (databases at that version will not run it again).
    /// </summary>
    private static readonly string[] Migrations =
    [
        // 1: authInfo, unresolved objects, pending rotations.
        """
        CREATE TABLE auth_info (
            domain text NOT NULL PRIMARY KEY,
            auth_info text NOT NULL,
            updated_at timestamptz NOT NULL);
        CREATE TABLE unresolved (
            object_name text NOT NULL PRIMARY KEY,
            command text NOT NULL,
            cl_trid text NOT NULL,
            marked_at timestamptz NOT NULL);
        CREATE TABLE pending_rotation (
            domain text NOT NULL,
            gainer text NOT NULL,
            since timestamptz NOT NULL,
            PRIMARY KEY (domain, gainer));
        """,

        // 2: pending actions (EPP 1001 answered 200) and ready rotations.
        """
        CREATE TABLE pending_action (
            object_name text NOT NULL,
            command text NOT NULL,
            registrar text NOT NULL,
            since timestamptz NOT NULL,
            PRIMARY KEY (object_name, command, registrar));
        ALTER TABLE pending_rotation ADD COLUMN ready boolean NOT NULL DEFAULT false;
        """,

        // 3: the clTRID of pending actions, host-attribute name servers and their delegations, kept poll messages.
        SchemaV3,

        // 4: the claim that lets one settler rotate a ready authInfo while the others skip it.
        "ALTER TABLE pending_rotation ADD COLUMN claimed_until timestamptz;",
    ];

    /// <summary>
    /// The advisory lock (<c>pg_advisory_xact_lock</c>) taken while the schema is created or upgraded, so instances that
    /// start together upgrade one after the other instead of racing on <c>CREATE TABLE</c>. Any constant works; this one
    /// spells "RRP2EPP" followed by 1 in ASCII.
    /// </summary>
    private const long SchemaLock = 0x5252_5032_4550_5001;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _description;

    /// <summary>A store on the database <paramref name="connectionString"/> names (nothing is opened until used).</summary>
    /// <exception cref="ArgumentException">The connection string cannot be parsed.</exception>
    public PostgreSqlGatewayStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _description = $"PostgreSQL store {Redact(builder)}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>The schema steps (tests build an old database from them).</summary>
    internal static IReadOnlyList<string> MigrationSteps => Migrations;

    /// <summary>
    /// A connection string fit for logs: every key but the password (<c>Password</c>, and <c>SSL Password</c> for the
    /// client key) as the builder normalises it.
    /// </summary>
    public static string Redact(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var copy = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
        copy.Remove("Password");
        copy.Remove("SSL Password");
        return copy.ConnectionString;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The database cannot be reached, refuses the login, or holds a newer schema (the message says which, without the password).</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock($1);", cancellationToken, SchemaLock).ConfigureAwait(false);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS rrp2epp_schema (
                    single boolean NOT NULL PRIMARY KEY DEFAULT true CHECK (single),
                    version integer NOT NULL);
                INSERT INTO rrp2epp_schema (version) VALUES (0) ON CONFLICT DO NOTHING;
                """, cancellationToken).ConfigureAwait(false);
            await using (var read = new NpgsqlCommand("SELECT version FROM rrp2epp_schema;", connection))
            {
                var version = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                if (version > SchemaVersion)
                {
                    throw new InvalidOperationException($"the {_description} has schema version {version}; this gateway knows up to {SchemaVersion}");
                }

                for (var step = version; step < SchemaVersion; step++)
                {
                    await ExecuteAsync(connection, Migrations[step], cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, "UPDATE rrp2epp_schema SET version = $1;", cancellationToken, SchemaVersion).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            // One line for the operator: Npgsql's messages name the host and the SQL state, never the password.
            var detail = e.InnerException is { } inner && inner.Message != e.Message ? $"{e.Message} ({inner.Message})" : e.Message;
            throw new InvalidOperationException($"cannot open the {_description}: {detail}", e);
        }
    }

    /// <inheritdoc />
    public async Task<string?> GetAuthInfoAsync(string domainName, CancellationToken cancellationToken = default) =>
        (string?)await ScalarAsync("SELECT auth_info FROM auth_info WHERE domain = $1;", cancellationToken, Key(domainName)).ConfigureAwait(false);

    /// <inheritdoc />
    public Task SetAuthInfoAsync(string domainName, string authInfo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(authInfo);
        return ExecuteAsync(
            "INSERT INTO auth_info (domain, auth_info, updated_at) VALUES ($1, $2, now()) ON CONFLICT (domain) DO UPDATE SET auth_info = excluded.auth_info, updated_at = excluded.updated_at;",
            cancellationToken, Key(domainName), authInfo);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAuthInfoAsync(string domainName, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM auth_info WHERE domain = $1;", cancellationToken, Key(domainName)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public Task MarkUnresolvedAsync(UnresolvedObject unresolved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unresolved);
        return ExecuteAsync(
            "INSERT INTO unresolved (object_name, command, cl_trid, marked_at) VALUES ($1, $2, $3, $4) ON CONFLICT (object_name) DO UPDATE SET command = excluded.command, cl_trid = excluded.cl_trid, marked_at = excluded.marked_at;",
            cancellationToken, Key(unresolved.ObjectName), unresolved.Command, unresolved.ClientTransactionId, unresolved.MarkedAt.ToUniversalTime());
    }

    /// <inheritdoc />
    public async Task<UnresolvedObject?> GetUnresolvedAsync(string objectName, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync("SELECT object_name, command, cl_trid, marked_at FROM unresolved WHERE object_name = $1;", Key(objectName),
            r => new UnresolvedObject(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3)), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<bool> ClearUnresolvedAsync(string objectName, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM unresolved WHERE object_name = $1;", cancellationToken, Key(objectName)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public Task AddPendingRotationAsync(PendingRotation rotation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentException.ThrowIfNullOrWhiteSpace(rotation.GainingRegistrar);
        return ExecuteAsync(
            "INSERT INTO pending_rotation (domain, gainer, since, ready) VALUES ($1, $2, $3, $4) ON CONFLICT (domain, gainer) DO UPDATE SET since = excluded.since, ready = pending_rotation.ready OR excluded.ready;",
            cancellationToken, Key(rotation.DomainName), rotation.GainingRegistrar, rotation.Since.ToUniversalTime(), rotation.Ready);
    }

    /// <inheritdoc />
    public async Task<bool> MarkPendingRotationReadyAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE pending_rotation SET ready = true WHERE domain = $1 AND gainer = $2;", cancellationToken, Key(domainName), gainingRegistrar).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingRotation>> GetPendingRotationsAsync(string gainingRegistrar, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT domain, gainer, since, ready FROM pending_rotation WHERE gainer = $1 ORDER BY since, domain;", gainingRegistrar,
            r => new PendingRotation(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetBoolean(3)), cancellationToken);

    /// <inheritdoc />
    public async Task<bool> RemovePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM pending_rotation WHERE domain = $1 AND gainer = $2;", cancellationToken, Key(domainName), gainingRegistrar).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async Task<bool> TryClaimPendingRotationAsync(string domainName, string gainingRegistrar, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        // Read committed: a second claimer waits on the first one's row lock, then re-checks the condition and updates nothing.
        await ExecuteAsync(
            "UPDATE pending_rotation SET claimed_until = $3 WHERE domain = $1 AND gainer = $2 AND (claimed_until IS NULL OR claimed_until <= $4);",
            cancellationToken, Key(domainName), gainingRegistrar, until.ToUniversalTime(), now.ToUniversalTime()).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task ReleasePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE pending_rotation SET claimed_until = NULL WHERE domain = $1 AND gainer = $2;", cancellationToken, Key(domainName), gainingRegistrar);

    /// <inheritdoc />
    public Task AddPendingActionAsync(PendingAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Command);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Registrar);
        return ExecuteAsync(
            "INSERT INTO pending_action (object_name, command, registrar, since, cl_trid) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (object_name, command, registrar) DO UPDATE SET since = excluded.since, cl_trid = excluded.cl_trid;",
            cancellationToken, Key(action.ObjectName), action.Command, action.Registrar, action.Since.ToUniversalTime(), Nullable(action.ClientTransactionId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingAction>> GetPendingActionsAsync(string registrar, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT object_name, command, registrar, since, cl_trid FROM pending_action WHERE registrar = $1 ORDER BY since, object_name;", registrar,
            r => new PendingAction(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3)) { ClientTransactionId = r.IsDBNull(4) ? null : r.GetString(4) },
            cancellationToken);

    /// <inheritdoc />
    public async Task<bool> RemovePendingActionAsync(string objectName, string command, string registrar, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM pending_action WHERE object_name = $1 AND command = $2 AND registrar = $3;", cancellationToken, Key(objectName), command, registrar).ConfigureAwait(false) > 0;

    /// <summary>Closes the pool's connections.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The store and its connection string without the password.</summary>
    public override string ToString() => _description;

    private static string Key(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.ToLowerInvariant();
    }

    /// <summary>The rows a one-parameter (<c>$1</c>) query selects, each read by <paramref name="read"/>.</summary>
    private Task<IReadOnlyList<T>> ListAsync<T>(string sql, string parameter, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        ListAsync(sql, read, cancellationToken, parameter);

    /// <summary>The rows a query selects with its positional parameters, each read by <paramref name="read"/>.</summary>
    private async Task<IReadOnlyList<T>> ListAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = Command(_dataSource.CreateCommand(sql), parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = Command(_dataSource.CreateCommand(sql), parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = Command(_dataSource.CreateCommand(sql), parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = Command(new NpgsqlCommand(sql, connection), parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Binds positional parameters (<c>$1</c>, <c>$2</c> ...); a parameter given as such keeps its declared type.</summary>
    private static NpgsqlCommand Command(NpgsqlCommand command, params object[] parameters)
    {
        foreach (var value in parameters)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
