using System.Net;
using Microsoft.Extensions.Logging;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping.Profiles;

namespace Rrp2Epp.Gateway.HostAttributes;

/// <summary>
/// What a registry with host attributes needs from the gateway: its sessions answer <c>host:*</c> from the store
/// (<see cref="Wrap"/>, <see cref="StoreHostObjects"/>), and a create or update naming kept name servers carries their
/// glue (<see cref="GlueAsync"/>).
/// </summary>
public sealed class HostAttributeSupport(IGatewayStore store, TimeProvider time, ILogger<HostAttributeSupport> logger)
{
    /// <summary>The session for a command at <paramref name="route"/>: as is for host objects, store-backed for host attributes.</summary>
    public IEppSession Wrap(IEppSession session, RegistryRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Profile.Hosts == HostModel.Attributes ? new StoreHostObjects(session, route, store, time, logger) : session;
    }

    /// <summary>The addresses the store keeps for <paramref name="names"/> at <paramref name="route"/> (names it does not keep are left out).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<IPAddress>>> GlueAsync(RegistryRoute route, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(names);
        var glue = new Dictionary<string, IReadOnlyList<IPAddress>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (await store.GetNameServerAsync(route.Name, name, cancellationToken).ConfigureAwait(false) is { } kept)
            {
                glue[name] = [.. kept.Addresses.Select(IPAddress.Parse)];
            }
        }

        return glue;
    }
}
