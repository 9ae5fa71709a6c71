using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rrp2Epp.Gateway.Store;

/// <summary>
/// <see cref="IGatewayStore"/> in one SQLite file. The schema is created on first use and carries a version
/// (<c>PRAGMA user_version</c>) so later issues can migrate it. WAL mode lets reads run beside a write; each call opens
/// a pooled connection, so the store is safe to share between sessions.
/// </summary>
/// <remarks>
/// authInfo is kept as given: it is a shared secret the gateway must present to the registry, so hashing is
/// impossible and encryption with a key stored next to the file would add nothing. The file is created owner-only
/// (0600) in an owner-only folder; protect the data folder like a private key.
/// </remarks>
public sealed partial class SqliteGatewayStore : IGatewayStore
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 4;

    private readonly string _connectionString;
    private readonly string? _path;

    /// <summary>A store in <paramref name="path"/> (created with its folder when missing).</summary>
    public SqliteGatewayStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The file's full path.</summary>
    public string FilePath => _path!;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_path is not null)
        {
            var folder = Path.GetDirectoryName(_path)!;
            if (!Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            if (!File.Exists(_path) && !OperatingSystem.IsWindows())
            {
                await using (File.Create(_path).ConfigureAwait(false))
                {
                }

                File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException($"the store {_path} has schema version {version}; this gateway knows up to {SchemaVersion}");
        }

        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        if (version < 1)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS auth_info (
                    domain TEXT NOT NULL PRIMARY KEY,
                    auth_info TEXT NOT NULL,
                    updated_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS unresolved (
                    object_name TEXT NOT NULL PRIMARY KEY,
                    command TEXT NOT NULL,
                    cl_trid TEXT NOT NULL,
                    marked_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS pending_rotation (
                    domain TEXT NOT NULL,
                    gainer TEXT NOT NULL,
                    since TEXT NOT NULL,
                    PRIMARY KEY (domain, gainer));
                PRAGMA user_version = 1;
                """, cancellationToken, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (version < 2)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS pending_action (
                    object_name TEXT NOT NULL,
                    command TEXT NOT NULL,
                    registrar TEXT NOT NULL,
                    since TEXT NOT NULL,
                    PRIMARY KEY (object_name, command, registrar));
                ALTER TABLE pending_rotation ADD COLUMN ready INTEGER NOT NULL DEFAULT 0;
                PRAGMA user_version = 2;
                """, cancellationToken, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (version < 3)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, SchemaV3, cancellationToken, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (version < 4)
        {
            // The claim that lets one settler rotate a ready authInfo while the others skip it.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, """
                ALTER TABLE pending_rotation ADD COLUMN claimed_until TEXT;
                PRAGMA user_version = 4;
                """, cancellationToken, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<string?> GetAuthInfoAsync(string domainName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (string?)await ScalarAsync(connection, "SELECT auth_info FROM auth_info WHERE domain = $k;", cancellationToken, ("$k", Key(domainName))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SetAuthInfoAsync(string domainName, string authInfo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(authInfo);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "INSERT INTO auth_info (domain, auth_info, updated_at) VALUES ($k, $v, $t) ON CONFLICT(domain) DO UPDATE SET auth_info = excluded.auth_info, updated_at = excluded.updated_at;",
            cancellationToken, null, ("$k", Key(domainName)), ("$v", authInfo), ("$t", Now())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAuthInfoAsync(string domainName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM auth_info WHERE domain = $k;", cancellationToken, null, ("$k", Key(domainName))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task MarkUnresolvedAsync(UnresolvedObject unresolved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unresolved);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "INSERT INTO unresolved (object_name, command, cl_trid, marked_at) VALUES ($k, $c, $t, $m) ON CONFLICT(object_name) DO UPDATE SET command = excluded.command, cl_trid = excluded.cl_trid, marked_at = excluded.marked_at;",
            cancellationToken, null, ("$k", Key(unresolved.ObjectName)), ("$c", unresolved.Command), ("$t", unresolved.ClientTransactionId), ("$m", Format(unresolved.MarkedAt))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> ClearUnresolvedAsync(string objectName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM unresolved WHERE object_name = $k;", cancellationToken, null, ("$k", Key(objectName))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task AddPendingRotationAsync(PendingRotation rotation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentException.ThrowIfNullOrWhiteSpace(rotation.GainingRegistrar);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "INSERT INTO pending_rotation (domain, gainer, since, ready) VALUES ($k, $g, $s, $r) ON CONFLICT(domain, gainer) DO UPDATE SET since = excluded.since, ready = max(ready, excluded.ready);",
            cancellationToken, null, ("$k", Key(rotation.DomainName)), ("$g", rotation.GainingRegistrar), ("$s", Format(rotation.Since)), ("$r", rotation.Ready ? 1 : 0)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> MarkPendingRotationReadyAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "UPDATE pending_rotation SET ready = 1 WHERE domain = $k AND gainer = $g;", cancellationToken, null,
            ("$k", Key(domainName)), ("$g", gainingRegistrar)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> RemovePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM pending_rotation WHERE domain = $k AND gainer = $g;", cancellationToken, null,
            ("$k", Key(domainName)), ("$g", gainingRegistrar)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimPendingRotationAsync(string domainName, string gainingRegistrar, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        // One statement under SQLite's write lock: of two claimers, the second finds the claim already set and updates nothing.
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection,
            "UPDATE pending_rotation SET claimed_until = $u WHERE domain = $k AND gainer = $g AND (claimed_until IS NULL OR claimed_until <= $n);",
            cancellationToken, null, ("$k", Key(domainName)), ("$g", gainingRegistrar), ("$n", Format(now)), ("$u", Format(until))).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task ReleasePendingRotationAsync(string domainName, string gainingRegistrar, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "UPDATE pending_rotation SET claimed_until = NULL WHERE domain = $k AND gainer = $g;", cancellationToken, null,
            ("$k", Key(domainName)), ("$g", gainingRegistrar)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AddPendingActionAsync(PendingAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Command);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Registrar);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "INSERT INTO pending_action (object_name, command, registrar, since, cl_trid) VALUES ($k, $c, $r, $s, $t) ON CONFLICT(object_name, command, registrar) DO UPDATE SET since = excluded.since, cl_trid = excluded.cl_trid;",
            cancellationToken, null, ("$k", Key(action.ObjectName)), ("$c", action.Command), ("$r", action.Registrar), ("$s", Format(action.Since)),
            ("$t", (object?)action.ClientTransactionId ?? DBNull.Value)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingAction>> GetPendingActionsAsync(string registrar, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT object_name, command, registrar, since, cl_trid FROM pending_action WHERE registrar = $p ORDER BY since, object_name;", registrar,
            r => new PendingAction(r.GetString(0), r.GetString(1), r.GetString(2), Parse(r.GetString(3))) { ClientTransactionId = r.IsDBNull(4) ? null : r.GetString(4) },
            cancellationToken);

    /// <inheritdoc />
    public async Task<bool> RemovePendingActionAsync(string objectName, string command, string registrar, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM pending_action WHERE object_name = $k AND command = $c AND registrar = $r;", cancellationToken, null,
            ("$k", Key(objectName)), ("$c", command), ("$r", registrar)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public override string ToString() => $"SQLite store {_path}";

    /// <summary>The rows a one-parameter (<c>$p</c>) query selects, each read by <paramref name="read"/>.</summary>
    private Task<IReadOnlyList<T>> ListAsync<T>(string sql, string parameter, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        ListAsync(sql, read, cancellationToken, ("$p", parameter));

    /// <summary>The rows a query selects with its parameters, each read by <paramref name="read"/>.</summary>
    private async Task<IReadOnlyList<T>> ListAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, null, parameters);
        return await ReadRowsAsync(command, read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="command"/> and reads every row it selects with <paramref name="read"/>.</summary>
    private static async Task<List<T>> ReadRowsAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private static string Key(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.ToLowerInvariant();
    }

    private static string Now() => Format(DateTimeOffset.UtcNow);

    private static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, null, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }
}
