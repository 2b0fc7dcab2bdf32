using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Items read one by one before the value that holds them is made at once (an array's items, a text's languages), in an
/// array rented from the shared pool that doubles as it fills and goes back to the pool when disposed.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct PooledItems<T> : IDisposable
{
    private T[] items;

    public PooledItems() => items = ArrayPool<T>.Shared.Rent(4);

    /// <summary>How many items were added.</summary>
    public int Count { get; private set; }

    /// <summary>The items added, in order.</summary>
    public readonly ReadOnlySpan<T> Span => items.AsSpan(0, Count);

    /// <summary>Adds an item at the end.</summary>
    public void Add(T item)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(2 * items.Length);
            Span.CopyTo(larger);
            Return(items);
            items = larger;
        }

        items[Count++] = item;
    }

    public void Dispose()
    {
        Return(items);
        items = [];
        Count = 0;
    }

    private static void Return(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
