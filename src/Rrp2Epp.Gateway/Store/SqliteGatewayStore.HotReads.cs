using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Rrp2Epp.Gateway.Store;

/// <summary>
/// The two reads every RRP command makes (its object's unresolved mark, and its registrar's pending rotations) on
/// connections kept open with both statements prepared once. Microsoft.Data.Sqlite finalizes a command's statements
/// when its connection goes back to the pool, so a fresh command parses and plans its SQL each time; profiled under
/// <c>rrp2epp bench</c> that parsing was the largest single cost of a CHECK in the gateway process. The connections
/// hold no transaction between reads (each reader is disposed before the connection is put back), so in WAL mode they
/// never block a writer.
/// </summary>
public sealed partial class SqliteGatewayStore : IAsyncDisposable
{
    /// <summary>Open read connections kept for reuse (more are opened under more concurrency, then closed).</summary>
    private const int KeptReaders = 8;

    private const string UnresolvedSql = "SELECT object_name, command, cl_trid, marked_at FROM unresolved WHERE object_name = $p;";
    private const string RotationsSql = "SELECT domain, gainer, since, ready FROM pending_rotation WHERE gainer = $p ORDER BY since, domain;";

    // A queue, not a ConcurrentBag: the bag's Count locks every thread's list, and it is read on every return.
    private readonly ConcurrentQueue<PreparedReader> _readers = new();
    private int _kept;
    private volatile bool _disposed;

    /// <inheritdoc />
    public async Task<UnresolvedObject?> GetUnresolvedAsync(string objectName, CancellationToken cancellationToken = default)
    {
        var key = Key(objectName);
        var rows = await ReadAsync(r => r.Unresolved, key, r => new UnresolvedObject(r.GetString(0), r.GetString(1), r.GetString(2), Parse(r.GetString(3))), cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingRotation>> GetPendingRotationsAsync(string gainingRegistrar, CancellationToken cancellationToken = default) =>
        ReadAsync(r => r.Rotations, gainingRegistrar, r => new PendingRotation(r.GetString(0), r.GetString(1), Parse(r.GetString(2)), r.GetInt64(3) != 0), cancellationToken);

    /// <summary>Closes the kept connections.</summary>
    public ValueTask DisposeAsync()
    {
        _disposed = true;
        CloseKept();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(Func<PreparedReader, SqliteCommand> statement, string parameter, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        if (_readers.TryDequeue(out var prepared))
        {
            Interlocked.Decrement(ref _kept);
        }
        else
        {
            prepared = await PreparedReader.OpenAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        }

        var keep = false;
        try
        {
            var command = statement(prepared);
            command.Parameters[0].Value = parameter;
            var list = await ReadRowsAsync(command, read, cancellationToken).ConfigureAwait(false);
            keep = true;
            return list;
        }
        finally
        {
            if (keep && !_disposed && Interlocked.Increment(ref _kept) <= KeptReaders)
            {
                _readers.Enqueue(prepared);
                if (_disposed)
                {
                    CloseKept(); // disposed meanwhile: nothing may stay open
                }
            }
            else
            {
                if (keep && !_disposed)
                {
                    Interlocked.Decrement(ref _kept);
                }

                prepared.Dispose();
            }
        }
    }

    private void CloseKept()
    {
        while (_readers.TryDequeue(out var reader))
        {
            Interlocked.Decrement(ref _kept);
            reader.Dispose();
        }
    }

    /// <summary>One open connection with the hot statements prepared on it.</summary>
    private sealed class PreparedReader : IDisposable
    {
        private readonly SqliteConnection _connection;

        private PreparedReader(SqliteConnection connection)
        {
            _connection = connection;
            Unresolved = Prepare(connection, UnresolvedSql);
            Rotations = Prepare(connection, RotationsSql);
        }

        public SqliteCommand Unresolved { get; }

        public SqliteCommand Rotations { get; }

        public static async Task<PreparedReader> OpenAsync(string connectionString, CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return new PreparedReader(connection);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public void Dispose()
        {
            Unresolved.Dispose();
            Rotations.Dispose();
            _connection.Dispose();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add("$p", SqliteType.Text);
            command.Prepare();
            return command;
        }
    }
}
