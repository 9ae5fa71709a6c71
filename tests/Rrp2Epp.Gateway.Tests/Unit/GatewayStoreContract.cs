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
    public async Task Of_many_settlers_claiming_the_same_ready_rotation_at_once_exactly_one_wins()
    {
        await Store.AddPendingRotationAsync(new PendingRotation("race.com", "registrarB", T0, Ready: true));
        var until = T0 + TimeSpan.FromMinutes(10);

        // As two gateway instances (and several sessions of the gainer) would: every claim at once, one winner.
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.TryClaimPendingRotationAsync("race.com", "registrarB", T0, until))));
        Assert.Single(claims, won => won);
        Assert.False(await Store.TryClaimPendingRotationAsync("Race.com", "registrarB", T0.AddMinutes(9), until));
        Assert.False(await Store.TryClaimPendingRotationAsync("none.com", "registrarB", T0, until));

        // The record is still listed while claimed; given back, it can be claimed again; a lapsed claim can be taken over.
        Assert.Single(await Store.GetPendingRotationsAsync("registrarB"));
        await Store.ReleasePendingRotationAsync("race.com", "registrarB");
        Assert.True(await Store.TryClaimPendingRotationAsync("race.com", "registrarB", T0, until));
        Assert.True(await Store.TryClaimPendingRotationAsync("race.com", "registrarB", until, until.AddMinutes(10)));
        Assert.True(await Store.RemovePendingRotationAsync("race.com", "registrarB"));
        Assert.False(await Store.TryClaimPendingRotationAsync("race.com", "registrarB", until.AddHours(1), until.AddHours(2)));
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
    public async Task A_pending_action_keeps_its_clTRID_and_is_removed_when_resolved()
    {
        await Store.AddPendingActionAsync(new PendingAction("a.com", "add", "registrarA", T0) { ClientTransactionId = "TRID-7" });
        await Store.AddPendingActionAsync(new PendingAction("b.com", "add", "registrarA", T0.AddMinutes(1)));
        Assert.Equal(["TRID-7", null], (await Store.GetPendingActionsAsync("registrarA")).Select(a => a.ClientTransactionId));
        Assert.True(await Store.RemovePendingActionAsync("A.com", "add", "registrarA"));
        Assert.False(await Store.RemovePendingActionAsync("a.com", "add", "registrarA"));
        Assert.False(await Store.RemovePendingActionAsync("b.com", "add", "registrarB"));
        Assert.Equal(["b.com"], (await Store.GetPendingActionsAsync("registrarA")).Select(a => a.ObjectName));
    }

    [Fact]
    public async Task Name_servers_are_kept_per_registry_found_by_address_renamed_and_removed()
    {
        var ns1 = new NameServerRecord("net-b", "ns1.example.net", ["45.64.0.1", "2600:3c00::1"], "netA", T0, T0);
        Assert.True(await Store.AddNameServerAsync(ns1 with { Name = "NS1.Example.NET" }));
        Assert.False(await Store.AddNameServerAsync(ns1 with { Addresses = ["45.64.0.9"] }));
        Assert.True(await Store.AddNameServerAsync(ns1 with { Registry = "other" }));
        Assert.Equal(ns1, await Store.GetNameServerAsync("net-b", "ns1.EXAMPLE.net"));
        Assert.Null(await Store.GetNameServerAsync("net-b", "ns2.example.net"));
        Assert.Equal("ns1.example.net", await Store.FindNameServerByAddressAsync("net-b", "2600:3c00::1"));
        Assert.Null(await Store.FindNameServerByAddressAsync("net-b", "45.64.0.2"));

        await Store.SetDelegationsAsync("net-b", "a.net", ["ns1.example.net", "ns9.elsewhere.org"]);
        await Store.SetDelegationsAsync("net-b", "B.net", ["NS1.example.net"]);
        Assert.Equal(["a.net", "b.net"], await Store.GetDelegatingDomainsAsync("net-b", "ns1.example.net"));
        Assert.Equal(["ns1.example.net", "ns9.elsewhere.org"], await Store.GetDelegationsAsync("net-b", "a.net"));
        Assert.Empty(await Store.GetDelegatingDomainsAsync("other", "ns1.example.net"));

        var renamed = ns1 with { Name = "ns2.example.net", Addresses = ["45.64.0.2"], UpdatedAt = T0.AddHours(1) };
        Assert.False(await Store.ReplaceNameServerAsync("ns7.example.net", renamed));
        Assert.True(await Store.ReplaceNameServerAsync("ns1.example.net", renamed));
        Assert.Null(await Store.GetNameServerAsync("net-b", "ns1.example.net"));
        Assert.Equal(renamed, await Store.GetNameServerAsync("net-b", "ns2.example.net"));
        Assert.Null(await Store.FindNameServerByAddressAsync("net-b", "45.64.0.1"));
        Assert.Equal(["a.net", "b.net"], await Store.GetDelegatingDomainsAsync("net-b", "ns2.example.net"));
        Assert.True(await Store.AddNameServerAsync(ns1 with { Name = "ns3.example.net", Addresses = [] }));
        Assert.False(await Store.ReplaceNameServerAsync("ns3.example.net", ns1 with { Name = "ns2.example.net" }));

        Assert.Equal(["ns2.example.net", "ns3.example.net"], await Store.GetSubordinateNameServersAsync("net-b", "Example.net"));
        Assert.Empty(await Store.GetSubordinateNameServersAsync("net-b", "ample.net"));

        await Store.SetDelegationsAsync("net-b", "a.net", []);
        Assert.Equal(["b.net"], await Store.GetDelegatingDomainsAsync("net-b", "ns2.example.net"));
        Assert.True(await Store.RemoveNameServerAsync("net-b", "ns2.example.net"));
        Assert.False(await Store.RemoveNameServerAsync("net-b", "ns2.example.net"));
        Assert.Empty(await Store.GetDelegatingDomainsAsync("net-b", "ns2.example.net"));
        Assert.Empty(await Store.GetDelegationsAsync("net-b", "b.net"));
    }

    [Fact]
    public async Task Poll_messages_are_kept_once_and_listed_oldest_first_by_registrar_time_and_kind()
    {
        PollMessageRecord Message(string registrar, string id, int minutes, string kind) =>
            new("com-a", registrar, id, T0.AddMinutes(minutes - 1), T0.AddMinutes(minutes), kind, "Example.com", "Transfer requested.", "trStatus=Pending");
        Assert.True(await Store.AddPollMessageAsync(Message("registrarA", "7", 2, PollMessageKinds.TransferRequested)));
        Assert.False(await Store.AddPollMessageAsync(Message("registrarA", "7", 3, PollMessageKinds.Other)));
        Assert.True(await Store.AddPollMessageAsync(Message("registrarB", "7", 1, PollMessageKinds.TransferRequested)));
        Assert.True(await Store.AddPollMessageAsync(Message("registrarA", "8", 4, PollMessageKinds.DomainPurged) with { QueuedAt = null, ObjectName = null, Detail = null }));

        var all = await Store.GetPollMessagesAsync(new PollMessageQuery());
        Assert.Equal(["registrarB/7", "registrarA/7", "registrarA/8"], all.Select(m => $"{m.Registrar}/{m.MessageId}"));
        Assert.Equal(Message("registrarA", "7", 2, PollMessageKinds.TransferRequested) with { ObjectName = "example.com" }, all[1]);
        Assert.Equal((null, null, null), (all[2].QueuedAt, all[2].ObjectName, all[2].Detail));
        Assert.Equal(2, (await Store.GetPollMessagesAsync(new PollMessageQuery { Registrar = "registrarA" })).Count);
        Assert.Equal(["8"], (await Store.GetPollMessagesAsync(new PollMessageQuery { Since = T0.AddMinutes(3) })).Select(m => m.MessageId));
        Assert.Equal(["8"], (await Store.GetPollMessagesAsync(new PollMessageQuery { Kind = PollMessageKinds.DomainPurged })).Select(m => m.MessageId));
        Assert.Single(await Store.GetPollMessagesAsync(new PollMessageQuery { Limit = 1 }));
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

    protected override async Task DestroyStoreAsync()
    {
        await ((SqliteGatewayStore)Store).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_kept_prepared_reads_see_what_another_connection_commits_after_them()
    {
        Assert.Null(await Store.GetUnresolvedAsync("later.com"));
        Assert.Empty(await Store.GetPendingRotationsAsync("registrarB"));

        await using var other = new SqliteGatewayStore(((SqliteGatewayStore)Store).FilePath);
        await other.MarkUnresolvedAsync(new UnresolvedObject("later.com", "Add", "TRID-9", DateTimeOffset.UnixEpoch));
        await other.AddPendingRotationAsync(new PendingRotation("later.com", "registrarB", DateTimeOffset.UnixEpoch));

        Assert.Equal("TRID-9", (await Store.GetUnresolvedAsync("later.com"))?.ClientTransactionId);
        Assert.Equal("later.com", Assert.Single(await Store.GetPendingRotationsAsync("registrarB")).DomainName);
        Assert.True(await other.ClearUnresolvedAsync("later.com"));
        Assert.Null(await Store.GetUnresolvedAsync("later.com"));
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
