using System.Net;

namespace Rrp2Epp.Rrp;

/// <summary><c>add</c> / <c>EntityName:NameServer</c>: register a host with 0-13 addresses (none for out-of-zone hosts).</summary>
/// <param name="NameServer">The host name, lower case.</param>
/// <param name="Addresses">IPv4 addresses, and IPv6 ones on 2.0.0 listeners.</param>
public sealed record AddNameServerRequest(string NameServer, IReadOnlyList<IPAddress> Addresses) : RrpRequest
{
    /// <summary>IPv4 addresses, and IPv6 ones on 2.0.0 listeners.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; init => field = RrpList<IPAddress>.From(value); } = RrpList<IPAddress>.From(Addresses);

    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Add;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.NameServer;
}
