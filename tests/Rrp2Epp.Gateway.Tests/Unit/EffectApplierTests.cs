using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>Effects after an answer land in the store: authInfo, pending actions, unresolved marks with their clTRID.</summary>
public sealed class EffectApplierTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("rrp2epp-effects-").FullName;
    private SqliteGatewayStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGatewayStore(Path.Combine(_folder, "store.db"));
        await _store.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_effect_kind_is_applied_and_a_pending_action_is_recorded_for_follow_up()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new GatewayOptions());
        var time = new FakeTimeProvider(T0);
        var executor = new PlanExecutor(time, options, NullLogger<PlanExecutor>.Instance);
        var rotator = new AuthInfoRotator(_store, new AuthInfoGenerator(new TranslationSetup(options)), executor, TestRoutes.Create(options.Value), time, NullLogger<AuthInfoRotator>.Instance);
        var applier = new EffectApplier(_store, rotator, time, NullLogger<EffectApplier>.Instance);

        await applier.ApplyAsync(
            [
                new StoreAuthInfoEffect("new.com", "Fresh-secret-1"),
                new WatchPendingActionEffect("Pending.com", "add", "TEST-41"),
                new MarkUnresolvedEffect("lost.com", "mod", "TEST-42"),
                new RotateAuthInfoEffect("moved.com", "registrarB"),
                new AlertEffect("look at this"),
            ],
            "registrarA", session: null, route: null, default);

        Assert.Equal("Fresh-secret-1", await _store.GetAuthInfoAsync("new.com"));
        Assert.Equal([new PendingAction("pending.com", "add", "registrarA", T0) { ClientTransactionId = "TEST-41" }], await _store.GetPendingActionsAsync("registrarA"));
        Assert.Equal(new UnresolvedObject("lost.com", "mod", "TEST-42", T0), await _store.GetUnresolvedAsync("lost.com"));
        Assert.Equal("moved.com", Assert.Single(await _store.GetPendingRotationsAsync("registrarB")).DomainName);

        await applier.ApplyAsync([new ForgetAuthInfoEffect("new.com")], "registrarA", null, null, default);
        Assert.Null(await _store.GetAuthInfoAsync("new.com"));
    }
}
