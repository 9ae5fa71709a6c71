namespace Rrp2Epp.Rrp;

/// <summary><c>check</c> / <c>EntityName:NameServer</c>: availability a name server.</summary>
/// <param name="NameServer">The host name, lower case.</param>
public sealed record CheckNameServerRequest(string NameServer) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Check;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.NameServer;
}
