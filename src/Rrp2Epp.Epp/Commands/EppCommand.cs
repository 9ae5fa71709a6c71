using System.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// An EPP command (RFC 5730 §2.9), immutable. <see cref="EppCommandWriter"/> turns it into a frame.
/// Secrets are <see cref="EppSecret"/> values, so printing a command never shows them. The set of
/// commands is closed: each one is written by this library, so every frame it can produce is
/// tested against the schemas.
/// </summary>
public abstract record EppCommand
{
    private protected EppCommand()
    {
    }

    /// <summary>What this command is.</summary>
    public abstract EppCommandKind Kind { get; }

    /// <summary>Query, transform or session command (reconciliation after a lost answer depends on it).</summary>
    public EppCommandCategory Category => Kind.Category();

    /// <summary>True for transforms.</summary>
    public bool IsTransform => Kind.IsTransform();

    /// <summary>The object the command is about (the first one for a check), for logs; null when none.</summary>
    public abstract string? ObjectName { get; }

    /// <summary>Writes the children of <c>&lt;command&gt;</c> that precede <c>&lt;clTRID&gt;</c>.</summary>
    internal abstract void WriteBody(XmlWriter writer);

    /// <summary>Adds a description of each invalid field to <paramref name="errors"/> (field names only, never values).</summary>
    internal abstract void Validate(List<string> errors);

    /// <summary>The secrets this command carries (so error texts can be scrubbed of them).</summary>
    internal virtual IEnumerable<EppSecret> Secrets => [];
}
