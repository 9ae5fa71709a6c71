using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server the tests use, one per test run: the server <c>RRP2EPP_TEST_POSTGRES</c> names (a connection
/// string whose user may create databases), or else a throwaway server started here from the installed binaries
/// (initdb into a temporary folder, 127.0.0.1 on a free port, the Unix socket in that folder, fsync off, SCRAM
/// passwords). Each test takes a fresh database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>
/// The throwaway server is run by a small shell script that stays alive while the test process does: it waits for its
/// standard input to close, then stops the server and deletes the folder. The test process closes that input at exit,
/// and the operating system closes it when the process dies any other way, so nothing outlives a crashed run.
/// Without the binaries and without the variable every PostgreSQL test fails with <see cref="MissingMessage"/>: the
/// PostgreSQL store is part of what CI proves, never skipped.
/// </remarks>
public sealed class PostgresServer
{
    /// <summary>Names a server to use instead of a throwaway one.</summary>
    public const string EnvironmentVariable = "RRP2EPP_TEST_POSTGRES";

    public const string MissingMessage =
        "PostgreSQL is required by these tests and was not found: no initdb under /usr/lib/postgresql/*/bin or on PATH. " +
        "Install it (apt-get install postgresql; bash .ci/test does) or set " + EnvironmentVariable +
        " to the connection string of a server whose user may create databases.";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    // Runs as root (the server binaries then run as the postgres user, which initdb insists on) or as any other user.
    private const string ServerScript = """
        set -eu
        pgbin=$1 port=$2
        if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
        root=$(mktemp -d "${TMPDIR:-/tmp}/rrp2epp-pg-XXXXXX")
        cleanup() { as_pg "$pgbin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$root"; }
        trap cleanup EXIT
        trap 'exit 1' HUP INT TERM
        printf '%s\n' "$RRP2EPP_PG_PASSWORD" > "$root/pwfile"
        if [ "$(id -u)" = 0 ]; then chown -R postgres "$root"; fi
        as_pg "$pgbin/initdb" -D "$root/data" -U postgres --pwfile="$root/pwfile" --auth-host=scram-sha-256 --auth-local=trust \
            -E UTF8 --locale=C.UTF-8 --no-sync >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
        rm -f "$root/pwfile"
        as_pg "$pgbin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null 2>&1 || { cat "$root/server.log" >&2; exit 1; }
        echo "ready $root"
        cat >/dev/null
        """;

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>A connection string to the server's <c>postgres</c> database with a user that may create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The run's server, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A new, empty database on the run's server, dropped when disposed.</summary>
    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var server = await GetAsync();
        var name = "rrp2epp_test_" + RandomNumberGenerator.GetHexString(12, lowercase: true);
        await using (var admin = new NpgsqlConnection(server.AdminConnectionString))
        {
            await admin.OpenAsync(TestGuard.Token);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(TestGuard.Token);
        }

        return new PostgresDatabase(server, name, new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = name }.ConnectionString);
    }

    internal async Task DropDatabaseAsync(string name)
    {
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync(TestGuard.Token);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(TestGuard.Token);
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return new PostgresServer(new NpgsqlConnectionStringBuilder(given) { Database = "postgres" }.ConnectionString);
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(MissingMessage);
        var password = RandomNumberGenerator.GetHexString(32);
        string? failure = null;

        // A free port is only free until someone takes it: a start that lost the race is tried again on another one.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var process = StartScript(bin, port, password);
            var errors = process.StandardError.ReadToEndAsync(TestGuard.Token);
            var ready = await process.StandardOutput.ReadLineAsync(TestGuard.Token);
            if (ready is not null && ready.StartsWith("ready ", StringComparison.Ordinal))
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
                var admin = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1",
                    Port = port,
                    Database = "postgres",
                    Username = "postgres",
                    Password = password,
                };
                return new PostgresServer(admin.ConnectionString);
            }

            await process.WaitForExitAsync(TestGuard.Token);
            failure = await errors;
            process.Dispose();
        }

        throw new InvalidOperationException($"the throwaway PostgreSQL server (binaries in {bin}) did not start:\n{failure}");
    }

    private static Process StartScript(string bin, int port, string password)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-c", ServerScript, "rrp2epp-test-postgres", bin, port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        // The password goes through the environment, not the command line other users can read.
        start.Environment["RRP2EPP_PG_PASSWORD"] = password;
        return Process.Start(start)!;
    }

    /// <summary>Closing the script's input makes it stop the server and delete its folder; waits for that.</summary>
    private static void Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            process.WaitForExit(TimeSpan.FromMinutes(1));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The folder holding initdb and pg_ctl: Debian's newest version, pg_config's, or PATH's; null when none.</summary>
    private static string? FindBinaries()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A database of its own for one test (or one test class); dropped (connections closed) when disposed.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    internal PostgresDatabase(PostgresServer server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>A connection string to this database (with the password).</summary>
    public string ConnectionString { get; }

    public async ValueTask DisposeAsync() => await _server.DropDatabaseAsync(Name);
}
