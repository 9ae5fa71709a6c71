namespace Rrp2Epp.Rrp;

/// <summary><c>status</c> / <c>EntityName:NameServer</c>: read a name server.</summary>
/// <param name="NameServer">The host name, lower case.</param>
public sealed record StatusNameServerRequest(string NameServer) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Status;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.NameServer;
}
