namespace Rrp2Epp.Rrp;

/// <summary><c>del</c> / <c>EntityName:NameServer</c>: delete a name server.</summary>
/// <param name="NameServer">The host name, lower case.</param>
public sealed record DelNameServerRequest(string NameServer) : RrpRequest
{
    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Del;

    /// <inheritdoc/>
    public override RrpEntity? Entity => RrpEntity.NameServer;
}
