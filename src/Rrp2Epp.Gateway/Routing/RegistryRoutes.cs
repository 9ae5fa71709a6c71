using Microsoft.Extensions.Options;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Hosting;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Routing;

/// <summary>
/// The TLD routing table (DESIGN §4): a name goes to the registry whose configured zone is its longest suffix, so one
/// RRP session reaches several registries. Domain commands for a name under no zone get 541 without an exchange. A
/// name server routes by its own name; one outside every zone (an external host such as <c>ns1.example.org</c> when
/// only com and net are configured) goes to the default route, the only registry where the gateway can create it.
/// </summary>
public sealed class RegistryRoutes
{
    /// <summary>Builds every route from the validated options.</summary>
    public RegistryRoutes(IOptions<GatewayOptions> options, GatewayCertificates certificates, IEppExchangeObserver observer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(certificates);
        var o = options.Value;
        var registries = o.EffectiveRegistries;
        var defaultIndex = Math.Max(0, registries.ToList().FindIndex(r => r.Default));
        All = [.. registries.Select((r, i) => new RegistryRoute(
            r,
            TranslationSetup.BuildProfile(o, r).EnsureValid(),
            new EppConnectionFactory(r, certificates.EppClientCertificateFor(r.Name!), observer, time),
            r.PoolSize ?? o.EppSessions.PoolSize,
            i == defaultIndex))];
        Default = All[defaultIndex];
        Login = All.Single(r => r.PassesCredentialsThrough);
    }

    /// <summary>Every route, in configuration order.</summary>
    public IReadOnlyList<RegistryRoute> All { get; }

    /// <summary>The route of name servers outside every zone.</summary>
    public RegistryRoute Default { get; }

    /// <summary>The registry RRP logins are verified against (credentials pass through).</summary>
    public RegistryRoute Login { get; }

    /// <summary>The route of a domain: the longest zone suffix; null when no registry serves it (541).</summary>
    public RegistryRoute? ForDomain(string domainName) => Longest(domainName);

    /// <summary>The route of a name server: the longest zone suffix of its own name, else the default route.</summary>
    public RegistryRoute ForHost(string hostName) => Longest(hostName) ?? Default;

    /// <summary>A route by name, or null.</summary>
    public RegistryRoute? Named(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where <paramref name="request"/> goes: Domain commands by the domain, NameServer commands by the host; null for a
    /// domain no registry serves. <paramref name="routed"/> is false for commands that reach no registry (SESSION, QUIT, DESCRIBE).
    /// </summary>
    public RegistryRoute? For(RrpRequest request, out bool routed)
    {
        ArgumentNullException.ThrowIfNull(request);
        routed = true;
        switch (request)
        {
            case AddNameServerRequest r:
                return ForHost(r.NameServer);
            case CheckNameServerRequest r:
                return ForHost(r.NameServer);
            case DelNameServerRequest r:
                return ForHost(r.NameServer);
            case ModNameServerRequest r:
                return ForHost(r.NameServer);
            case StatusNameServerRequest r:
                return ForHost(r.NameServer);
        }

        if (Sessions.RrpSession.ObjectNameOf(request) is { } domain)
        {
            return ForDomain(domain);
        }

        routed = false;
        return null;
    }

    private RegistryRoute? Longest(string name)
    {
        RegistryRoute? best = null;
        var length = 0;
        foreach (var route in All)
        {
            var match = route.MatchLength(name);
            if (match > length)
            {
                (best, length) = (route, match);
            }
        }

        return best;
    }
}
