using Rrp2Epp.Sandbox;
using static Rrp2Epp.Gateway.Tests.Scenarios.Rrp;
using C = Rrp2Epp.Rrp.RrpResponseCode;

namespace Rrp2Epp.Gateway.Tests.FaultSuite;

/// <summary>
/// A transform the fault suite breaks: the RRP request that causes it, the registrar sending it, the EPP command the
/// faults hit, and what "applied" means for the domain in the registry (read from <see cref="SandboxRegistry.DomainState"/>,
/// never through the gateway under test).
/// </summary>
/// <param name="Name">The RRP command, for test names and domain names.</param>
/// <param name="Registrar">Who sends it.</param>
/// <param name="Transform">The EPP transform kind, as fault rules and the registry's counter name it.</param>
/// <param name="Seeded">Whether the domain exists before (everything but ADD).</param>
/// <param name="Request">The RRP request lines for a domain.</param>
/// <param name="Check">Given the state before and after and whether the change must be there: null when it holds, else what is wrong.</param>
public sealed record FaultCommand(
    string Name,
    string Registrar,
    string Transform,
    bool Seeded,
    Func<string, string[]> Request,
    Func<SandboxDomainState?, SandboxDomainState?, bool, string?> Check)
{
    public override string ToString() => Name;
}

/// <summary>What a fault does and what the registrar must get for it (result-mapping.md §2 and §4).</summary>
public enum FaultKind
{
    /// <summary>The registry drops the connection on receiving the transform, before applying it (G7, not applied → 421).</summary>
    DropBeforeApply,

    /// <summary>The registry applies the transform, then drops the connection: the answer is lost (G7, applied → 200).</summary>
    DropAfterApply,

    /// <summary>The registry applies the transform and holds its answer past the gateway's command timeout (G7, applied → 200).</summary>
    StallPastTimeout,

    /// <summary>The transform is answered 2400 and not applied (§2: 549).</summary>
    Fail2400,

    /// <summary>The transform is answered 2500 and not applied; the registry closes (§2, G8: 549 once a session is rebuilt).</summary>
    Fail2500,

    /// <summary>
    /// The EPP session is gone (a registry restart) and the re-login the command needs is answered 2501: RFC 5730 has 2501
    /// answer only a login, after failed credential checks (§2, G9: 420, the RRP session closes; nothing sent).
    /// </summary>
    Login2501,

    /// <summary>
    /// The EPP session is gone and every re-login is answered 2502: RFC 5730 has 2502 answer only a login beyond the
    /// session limit (§2, G10: no other session can take the command → 421; nothing sent).
    /// </summary>
    Login2502,

    /// <summary>The registry restarts between SESSION and the command: every EPP connection is gone (§1.4: rebuilt → 200).</summary>
    RestartBetween,

    /// <summary>The registry restarts while the applied transform's answer is held: the answer is lost (G7, applied → 200).</summary>
    RestartDuring,
}

/// <summary>The matrix: every transform × every fault, with the exact answer and whether the change must be there.</summary>
public static class FaultMatrix
{
    /// <summary>The seeded domains' expiry (RENEW asks for its year).</summary>
    public static readonly DateTimeOffset Expires = new(2027, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<FaultCommand> Commands =
    [
        new("add", "registrarA", "domain:create", Seeded: false, name => Domain("add", name, "-Period:1"), (_, after, applied) =>
            applied
                ? after is { Sponsor: "registrarA" } ? null : $"created for registrarA expected, found {Describe(after)}"
                : after is null ? null : $"no domain expected, found {Describe(after)}"),
        new("renew", "registrarA", "domain:renew", Seeded: true, name => Domain("renew", name, "-Period:1", "-CurrentExpirationYear:2027"), (before, after, applied) =>
        {
            var expected = applied ? before!.ExpiresAt.AddYears(1) : before!.ExpiresAt;
            return after?.ExpiresAt == expected ? null : $"expiry {expected:u} expected (renewed {(applied ? "once" : "never")}), found {Describe(after)}";
        }),
        new("transfer", "registrarB", "domain:transfer:request", Seeded: true, name => Transfer(name), (_, after, applied) =>
            applied
                ? after is { Sponsor: "registrarA", TransferStatus: "pending", TransferRequestedBy: "registrarB" } ? null : $"a transfer pending for registrarB expected, found {Describe(after)}"
                : after is { Sponsor: "registrarA", TransferStatus: null } ? null : $"no transfer expected, found {Describe(after)}"),
        new("del", "registrarA", "domain:delete", Seeded: true, name => Domain("del", name), (_, after, applied) =>
            applied
                ? after is null || after.Statuses.Contains("pendingDelete") ? null : $"deleted or pendingDelete expected, found {Describe(after)}"
                : after is not null && !after.Statuses.Contains("pendingDelete") ? null : $"the domain untouched expected, found {Describe(after)}"),
    ];

    /// <summary>The exact RRP answer, whether the change must be in the registry, and how often the transform reaches it.</summary>
    public static (C Code, bool Applied, int Transforms) Expected(FaultKind fault) => fault switch
    {
        FaultKind.DropBeforeApply => (C.ServerErrorTryAgain, false, 1),
        FaultKind.DropAfterApply => (C.Success, true, 1),
        FaultKind.StallPastTimeout => (C.Success, true, 1),
        FaultKind.Fail2400 => (C.CommandFailed, false, 1),
        FaultKind.Fail2500 => (C.CommandFailed, false, 1),
        FaultKind.Login2501 => (C.ServerErrorClosing, false, 0),
        FaultKind.Login2502 => (C.ServerErrorTryAgain, false, 0),
        FaultKind.RestartBetween => (C.Success, true, 1),
        FaultKind.RestartDuring => (C.Success, true, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    /// <summary>The domain a case works on: one per mode, command and fault, so no case sees another's changes.</summary>
    public static string DomainOf(string mode, FaultCommand command, FaultKind fault) =>
        $"fs-{mode[0]}-{command.Name}-{fault}.com".ToLowerInvariant();

    private static string Describe(SandboxDomainState? state) =>
        state is null ? "no domain" : $"sponsor {state.Sponsor}, expiry {state.ExpiresAt:u}, statuses {string.Join(' ', state.Statuses)}, transfer {state.TransferStatus ?? "none"} by {state.TransferRequestedBy ?? "-"}";
}
