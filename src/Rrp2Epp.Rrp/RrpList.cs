using System.Collections;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// An immutable list with value equality, so the request and response records compare by content (tests, dedup)
/// rather than by reference, which <see cref="IReadOnlyList{T}"/> and ImmutableArray would do.
/// </summary>
/// <typeparam name="T">The element type; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
public sealed class RrpList<T> : IReadOnlyList<T>, IEquatable<RrpList<T>>
{
    private readonly T[] _items;

    private RrpList(T[] items) => _items = items;

    /// <summary>The empty list (shared).</summary>
    public static RrpList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>Copies the items, unless they already are an <see cref="RrpList{T}"/>.</summary>
    public static RrpList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items switch
        {
            RrpList<T> list => list,
            ICollection<T> { Count: 0 } => Empty,
            _ => new RrpList<T>([.. items]),
        };
    }

    /// <summary>Takes ownership of an array the caller will never touch again (the parser's own buffers).</summary>
    internal static RrpList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new RrpList<T>(items);

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc/>
    public bool Equals(RrpList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RrpList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items in brackets, e.g. <c>[ns1.example.com, ns2.example.com]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < _items.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(_items[i]);
        }

        return text.Append(']').ToString();
    }

    /// <summary>A struct enumerator, so <c>foreach</c> does not allocate (and, not being a ref struct, works across awaits).</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Enumerates an <see cref="RrpList{T}"/> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly T Current => _items[_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _items.Length;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
