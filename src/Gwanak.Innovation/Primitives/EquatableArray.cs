using System;
using System.Collections.Immutable;

namespace Gwanak.Innovation.Primitives;

/// <summary>Builds <see cref="EquatableArray{T}"/> values; collection expressions (<c>[a, b]</c>) call it.</summary>
public static class EquatableArray
{
    /// <summary>An array of the given items.</summary>
    /// <param name="items">The items, in order.</param>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => EquatableArray<T>.FromImmutableArray([.. items]);
}
