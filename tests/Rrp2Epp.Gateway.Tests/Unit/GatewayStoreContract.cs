using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>
/// The contract every <see cref="IGatewayStore"/> keeps, run against each store: <see cref="SqliteGatewayStoreTests"/>
/// below and <c>PostgreSql.PostgreSqlGatewayStoreTests</c> (a real server) supply their own <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract class GatewayStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    protected IGatewayStore Store { get; private set; } = null!;

    /// <summary>A fresh, empty, initialised store.</summary>
    protected abstract Task<IGatewayStore> CreateStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made.</summary>
    protected abstract Task DestroyStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public Task DisposeAsync() => DestroyStoreAsync();

    [Fact]
    public async Task AuthInfo_is_kept_replaced_and_forgotten_by_lower_case_name()
    {
        Assert.Null(await Store.GetAuthInfoAsync("example.com"));
        await Store.SetAuthInfoAsync("Example.COM", "first-Secret-1");
        Assert.Equal("first-Secret-1", await Store.GetAuthInfoAsync("example.com"));
        await Store.SetAuthInfoAsync("example.com", "second:Secret 2");
        Assert.Equal("second:Secret 2", await Store.GetAuthInfoAsync("EXAMPLE.com"));
        Assert.True(await Store.RemoveAuthInfoAsync("example.com"));
        Assert.False(await Store.RemoveAuthInfoAsync("example.com"));
        Assert.Null(await Store.GetAuthInfoAsync("example.com"));
    }

    [Fact]
    public async Task Initialising_twice_keeps_the_data()
    {
        await Store.SetAuthInfoAsync("keep.com", "kept-secret-1");
        await Store.InitializeAsync();
        Assert.Equal("kept-secret-1", await Store.GetAuthInfoAsync("keep.com"));
    }

    [Fact]
    public async Task Unresolved_marks_are_set_replaced_and_cleared()
    {
        Assert.Null(await Store.GetUnresolvedAsync("example.com"));
        await Store.MarkUnresolvedAsync(new UnresolvedObject("example.com", "Add", "TRID-1", T0));
        await Store.MarkUnresolvedAsync(new UnresolvedObject("Example.com", "Renew", "TRID-2", T0.AddMinutes(1)));
        var mark = await Store.GetUnresolvedAsync("EXAMPLE.COM");
        Assert.Equal(new UnresolvedObject("example.com", "Renew", "TRID-2", T0.AddMinutes(1)), mark);
        Assert.True(await Store.ClearUnresolvedAsync("example.com"));
        Assert.False(await Store.ClearUnresolvedAsync("example.com"));
    }

    [Fact]
    public async Task Pending_actions_are_per_registrar_oldest_first_and_replaced_for_the_same_object_and_command()
    {
        Assert.Empty(await Store.GetPendingActionsAsync("registrarA"));
        await Store.AddPendingActionAsync(new PendingAction("b.com", "add", "registrarA", T0.AddMinutes(2)));
        await Store.AddPendingActionAsync(new PendingAction("A.com", "add", "registrarA", T0));
        await Store.AddPendingActionAsync(new PendingAction("a.com", "add", "registrarA", T0.AddMinutes(1)));
        await Store.AddPendingActionAsync(new PendingAction("c.com", "renew", "registrarB", T0));
        Assert.Equal(
            [new PendingAction("a.com", "add", "registrarA", T0.AddMinutes(1)), new PendingAction("b.com", "add", "registrarA", T0.AddMinutes(2))],
            await Store.GetPendingActionsAsync("registrarA"));
        Assert.Single(await Store.GetPendingActionsAsync("registrarB"));
    }

    [Fact]
    public async Task Pending_rotations_are_per_gainer_oldest_first_and_removable()
    {
        await Store.AddPendingRotationAsync(new PendingRotation("b.com", "registrarB", T0.AddMinutes(2)));
        await Store.AddPendingRotationAsync(new PendingRotation("a.com", "registrarB", T0));
        await Store.AddPendingRotationAsync(new PendingRotation("a.com", "registrarC", T0));
        await Store.AddPendingRotationAsync(new PendingRotation("a.com", "registrarB", T0.AddMinutes(1)));
        var pending = await Store.GetPendingRotationsAsync("registrarB");
        Assert.Equal(["a.com", "b.com"], pending.Select(p => p.DomainName));
        Assert.Equal(T0.AddMinutes(1), pending[0].Since);
        Assert.True(await Store.RemovePendingRotationAsync("a.com", "registrarB"));
        Assert.False(await Store.RemovePendingRotationAsync("a.com", "registrarB"));
        Assert.Single(await Store.GetPendingRotationsAsync("registrarB"));
        Assert.Single(await Store.GetPendingRotationsAsync("registrarC"));
        Assert.Empty(await Store.GetPendingRotationsAsync("registrarA"));
    }

    [Fact]
    public async Task A_ready_rotation_stays_ready_when_a_watch_for_the_same_pair_is_recorded_again()
    {
        await Store.AddPendingRotationAsync(new PendingRotation("a.com", "registrarB", T0, Ready: true));
        await Store.AddPendingRotationAsync(new PendingRotation("a.com", "registrarB", T0.AddMinutes(1)));
        await Store.AddPendingRotationAsync(new PendingRotation("b.com", "registrarB", T0.AddMinutes(2)));
        Assert.Equal([true, false], (await Store.GetPendingRotationsAsync("registrarB")).Select(p => p.Ready));
    }

    [Fact]
    public async Task Only_a_recorded_rotation_is_marked_ready()
    {
        await Store.AddPendingRotationAsync(new PendingRotation("a.com", "registrarB", T0));
        Assert.True(await Store.MarkPendingRotationReadyAsync("A.com", "registrarB"));
        Assert.False(await Store.MarkPendingRotationReadyAsync("a.com", "registrarC"));
        Assert.False(await Store.MarkPendingRotationReadyAsync("b.com", "registrarB"));
        Assert.Equal([("a.com", true)], (await Store.GetPendingRotationsAsync("registrarB")).Select(p => (p.DomainName, p.Ready)));
        Assert.Empty(await Store.GetPendingRotationsAsync("registrarC"));
    }

    [Fact]
    public async Task Concurrent_writers_do_not_lose_updates()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Store.SetAuthInfoAsync($"d{i}.com", $"secret-{i:D4}")));
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal($"secret-{i:D4}", await Store.GetAuthInfoAsync($"d{i}.com"));
        }
    }
}

/// <summary>The contract on a SQLite file in a temporary folder.</summary>
public sealed class SqliteGatewayStoreTests : GatewayStoreContract
{
    private string _folder = null!;

    protected override async Task<IGatewayStore> CreateStoreAsync()
    {
        _folder = Directory.CreateTempSubdirectory("rrp2epp-store-").FullName;
        var store = new SqliteGatewayStore(Path.Combine(_folder, "nested", "store.db"));
        await store.InitializeAsync();
        return store;
    }

    protected override Task DestroyStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_file_and_its_folder_are_owner_only()
    {
        var file = ((SqliteGatewayStore)Store).FilePath;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
    }
}
