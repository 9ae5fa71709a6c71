using Rrp2Epp.Gateway.Tests.EndToEnd;
using Rrp2Epp.Gateway.Tests.Pool;
using Rrp2Epp.Rrp;
using Rrp2Epp.Sandbox;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Rrp2Epp.Gateway.Tests.FaultSuite;

/// <summary>
/// Two gateways, each on its own sandbox registry: one with pooled EPP sessions, one with dedicated ones. Both have a
/// short EPP command timeout (<see cref="CommandTimeout"/>), so a stalled answer times out without the test waiting on
/// luck: the registry holds it until released. The seed has one domain per (mode, command, fault) case. The world
/// counts what the cases did and, when disposed, writes one line (<see cref="Report"/>) to the test output and to the
/// file <c>$RRP2EPP_FAULT_REPORT</c> names, if set.
/// </summary>
public sealed class FaultSuiteWorld(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>The gateways' EPP command timeout: far above a local exchange, far below the stall (an hour).</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(3);

    public const string ReportVariable = "RRP2EPP_FAULT_REPORT";

    public static readonly IReadOnlyList<string> Modes = ["pooled", "dedicated"];

    /// <summary>The faults the registry injects on the transform itself.</summary>
    private static readonly Dictionary<FaultKind, FaultAction> OnTransform = new()
    {
        [FaultKind.DropBeforeApply] = FaultAction.CloseBeforeApply,
        [FaultKind.DropAfterApply] = FaultAction.CloseAfterApply,
        [FaultKind.Fail2400] = FaultAction.Fail2400,
        [FaultKind.Fail2500] = FaultAction.Fail2500,
    };

    private readonly Dictionary<string, GatewayFixture> _gateways = [];
    private int _faults;
    private int _answers;
    private int _mismatches;

    public string Report => $"fault suite: {Volatile.Read(ref _faults)} faults injected, {Volatile.Read(ref _answers)} answers checked, {Volatile.Read(ref _mismatches)} mismatches";

    public async Task InitializeAsync()
    {
        foreach (var mode in Modes)
        {
            _gateways[mode] = await GatewayFixture.StartAsync(
                c =>
                {
                    c["Gateway:EppSessions:Mode"] = mode == "pooled" ? "Pooled" : "Dedicated";
                    c["Gateway:EppSessions:MaintenanceInterval"] = "1.00:00:00";
                    c["Gateway:Sessions:MaxSessionsPerRegistrar"] = "50";
                    c["Gateway:Registry:CommandTimeout"] = CommandTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
                },
                seed: Seed(mode));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways.Values)
        {
            await gateway.DisposeAsync();
        }

        diagnostics.OnMessage(new DiagnosticMessage(Report));
        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, Report + Environment.NewLine);
        }
    }

    /// <summary>
    /// Runs one case: SESSION, the fault, the command; then checks the exact answer, the RRP session's fate, the domain's
    /// state in the registry and how many times the transform reached it. Returns every mismatch (none: the case holds).
    /// </summary>
    public async Task<IReadOnlyList<string>> RunAsync(string mode, FaultCommand command, FaultKind fault)
    {
        var gateway = _gateways[mode];
        var registry = gateway.Registry;
        var name = FaultMatrix.DomainOf(mode, command, fault);
        var (code, applied, transforms) = FaultMatrix.Expected(fault);
        var before = registry.DomainState(name);
        var client = await gateway.LoginAsync(command.Registrar);
        var faults = gateway.Sandbox.Faults;
        var handles = new List<FaultHandle>();
        var restarts = 0;
        RrpResponse answer;
        try
        {
            FaultHandle Add(FaultRule rule)
            {
                var handle = faults.Add(rule);
                handles.Add(handle);
                return handle;
            }

            async Task RestartAsync()
            {
                await gateway.RestartSandboxAsync();
                restarts++;
            }

            FaultHandle? held = null;
            switch (fault)
            {
                case FaultKind.DropBeforeApply or FaultKind.DropAfterApply or FaultKind.Fail2400 or FaultKind.Fail2500:
                    Add(new FaultRule(command.Transform, OnTransform[fault], ObjectName: name));
                    break;
                case FaultKind.StallPastTimeout or FaultKind.RestartDuring:
                    held = Add(new FaultRule(command.Transform, FaultAction.DelayResponse, ObjectName: name, Delay: TimeSpan.FromHours(1)));
                    break;
                case FaultKind.Login2501:
                    // Every login while the rule is in: after SESSION the gateway may drain the poll queue (dedicated mode),
                    // and that drain's re-login must not be the only one refused.
                    await RestartAsync();
                    Add(new FaultRule("login", FaultAction.Fail2501, Registrar: command.Registrar, Count: null));
                    break;
                case FaultKind.Login2502:
                    await RestartAsync();
                    Add(new FaultRule("login", FaultAction.Fail2502, Registrar: command.Registrar, Count: null));
                    break;
                case FaultKind.RestartBetween:
                    await RestartAsync();
                    break;
            }

            var sent = client.SendRawAsync(command.Request(name));
            if (fault == FaultKind.RestartDuring)
            {
                // The transform is applied and its answer held: the restart drops the connection it would have gone on.
                await PoolTests.UntilAsync(() => held!.Stalled == 1 || sent.IsCompleted);
                await RestartAsync();
            }

            answer = await sent;
        }
        finally
        {
            foreach (var handle in handles)
            {
                handle.Release();
                faults.Remove(handle);
            }
        }

        var mismatches = new List<string>();
        if (answer.Code != code)
        {
            mismatches.Add($"answer {(int)answer.Code} {answer.Text}, expected {(int)code}");
        }

        if (answer.Code.ClosesConnection())
        {
            if (!await client.IsClosedByServerAsync())
            {
                mismatches.Add($"the RRP session stayed open after {(int)answer.Code}");
            }
        }
        else if (await client.SendAsync(QuitRequest.Instance) is { Code: not RrpResponseCode.SuccessClosing } quit)
        {
            mismatches.Add($"QUIT answered {(int)quit.Code}");
        }

        if (command.Check(before, registry.DomainState(name), applied) is { } wrong)
        {
            mismatches.Add("registry: " + wrong);
        }

        if (registry.CommandsReceived(command.Transform, name) is var received && received != transforms)
        {
            mismatches.Add($"{command.Transform} reached the registry {received} times, expected {transforms}");
        }

        if (handles.FirstOrDefault(h => h.Hits == 0) is { } idle)
        {
            mismatches.Add($"the fault {idle.Rule.Action} on {idle.Rule.Command} never fired");
        }

        Interlocked.Add(ref _faults, handles.Sum(h => h.Hits) + restarts);
        Interlocked.Increment(ref _answers);
        Interlocked.Add(ref _mismatches, mismatches.Count);
        return mismatches;
    }

    private static SandboxSeed Seed(string mode)
    {
        var created = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var domains =
            from command in FaultMatrix.Commands
            where command.Seeded
            from fault in Enum.GetValues<FaultKind>()
            let name = FaultMatrix.DomainOf(mode, command, fault)
            select new SeedDomain(name, "registrarA", created, FaultMatrix.Expires, [], [], "Seed-" + name.Split('.')[0][..12] + "-9", null, null);
        return new SandboxSeed(
            GatewayFixture.Epoch,
            [new SeedRegistrar("registrarA", "i-am-registrarA"), new SeedRegistrar("registrarB", "i-am-registrarB")],
            [],
            [.. domains]);
    }
}

[CollectionDefinition(Name)]
public sealed class FaultSuiteCollection : ICollectionFixture<FaultSuiteWorld>
{
    public const string Name = "fault suite";
}
