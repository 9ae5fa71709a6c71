using Rrp2Epp.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using static Rrp2Epp.Gateway.Tests.Scenarios.Scenario;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// What the registry's failures become (result-mapping §2, §4): the sandbox's injected faults drive 2400, 2500, lost
/// answers before and after a command was applied, and a path that cannot be rebuilt. Also proves the resend rule: an
/// answered command goes out at most twice.
/// </summary>
public static class FaultScenarios
{
    private static Func<ScenarioWorld, Task> Inject(string command, FaultAction action, string name, int? count = 1) => w =>
    {
        w.Faults.Add(new FaultRule(command, action, ObjectName: name, Count: count));
        return Task.CompletedTask;
    };

    public static IReadOnlyList<Scenario> Rows { get; } =
    [
        Of("a query failed by the registry (2400) → 549", C.CommandFailed, Domain("status", "fault-info.com")) with
        {
            Arrange = Inject("domain:info", FaultAction.Fail2400, "fault-info.com"),
        },
        Of("a query answered 2500 once: one resend on a fresh session → 200", C.Success, Domain("status", "fault-query.com")) with
        {
            Arrange = Inject("domain:info", FaultAction.Fail2500, "fault-query.com"),
            Then = (w, _) =>
            {
                Assert.Equal(2, w.Exchanges("domain:info", "fault-query.com"));
                return Task.CompletedTask;
            },
        },
        Of("a query answered 2500 every time goes out exactly twice → 549", C.CommandFailed, Domain("status", "fault-always.com")) with
        {
            Arrange = Inject("domain:info", FaultAction.Fail2500, "fault-always.com", count: null),
            Then = (w, _) =>
            {
                Assert.Equal(2, w.Exchanges("domain:info", "fault-always.com"));
                return Task.CompletedTask;
            },
        },
        Of("a transform answered 2500 → 549 once the session is rebuilt; nothing changed", C.CommandFailed, Domain("mod", "fault-mod.com", "Status:REGISTRAR-HOLD")) with
        {
            Arrange = Inject("domain:update", FaultAction.Fail2500, "fault-mod.com"),
            Then = async (w, _) =>
            {
                Assert.Equal(1, w.Exchanges("domain:update", "fault-mod.com"));
                Assert.Equal(["ACTIVE"], (await w.StatusAsync("fault-mod.com")).ValuesOf("status"));
            },
        },
        Of("a renewal applied but its answer lost: reconciled → 200", C.Success, Domain("renew", "fault-renew.com", "-Period:1", "-CurrentExpirationYear:2027")) with
        {
            Arrange = Inject("domain:renew", FaultAction.CloseAfterApply, "fault-renew.com"),
            Then = async (w, r) =>
            {
                Assert.Equal("2028-06-15 08:00:00.0", r.ValueOf("registration expiration date"));
                Assert.Equal(1, w.Exchanges("domain:renew", "fault-renew.com"));
                Assert.Equal("2028-06-15 08:00:00.0", (await w.StatusAsync("fault-renew.com")).ValueOf("registration expiration date"));
            },
        },
        Of("a create lost before it was applied: reconciled → 421", C.ServerErrorTryAgain, Domain("add", "fault-new.com")) with
        {
            Arrange = Inject("domain:create", FaultAction.CloseBeforeApply, "fault-new.com"),
            Then = (w, _) =>
            {
                Assert.False(w.Registry.DomainExists("fault-new.com"));
                return Task.CompletedTask;
            },
        },
        Of("a query lost twice → 421", C.ServerErrorTryAgain, Domain("check", "fault-lost.com")) with
        {
            Arrange = Inject("domain:check", FaultAction.CloseBeforeApply, "fault-lost.com", count: 2),
        },
    ];
}
