using System.Net;
using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Routing;
using Rrp2Epp.Gateway.Store;
using Rrp2Epp.Mapping.Plans;

namespace Rrp2Epp.Gateway.HostAttributes;

/// <summary>
/// At a registry with host attributes the gateway's store plays the registry's host objects (RFC 5732), so the
/// NameServer translations and results.csv work unchanged: this session answers the <c>host:*</c> commands they send
/// from the store and passes everything else to the registry.
/// <list type="bullet">
/// <item>ADD NameServer keeps the host (name, addresses, sponsor); a name or an address already kept is 2302 (540).</item>
/// <item>CHECK and STATUS NameServer read it; a host some recorded domain delegates to is <c>linked</c>.</item>
/// <item>MOD NameServer changes the kept host and rewrites, with one <c>domain:update</c> each (the old
/// <c>hostAttr</c> out, the new one in), every domain recorded as delegating to it; if one is refused the ones already
/// rewritten are put back. A domain sponsored by another registrar blocks the change (2305: 531).</item>
/// <item>DEL NameServer forgets a host no recorded domain uses (else 2305: 532).</item>
/// </list>
/// Which domains use which host is recorded from the domain commands passing through (creates, updates, deletes, and
/// every full <c>domain:info</c> the sponsor reads, which corrects the record). A DEL Domain forgets the domain's child
/// hosts with it, and is refused (2305: 533) while a child serves another domain, as in RRP.
/// </summary>
internal sealed class StoreHostObjects(IEppSession inner, RegistryRoute route, IGatewayStore store, TimeProvider time, ILogger logger) : IEppSession
{
    public string RegistrarId => inner.RegistrarId;

    public string ClientId => inner.ClientId;

    public EppNegotiatedServices Services => inner.Services.HasObject(EppNamespaces.Host)
        ? inner.Services
        : inner.Services with { ObjectUris = [.. inner.Services.ObjectUris, EppNamespaces.Host] };

    public string ConnectionId => inner.ConnectionId;

    public bool IsUsable => inner.IsUsable;

    public long QueuedMessages => inner.QueuedMessages;

    public async Task<EppResponse> SendAsync(EppCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var answer = command switch
        {
            HostCheckCommand c => await CheckAsync(c, cancellationToken).ConfigureAwait(false),
            HostInfoCommand c => await InfoAsync(c, cancellationToken).ConfigureAwait(false),
            HostCreateCommand c => await CreateAsync(c, cancellationToken).ConfigureAwait(false),
            HostDeleteCommand c => await DeleteAsync(c, cancellationToken).ConfigureAwait(false),
            HostUpdateCommand c => await UpdateAsync(c, cancellationToken).ConfigureAwait(false),
            DomainDeleteCommand c when await ChildInUseAsync(c.Name, cancellationToken).ConfigureAwait(false) is { } refusal => refusal,
            _ => null,
        };
        if (answer is not null)
        {
            logger.LogInformation("{EppCommand:l} {Object:l} answered by the gateway's store for {Registry:l} → {EppCode}", command.Kind.LogName(), command.ObjectName, route.Name, (int)answer.Code);
            return answer;
        }

        var response = await inner.SendAsync(command, cancellationToken).ConfigureAwait(false);
        try
        {
            await RecordDelegationsAsync(command, response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "ALERT: the name servers of {Object:l} at {Registry:l} could not be recorded", command.ObjectName, route.Name);
        }

        return response;
    }

    public Task<EppStepResult?> ReconnectAsync(CancellationToken cancellationToken) => inner.ReconnectAsync(cancellationToken);

    public Task EndAsync(CancellationToken cancellationToken) => inner.EndAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task<EppResponse> CheckAsync(HostCheckCommand check, CancellationToken cancellationToken)
    {
        var items = new List<EppCheckItem>();
        foreach (var name in check.Names)
        {
            var kept = await store.GetNameServerAsync(route.Name, name, cancellationToken).ConfigureAwait(false);
            items.Add(new EppCheckItem(name, kept is null, kept is null ? null : "In use"));
        }

        return Answer(EppResultCode.Success, data: new HostCheckData(items));
    }

