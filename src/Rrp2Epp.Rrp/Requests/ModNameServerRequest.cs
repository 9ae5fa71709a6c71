using System.Net;

namespace Rrp2Epp.Rrp;

/// <summary><c>mod</c> / <c>EntityName:NameServer</c>: rename a host and add, remove or replace its addresses.</summary>
/// <param name="NameServer">The host's current name, lower case.</param>
/// <param name="NewNameServer">The new name (<c>NewNameServer:</c>), lower case, or null to keep the name.</param>
/// <param name="Addresses">Address edits in request order.</param>
public sealed record ModNameServerRequest(string NameServer, string? NewNameServer, IReadOnlyList<RrpEdit<IPAddress>> Addresses) : RrpRequest
{
    /// <summary>Address edits in request order.</summary>
    public IReadOnlyList<RrpEdit<IPAddress>> Addresses { get; init => field = RrpList<RrpEdit<IPAddress>>.From(value); } = RrpList<RrpEdit<IPAddress>>.From(Addresses);

    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Mod;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.NameServer;
}
