namespace Rrp2Epp.Rrp;

/// <summary>One response line <c>name:value</c>. Names may contain spaces (<c>registration expiration date</c>).</summary>
/// <param name="Name">The attribute name, usually one of <see cref="RrpAttributeNames"/>.</param>
/// <param name="Value">The value: printable ASCII, no line breaks.</param>
public readonly record struct RrpAttribute(string Name, string Value)
{
    /// <summary>The wire form without the line end.</summary>
    public override string ToString() => $"{Name}:{Value}";
}
