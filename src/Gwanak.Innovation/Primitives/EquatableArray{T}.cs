using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// An immutable array that compares by its items, so that an event or a report holding a list is equal to another
/// holding the same items in the same order (an <see cref="ImmutableArray{T}"/> compares by reference).
/// </summary>
/// <remarks>
/// Build one with a collection expression (<c>[a, b]</c>), from any sequence, or from an <see cref="ImmutableArray{T}"/>.
/// The <see langword="default"/> value is the empty array.
/// </remarks>
/// <typeparam name="T">The item type; its own <see cref="object.Equals(object)"/> decides equality.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Creates an array of the given items.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public EquatableArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    private EquatableArray(ImmutableArray<T> items) => this.items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The number of items.</summary>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The items as an immutable array.</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? [] : items;

    /// <summary>The items as a span.</summary>
    /// <returns>A read-only span over the items.</returns>
    public ReadOnlySpan<T> AsSpan() => items.IsDefault ? [] : items.AsSpan();

    /// <summary>The item at an index.</summary>
    /// <param name="index">The index, from 0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside the array.</exception>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>An array holding the items of an immutable array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>True when both hold equal items in the same order.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>True when the arrays differ in an item or in length.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other array.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>An array holding the items of an immutable array.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in brackets.</summary>
    /// <returns>For example <c>[kaccoc, gwanak-gu-office]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";

    /// <summary>An enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();
}
