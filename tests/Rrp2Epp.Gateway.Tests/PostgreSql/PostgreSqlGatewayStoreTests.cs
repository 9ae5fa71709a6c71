using System.Net;
using System.Net.Sockets;
using Npgsql;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Gateway.Tests.Unit;
using Rrp2Epp.TestKit;

namespace Rrp2Epp.Gateway.Tests.PostgreSql;

/// <summary>The store contract on a real PostgreSQL server (a fresh database per test), and what only PostgreSQL has: schema versions shared by instances.</summary>
public sealed class PostgreSqlGatewayStoreTests : GatewayStoreContract
{
    private PostgresDatabase _database = null!;

    protected override async Task<IGatewayStore> CreateStoreAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        var store = new PostgreSqlGatewayStore(_database.ConnectionString);
        await store.InitializeAsync(TestGuard.Token);
        return store;
    }

    protected override async Task DestroyStoreAsync()
    {
        if (Store is PostgreSqlGatewayStore store)
        {
            await store.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Instances_starting_together_create_the_schema_once()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 6).Select(_ => new PostgreSqlGatewayStore(database.ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => s.InitializeAsync(TestGuard.Token)));
            await stores[0].SetAuthInfoAsync("shared.com", "written-by-0");
            Assert.Equal("written-by-0", await stores[5].GetAuthInfoAsync("shared.com"));
            Assert.Equal(PostgreSqlGatewayStore.SchemaVersion, await ScalarAsync<int>(database, "SELECT version FROM rrp2epp_schema"));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_version_1_database_is_upgraded_in_place_keeping_its_rows()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await ExecuteAsync(database, PostgreSqlGatewayStore.MigrationSteps[0] + """
            CREATE TABLE rrp2epp_schema (single boolean NOT NULL PRIMARY KEY DEFAULT true CHECK (single), version integer NOT NULL);
            INSERT INTO rrp2epp_schema (version) VALUES (1);
            INSERT INTO auth_info VALUES ('old.com', 'old-secret-1', now());
            INSERT INTO pending_rotation VALUES ('old.com', 'registrarB', '2025-03-14T09:00:00Z');
            """);
        await using var store = new PostgreSqlGatewayStore(database.ConnectionString);
        await store.InitializeAsync(TestGuard.Token);

        Assert.Equal("old-secret-1", await store.GetAuthInfoAsync("old.com"));
        var rotation = Assert.Single(await store.GetPendingRotationsAsync("registrarB"));
        Assert.Equal(new PendingRotation("old.com", "registrarB", new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero), Ready: false), rotation);
        await store.AddPendingActionAsync(new PendingAction("old.com", "renew", "registrarA", DateTimeOffset.UnixEpoch));
        Assert.Single(await store.GetPendingActionsAsync("registrarA"));
        Assert.Equal(PostgreSqlGatewayStore.SchemaVersion, await ScalarAsync<int>(database, "SELECT version FROM rrp2epp_schema"));
    }

    [Fact]
    public async Task A_database_of_a_newer_gateway_is_refused()
    {
        await ExecuteAsync(_database, "UPDATE rrp2epp_schema SET version = 99");
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.InitializeAsync(TestGuard.Token));
        Assert.Contains($"has schema version 99; this gateway knows up to {PostgreSqlGatewayStore.SchemaVersion}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_stamps_are_timestamptz_and_round_trip_in_UTC()
    {
        var types = await ScalarAsync<string[]>(_database,
            "SELECT array_agg(DISTINCT data_type) FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('updated_at', 'marked_at', 'since')");
        Assert.Equal(["timestamp with time zone"], types);

        var local = new DateTimeOffset(2025, 3, 14, 11, 0, 0, TimeSpan.FromHours(2));
        await Store.MarkUnresolvedAsync(new UnresolvedObject("t.com", "add", "TRID-9", local));
        var mark = await Store.GetUnresolvedAsync("t.com");
        Assert.Equal(local, mark!.MarkedAt);
        Assert.Equal(TimeSpan.Zero, mark.MarkedAt.Offset);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_message_naming_it_without_the_password()
    {
        int port;
        using (var closed = new TcpListener(IPAddress.Loopback, 0))
        {
            closed.Start();
            port = ((IPEndPoint)closed.LocalEndpoint).Port;
        }

        await using var store = new PostgreSqlGatewayStore($"Host=127.0.0.1;Port={port};Database=rrp2epp;Username=gw;Password=Very-Secret-77;Timeout=5");
        Assert.DoesNotContain("Very-Secret-77", store.ToString(), StringComparison.Ordinal);
        Assert.Contains("Username=gw", store.ToString(), StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(TestGuard.Token));
        Assert.StartsWith("cannot open the PostgreSQL store Host=127.0.0.1;Port=", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Very-Secret-77", e.ToString(), StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestGuard.Token);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestGuard.Token);
    }

    private static async Task<T> ScalarAsync<T>(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestGuard.Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(TestGuard.Token))!;
    }
}
