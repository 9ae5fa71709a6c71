namespace Rrp2Epp.Rrp;

/// <summary>What a MOD line does to a multi-valued attribute (RFC 2832 §4.3.5).</summary>
public enum RrpEditKind
{
    /// <summary><c>Name:value</c> adds the value.</summary>
    Add,

    /// <summary><c>Name:value=</c> removes the value.</summary>
    Remove,

    /// <summary><c>Name:old=new</c> replaces one value with another.</summary>
    Replace,
}

/// <summary>
/// One MOD edit of a multi-valued attribute. <see cref="Old"/> is meaningful for Remove and Replace,
/// <see cref="New"/> for Add and Replace; the other is <c>default</c>.
/// </summary>
/// <typeparam name="T">The value type: a name (string), an <see cref="System.Net.IPAddress"/> or an <see cref="RrpStatus"/>.</typeparam>
/// <param name="Kind">Add, remove or replace.</param>
/// <param name="Old">The value removed or replaced.</param>
/// <param name="New">The value added, or the replacement.</param>
public readonly record struct RrpEdit<T>(RrpEditKind Kind, T? Old, T? New)
{
    /// <summary>Whether the edit takes a value away (Remove or Replace).</summary>
    public bool RemovesOld => Kind != RrpEditKind.Add;

    /// <summary>Whether the edit brings a value in (Add or Replace).</summary>
    public bool AddsNew => Kind != RrpEditKind.Remove;

    /// <summary>A short readable form for logs: <c>+new</c>, <c>-old</c> or <c>old=>new</c> (the wire form is the request writer's).</summary>
    public override string ToString() => Kind switch
    {
        RrpEditKind.Add => $"+{New}",
        RrpEditKind.Remove => $"-{Old}",
        _ => $"{Old}=>{New}",
    };
}

/// <summary>Factories for <see cref="RrpEdit{T}"/>.</summary>
public static class RrpEdit
{
    /// <summary><c>Name:value</c>.</summary>
    public static RrpEdit<T> Add<T>(T value) => new(RrpEditKind.Add, default, value);

    /// <summary><c>Name:value=</c>.</summary>
    public static RrpEdit<T> Remove<T>(T value) => new(RrpEditKind.Remove, value, default);

    /// <summary><c>Name:old=new</c>.</summary>
    public static RrpEdit<T> Replace<T>(T oldValue, T newValue) => new(RrpEditKind.Replace, oldValue, newValue);
}
