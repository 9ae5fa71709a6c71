using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Rrp2Epp.Epp;

/// <summary>
/// A password or authInfo value (<c>&lt;pw&gt;</c>, <c>&lt;newPW&gt;</c>, <c>&lt;authInfo&gt;</c>).
/// It renders as <c>***</c> everywhere (ToString, record printing, the debugger), so a command or
/// response can be logged whole without leaking it; only <see cref="Reveal"/> gives the text.
/// </summary>
[DebuggerDisplay("***")]
public sealed class EppSecret : IEquatable<EppSecret>
{
    /// <summary>What every rendering shows instead of the value.</summary>
    public const string Mask = "***";

    private readonly string _value;

    /// <summary>Wraps a secret value (may be empty: RFC 9154 uses an empty <c>pw</c> for "no authInfo").</summary>
    public EppSecret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>True when the value is the empty string.</summary>
    public bool IsEmpty => _value.Length == 0;

    /// <summary>The clear text. Call it only to put the value on the wire or into the secret store.</summary>
    public string Reveal() => _value;

    /// <summary>Always <see cref="Mask"/>.</summary>
    public override string ToString() => Mask;

    /// <summary>Wraps a string; null stays null.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static implicit operator EppSecret?(string? value) => value is null ? null : new EppSecret(value);

    /// <inheritdoc />
    public bool Equals(EppSecret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EppSecret);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
