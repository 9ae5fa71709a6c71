using System.Collections.Concurrent;

namespace Rrp2Epp.Sandbox;

/// <summary>
/// A domain as the registry holds it, for tests that check what a client's commands did: never a response, so it
/// needs no session, no authorization and no clock-dependent XML.
/// </summary>
/// <param name="Name">The domain name.</param>
/// <param name="Sponsor">The sponsoring client id.</param>
/// <param name="ExpiresAt">The expiry date.</param>
/// <param name="Statuses">The EPP statuses an info would list (pendingDelete, pendingTransfer included).</param>
/// <param name="TransferStatus">The current or latest transfer's status (pending, clientApproved ...), or null.</param>
/// <param name="TransferRequestedBy">The client that asked for that transfer, or null.</param>
/// <param name="RgpStatus">The RGP status of a deleted domain (redemptionPeriod ...), or null.</param>
public sealed record SandboxDomainState(
    string Name,
    string Sponsor,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<string> Statuses,
    string? TransferStatus,
    string? TransferRequestedBy,
    string? RgpStatus);

public sealed partial class SandboxRegistry
{
    private readonly ConcurrentDictionary<(string Kind, string Name), int> _received = new();

    /// <summary>The domain's state now (due transitions applied); null when it is not registered.</summary>
    public SandboxDomainState? DomainState(string name)
    {
        lock (_lock)
        {
            Sweep(Now);
            if (!_domains.TryGetValue(DomainNames.Normalize(name), out var d))
            {
                return null;
            }

            return new SandboxDomainState(
                d.Name,
                d.Sponsor,
                d.ExDate,
                DomainStatuses(d).Select(s => s.Name).ToList(),
                d.Transfer?.Status,
                d.Transfer?.RequestedBy,
                d.Deletion?.RgpStatus);
        }
    }

    /// <summary>
    /// How many commands of <paramref name="kind"/> (as fault rules name them: <c>domain:create</c>,
    /// <c>domain:transfer:request</c> ...) naming <paramref name="objectName"/> reached the registry since it was made,
    /// restarts included: those a fault refused or dropped count too, so a client that resent a command shows it here.
    /// </summary>
    public int CommandsReceived(string kind, string objectName) =>
        _received.GetValueOrDefault((kind, DomainNames.Normalize(objectName)));

    internal void CountReceived(string kind, IEnumerable<string> objectNames)
    {
        foreach (var name in objectNames)
        {
            _received.AddOrUpdate((kind, DomainNames.Normalize(name)), 1, (_, n) => n + 1);
        }
    }
}