    private async Task<EppResponse> InfoAsync(HostInfoCommand info, CancellationToken cancellationToken)
    {
        if (await store.GetNameServerAsync(route.Name, info.Name, cancellationToken).ConfigureAwait(false) is not { } kept)
        {
            return Answer(EppResultCode.ObjectDoesNotExist, Value("name", info.Name));
        }

        var linked = (await store.GetDelegatingDomainsAsync(route.Name, kept.Name, cancellationToken).ConfigureAwait(false)).Count > 0;
        return Answer(EppResultCode.Success, data: new HostInfoData
        {
            Name = kept.Name,
            Roid = $"GW-{route.Name}",
            Statuses = [new EppStatus(linked ? "linked" : "ok")],
            Addresses = [.. kept.Addresses.Select(HostAddress.Parse)],
            ClientId = kept.Sponsor,
            CreatorId = kept.Sponsor,
            CreatedAt = kept.CreatedAt,
            UpdaterId = kept.UpdatedAt == kept.CreatedAt ? null : kept.Sponsor,
            UpdatedAt = kept.UpdatedAt == kept.CreatedAt ? null : kept.UpdatedAt,
        });
    }

    private async Task<EppResponse> CreateAsync(HostCreateCommand create, CancellationToken cancellationToken)
    {
        var name = create.Name.ToLowerInvariant();
        var addresses = Canonical(create.Addresses);
        if (await store.GetNameServerAsync(route.Name, name, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Answer(EppResultCode.ObjectExists, Value("name", name));
        }

        if (await Refusal(name, addresses, name, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        // An in-zone host needs its parent domain here, sponsored by this registrar (RFC 5732 §3.2.1, RRP §4.3.1.2).
        if (route.Profile.InZoneParentOf(name) is { } parent)
        {
            var info = await inner.SendAsync(new DomainInfoCommand(parent) { Hosts = DomainInfoHosts.None }, cancellationToken).ConfigureAwait(false);
            if (info.Code == EppResultCode.ObjectDoesNotExist)
            {
                return Answer(EppResultCode.ObjectAssociationProhibitsOperation, Value("name", name));
            }

            if (info.GetData<DomainInfoData>() is { ClientId: { } sponsor } && sponsor != ClientId)
            {
                return Answer(EppResultCode.AuthorizationError, Value("name", name));
            }
        }

        var now = time.GetUtcNow();
        var record = new NameServerRecord(route.Name, name, addresses, ClientId, now, now);
        return await store.AddNameServerAsync(record, cancellationToken).ConfigureAwait(false)
            ? Answer(EppResultCode.Success, data: new HostCreateData(name, now))
            : Answer(EppResultCode.ObjectExists, Value("name", name));
    }

    private async Task<EppResponse> DeleteAsync(HostDeleteCommand delete, CancellationToken cancellationToken)
    {
        if (await store.GetNameServerAsync(route.Name, delete.Name, cancellationToken).ConfigureAwait(false) is not { } kept)
        {
            return Answer(EppResultCode.ObjectDoesNotExist, Value("name", delete.Name));
        }

        if (kept.Sponsor != ClientId)
        {
            return Answer(EppResultCode.AuthorizationError, Value("name", delete.Name));
        }

        if ((await store.GetDelegatingDomainsAsync(route.Name, kept.Name, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return Answer(EppResultCode.ObjectAssociationProhibitsOperation, Value("name", delete.Name));
        }

        await store.RemoveNameServerAsync(route.Name, kept.Name, cancellationToken).ConfigureAwait(false);
        return Answer(EppResultCode.Success);
    }

    private async Task<EppResponse> UpdateAsync(HostUpdateCommand update, CancellationToken cancellationToken)
    {
        if (await store.GetNameServerAsync(route.Name, update.Name, cancellationToken).ConfigureAwait(false) is not { } kept)
        {
            return Answer(EppResultCode.ObjectDoesNotExist, Value("name", update.Name));
        }

        if (kept.Sponsor != ClientId)
        {
            return Answer(EppResultCode.AuthorizationError, Value("name", update.Name));
        }

        var name = (update.NewName ?? kept.Name).ToLowerInvariant();
        var removed = Canonical(update.Remove?.Addresses ?? []);
        var addresses = kept.Addresses.Where(a => !removed.Contains(a)).Concat(Canonical(update.Add?.Addresses ?? [])).Distinct(StringComparer.Ordinal).ToList();
        if (name != kept.Name && await store.GetNameServerAsync(route.Name, name, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Answer(EppResultCode.ObjectExists, Value("name", name));
        }

        if (await Refusal(name, addresses, kept.Name, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var rewrite = new DelegationRewrite(inner, route, store, logger);
        if (await rewrite.PlanAsync(kept.Name, cancellationToken).ConfigureAwait(false) is { } blocked)
        {
            return blocked;
        }

        var glue = InZone(name) ? addresses.Select(HostAddress.Parse).ToList() : [];
        if (await rewrite.ApplyAsync(kept, new DomainHostAttribute(name, glue), cancellationToken).ConfigureAwait(false) is { } failed)
        {
            return failed;
        }

        var changed = kept with { Name = name, Addresses = addresses, UpdatedAt = time.GetUtcNow() };
        return await store.ReplaceNameServerAsync(kept.Name, changed, cancellationToken).ConfigureAwait(false)
            ? Answer(EppResultCode.Success)
            : Answer(EppResultCode.ObjectExists, Value("name", name));
    }

    /// <summary>The registry rules a kept host obeys: glue only in zone and then at least one address, one server per address.</summary>
    private async Task<EppResponse?> Refusal(string name, IReadOnlyList<string> addresses, string self, CancellationToken cancellationToken)
    {
        if (InZone(name) ? addresses.Count == 0 : addresses.Count > 0)
        {
            return Answer(EppResultCode.DataManagementPolicyViolation, addresses.Count > 0 ? Value("addr", addresses[0]) : Value("name", name));
        }

        foreach (var address in addresses)
        {
            var holder = await store.FindNameServerByAddressAsync(route.Name, address, cancellationToken).ConfigureAwait(false);
            if (holder is not null && holder != self)
            {
                // RRP: two servers may not share an address (result-mapping §6 point 4); the store can check what EPP cannot.
                return Answer(EppResultCode.ObjectExists, Value("addr", address));
            }
        }

        return null;
    }

    /// <summary>RRP refuses a DEL Domain while one of its child hosts serves another domain (533); EPP with host attributes would not.</summary>
    private async Task<EppResponse?> ChildInUseAsync(string domain, CancellationToken cancellationToken)
    {
        foreach (var child in await store.GetSubordinateNameServersAsync(route.Name, domain, cancellationToken).ConfigureAwait(false))
        {
            var users = await store.GetDelegatingDomainsAsync(route.Name, child, cancellationToken).ConfigureAwait(false);
            if (users.Any(u => !string.Equals(u, domain, StringComparison.OrdinalIgnoreCase)))
            {
                return Answer(EppResultCode.ObjectAssociationProhibitsOperation, new EppResultValue(EppNamespaces.Domain, "name", domain, new Dictionary<string, string>(), $"child host {child} serves {users[0]}"));
            }
        }

        return null;
    }

    private async Task RecordDelegationsAsync(EppCommand command, EppResponse response, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case DomainCreateCommand create when response.IsSuccess:
                await store.SetDelegationsAsync(route.Name, create.Name, [.. create.NameServers?.Names ?? []], cancellationToken).ConfigureAwait(false);
                break;
            case DomainUpdateCommand update when response.IsSuccess && (update.Add?.NameServers is not null || update.Remove?.NameServers is not null):
                var current = await store.GetDelegationsAsync(route.Name, update.Name, cancellationToken).ConfigureAwait(false);
                var removed = update.Remove?.NameServers?.Names.Select(n => n.ToLowerInvariant()).ToHashSet() ?? [];
                await store.SetDelegationsAsync(route.Name, update.Name, [.. current.Where(n => !removed.Contains(n)).Concat(update.Add?.NameServers?.Names ?? [])], cancellationToken).ConfigureAwait(false);
                break;
            case DomainDeleteCommand delete when response.IsSuccess:
                // The domain left the zone: its child hosts go with it (none serves another domain: checked before the delete).
                foreach (var child in await store.GetSubordinateNameServersAsync(route.Name, delete.Name, cancellationToken).ConfigureAwait(false))
                {
                    await store.RemoveNameServerAsync(route.Name, child, cancellationToken).ConfigureAwait(false);
                }

                await store.SetDelegationsAsync(route.Name, delete.Name, [], cancellationToken).ConfigureAwait(false);
                break;
            case DomainInfoCommand { Hosts: DomainInfoHosts.All or DomainInfoHosts.Delegated } info when response.Code == EppResultCode.Success
                && response.GetData<DomainInfoData>() is { } data && data.ClientId == ClientId:
                // The sponsor's full view is the truth: it corrects what was recorded (transfers in, changes made elsewhere).
                await store.SetDelegationsAsync(route.Name, info.Name, [.. data.NameServers?.Names ?? []], cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private bool InZone(string name) => route.MatchLength(name) > 0;

    private static List<string> Canonical(IEnumerable<HostAddress> addresses) =>
        [.. addresses.Select(a => IPAddress.TryParse(a.Address, out var ip) ? ip.ToString() : a.Address)];

    private static EppResultValue Value(string localName, string text) => new(EppNamespaces.Host, localName, text, new Dictionary<string, string>(), null);

    internal static EppResponse Answer(EppResultCode code, EppResultValue? value = null, EppResponseData? data = null) => new()
    {
        Results = [new EppResult(code, code.ToString(), null, value is null ? [] : [value])],
        Data = data is null ? [] : [data],
    };
}
