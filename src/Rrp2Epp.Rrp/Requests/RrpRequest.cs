namespace Rrp2Epp.Rrp;

/// <summary>
/// A parsed RRP request: an immutable, typed model with names in lower case, so nothing downstream re-reads text.
/// One sealed record per command and entity derives from it. <c>ToString()</c> never shows passwords or authInfo.
/// </summary>
public abstract record RrpRequest
{
    /// <summary>The command word.</summary>
    public abstract RrpCommand Command { get; }

    /// <summary>The entity block's object, or null for commands without one (DESCRIBE, QUIT, SESSION).</summary>
    public abstract RrpEntity? Entity { get; }
}
