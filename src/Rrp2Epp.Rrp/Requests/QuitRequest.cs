namespace Rrp2Epp.Rrp;

/// <summary><c>quit</c>: end the session; the server answers 220 and closes.</summary>
public sealed record QuitRequest : RrpRequest
{
    /// <summary>The one QUIT (it carries nothing).</summary>
    public static QuitRequest Instance { get; } = new();

    /// <inheritdoc/>
    public override RrpCommand Command => RrpCommand.Quit;

    /// <inheritdoc/>
    public override RrpEntity? Entity => null;
}
