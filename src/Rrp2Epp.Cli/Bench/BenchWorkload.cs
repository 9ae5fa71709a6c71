using System.Globalization;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Cli.Bench;

/// <summary>One command of the mix: what to do, and to which domain.</summary>
internal readonly record struct BenchStep(BenchOperation Operation, string DomainName);

/// <summary>The commands of the mixes.</summary>
internal enum BenchOperation
{
    Check,
    Add,
    Mod,
    Renew,
    Del,
}

/// <summary>
/// What every session of every path sends: session <c>s</c>'s <c>i</c>-th command is the same operation on the same kind
/// of name whichever path runs it, so the paths do the same work. CHECK cycles through a fixed set of names, half of
/// them registered in the bench's sandbox (seeded) and half free. The transform mix runs ADD, MOD (one name server in),
/// RENEW, DEL of a domain unique to the run, the path, the session and the cycle, so every command can succeed.
/// </summary>
internal sealed class BenchWorkload
{
    /// <summary>The name server MOD adds: an external host (outside the sandbox's zones) the bench seeds.</summary>
    public const string DefaultNameServer = "ns1.bench-ns.org";

    /// <summary>Steps per transform cycle (ADD, MOD, RENEW, DEL).</summary>
    public const int CycleLength = 4;

    private const int CheckNameCount = 64;

    private readonly string _runTag;

    public BenchWorkload(BenchMix mix, string nameServer, string runTag)
    {
        Mix = mix;
        NameServer = nameServer;
        _runTag = runTag;
    }

    /// <summary>The CHECK names that the bench's sandbox registers (the other half of <see cref="CheckNames"/> is free).</summary>
    public static IReadOnlyList<string> RegisteredNames { get; } =
        [.. Enumerable.Range(0, CheckNameCount / 2).Select(i => string.Create(CultureInfo.InvariantCulture, $"bench-taken-{i}.com"))];

    /// <summary>The CHECK names, registered and free alternating.</summary>
    public static IReadOnlyList<string> CheckNames { get; } =
        [.. RegisteredNames.SelectMany((taken, i) => new[] { taken, string.Create(CultureInfo.InvariantCulture, $"bench-free-{i}.com") })];

    public BenchMix Mix { get; }

    public string NameServer { get; }

    /// <summary>True when <paramref name="iteration"/> starts a cycle (always for CHECK): a session may stop there.</summary>
    public bool IsCycleStart(long iteration) => Mix == BenchMix.Check || iteration % CycleLength == 0;

    /// <summary>The <paramref name="iteration"/>-th command of session <paramref name="session"/> on <paramref name="path"/>.</summary>
    public BenchStep Step(BenchPath path, int session, long iteration)
    {
        if (Mix == BenchMix.Check)
        {
            // Sessions start at different names, so 50 sessions do not ask for the same name at once.
            return new BenchStep(BenchOperation.Check, CheckNames[(int)((session * 7L + iteration) % CheckNames.Count)]);
        }

        var operation = (BenchOperation)((int)(iteration % CycleLength) + (int)BenchOperation.Add);
        var domain = string.Create(CultureInfo.InvariantCulture, $"b{_runTag}-{path.ToString()[0]}{session}-{iteration / CycleLength}.com").ToLowerInvariant();
        return new BenchStep(operation, domain);
    }

    /// <summary>The RRP request of a step; <paramref name="expiryYear"/> is the year ADD answered (for RENEW).</summary>
    public RrpRequest RrpRequest(BenchStep step, int expiryYear) => step.Operation switch
    {
        BenchOperation.Check => new CheckDomainRequest(step.DomainName),
        BenchOperation.Add => new AddDomainRequest(step.DomainName, 1, []),
        BenchOperation.Mod => new ModDomainRequest(step.DomainName, [RrpEdit.Add(NameServer)], []),
        BenchOperation.Renew => new RenewRequest(step.DomainName, 1, expiryYear),
        _ => new DelDomainRequest(step.DomainName),
    };

    /// <summary>
    /// The sizes the echo path sends and answers for a step: the RRP request as the gateway path writes it, and the
    /// gateway's success answer as the RRP writer writes it (CHECK: 211 for a registered name, 210 for a free one; ADD:
    /// expiry date and status; RENEW: expiry date).
    /// </summary>
    public (int Request, int Response) EchoSizes(BenchStep step)
    {
        var request = RrpRequestWriter.ToBytes(RrpRequest(step, 2000)).Length;
        var expiry = new RrpAttribute(RrpAttributeNames.RegistrationExpirationDate, "2000-01-01 00:00:00.0");
        var response = step.Operation switch
        {
            BenchOperation.Check => new RrpResponse(RegisteredNames.Contains(step.DomainName) ? RrpResponseCode.DomainNotAvailable : RrpResponseCode.DomainAvailable),
            BenchOperation.Add => new RrpResponse(RrpResponseCode.Success, [expiry, new RrpAttribute(RrpAttributeNames.Status, "ACTIVE")]),
            BenchOperation.Renew => new RrpResponse(RrpResponseCode.Success, [expiry]),
            _ => new RrpResponse(RrpResponseCode.Success),
        };
        return (request, RrpResponseWriter.ToBytes(response).Length);
    }
}
