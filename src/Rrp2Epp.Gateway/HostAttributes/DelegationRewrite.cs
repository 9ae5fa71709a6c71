using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.HostAttributes;

/// <summary>
/// A MOD NameServer at a host-attribute registry: every domain delegating to the host carries its own copy of the name
/// and glue, so each is rewritten (<see cref="ApplyAsync"/>) after all are read and found rewritable
/// (<see cref="PlanAsync"/>). EPP has no transaction across domains: a refusal part-way puts the rewritten ones back
/// (RRP's all-or-nothing rule), and an undo that fails is an alert naming the domain.
/// </summary>
internal sealed class DelegationRewrite(IEppSession session, RegistryRoute route, IGatewayStore store, ILogger logger)
{
    private readonly List<(string Domain, DomainHostAttribute Old)> _domains = [];

    /// <summary>Reads every recorded user of <paramref name="host"/>; a refusal when one is another registrar's, else null.</summary>
    public async Task<EppResponse?> PlanAsync(string host, CancellationToken cancellationToken)
    {
        foreach (var domain in await store.GetDelegatingDomainsAsync(route.Name, host, cancellationToken).ConfigureAwait(false))
        {
            var info = await session.SendAsync(new DomainInfoCommand(domain) { Hosts = DomainInfoHosts.Delegated }, cancellationToken).ConfigureAwait(false);
            if (info.Code == EppResultCode.ObjectDoesNotExist)
            {
                await store.SetDelegationsAsync(route.Name, domain, [], cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (info.Code != EppResultCode.Success || info.GetData<DomainInfoData>() is not { } data)
            {
                return info;
            }

            if (data.ClientId != session.ClientId)
            {
                // Another registrar's domain keeps its own copy of the glue, which only its sponsor may change (best 532 → 531).
                return StoreHostObjects.Answer(EppResultCode.ObjectAssociationProhibitsOperation,
                    new EppResultValue(EppNamespaces.Host, "name", host, new Dictionary<string, string>(), $"delegated by {domain} of another registrar"));
            }

            var old = data.NameServers?.HostAttributes.FirstOrDefault(a => string.Equals(a.HostName, host, StringComparison.OrdinalIgnoreCase));
            if (old is null)
            {
                // The record was stale: the registry's view wins.
                await store.SetDelegationsAsync(route.Name, domain, [.. data.NameServers?.Names ?? []], cancellationToken).ConfigureAwait(false);
                continue;
            }

            _domains.Add((domain, old));
        }

        return null;
    }

    /// <summary>Rewrites every planned domain; the refusal that stopped it (after putting the others back), or null.</summary>
    public async Task<EppResponse?> ApplyAsync(NameServerRecord kept, DomainHostAttribute replacement, CancellationToken cancellationToken)
    {
        var done = new List<(string Domain, DomainHostAttribute Old)>();
        foreach (var (domain, old) in _domains)
        {
            EppResponse response;
            try
            {
                response = await session.SendAsync(Swap(domain, old, replacement), cancellationToken).ConfigureAwait(false);
            }
            catch (EppTransportException)
            {
                if (done.Count > 0)
                {
                    logger.LogError("ALERT: MOD NameServer {Host:l} lost its connection after rewriting {Domains:l} at {Registry:l}; they carry the new name server, the store the old one",
                        kept.Name, string.Join(", ", done.Select(d => d.Domain)), route.Name);
                }

                throw;
            }

            if (response.Code != EppResultCode.Success)
            {
                await UndoAsync(done, replacement, cancellationToken).ConfigureAwait(false);
                return response;
            }

            done.Add((domain, old));
        }

        return null;
    }

    private async Task UndoAsync(List<(string Domain, DomainHostAttribute Old)> done, DomainHostAttribute replacement, CancellationToken cancellationToken)
    {
        foreach (var (domain, old) in done)
        {
            try
            {
                var back = await session.SendAsync(Swap(domain, replacement, old), cancellationToken).ConfigureAwait(false);
                if (back.Code != EppResultCode.Success)
                {
                    logger.LogError("ALERT: {Domain:l} at {Registry:l} could not be given back its name server {Host:l} ({Code})", domain, route.Name, old.HostName, (int)back.Code);
                }
            }
            catch (EppTransportException e)
            {
                logger.LogError("ALERT: {Domain:l} at {Registry:l} could not be given back its name server {Host:l}: {Failure:l}", domain, route.Name, old.HostName, e.Message);
                throw;
            }
        }
    }

    private static DomainUpdateCommand Swap(string domain, DomainHostAttribute from, DomainHostAttribute to) => new(domain)
    {
        Remove = new DomainUpdateSet { NameServers = DomainNameServers.FromHostAttributes(new DomainHostAttribute(from.HostName, [])) },
        Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostAttributes(to) },
    };
}
