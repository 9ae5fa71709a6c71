using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>One RRP request of a scenario: who sends it, on which listener, the wire lines and the code it must get.</summary>
/// <param name="Lines">The request's lines without the terminating dot (<see cref="Rrp"/> builds them).</param>
/// <param name="Expected">The exact RRP code.</param>
/// <param name="Registrar">The session's registrar.</param>
/// <param name="Version">The listener.</param>
public sealed record ScenarioStep(IReadOnlyList<string> Lines, RrpResponseCode Expected, string Registrar, RrpVersion Version);

/// <summary>
/// A row of a command's scenario table: steps run in order, each in its own RRP session; <see cref="Arrange"/> runs
/// first (fault rules, credit), <see cref="Then"/> checks the registry state afterwards (read back through STATUS or the
/// sandbox) with the last step's answer.
/// </summary>
public sealed record Scenario(string Name, IReadOnlyList<ScenarioStep> Steps)
{
    public Func<ScenarioWorld, Task>? Arrange { get; init; }

    public Func<ScenarioWorld, RrpResponse, Task>? Then { get; init; }

    /// <summary>A one-request scenario for registrarA on the 2.0.0 listener.</summary>
    public static Scenario Of(string name, RrpResponseCode expected, string[] lines, string registrar = "registrarA", RrpVersion version = RrpVersion.V2_0_0) =>
        new(name, [new ScenarioStep(lines, expected, registrar, version)]);

    /// <summary>This scenario with a state check that needs no further request.</summary>
    public Scenario Expect(Action<ScenarioWorld, RrpResponse> check) => this with
    {
        Then = (w, r) =>
        {
            check(w, r);
            return Task.CompletedTask;
        },
    };

    /// <summary>This scenario with one more request after the others.</summary>
    public Scenario AndThen(RrpResponseCode expected, string[] lines, string registrar = "registrarA", RrpVersion version = RrpVersion.V2_0_0) =>
        this with { Steps = [.. Steps, new ScenarioStep(lines, expected, registrar, version)] };

    public override string ToString() => Name;
}

/// <summary>RRP request lines, written as a registrar's software would (ABNF order, CRLF added by the client).</summary>
public static class Rrp
{
    public static string[] Domain(string command, string name, params string[] more) => [command, "EntityName:Domain", "DomainName:" + name, .. more];

    public static string[] Server(string command, string name, params string[] more) => [command, "EntityName:NameServer", "NameServer:" + name, .. more];

    public static string[] Transfer(string name, string? approve = null) =>
        approve is null ? ["transfer", "EntityName:Domain", "DomainName:" + name] : ["transfer", "-Approve:" + approve, "EntityName:Domain", "DomainName:" + name];
}
