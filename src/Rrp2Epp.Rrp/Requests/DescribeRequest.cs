namespace Rrp2Epp.Rrp;

/// <summary><c>describe</c>: ask for the protocol version. Net::DRI sends it as a keep-alive.</summary>
/// <param name="Target">"Protocol" when <c>-Target:Protocol</c> was given, else null (the answer is the same).</param>
public sealed record DescribeRequest(string? Target) : RrpRequest
{
    /// <summary>The only target RRP defines.</summary>
    public const string ProtocolTarget = "Protocol";

    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Describe;

    /// <inheritdoc/>
    public override RrpEntity? Entity => null;
}
