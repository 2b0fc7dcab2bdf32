using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// An immutable list that grows at its end in amortised constant time: the persistent history of an aggregate and
/// the dated series its decisions read.
/// </summary>
/// <remarks>
/// Every list made by <see cref="Add"/> from one list shares one buffer. Adding to the newest list writes into the
/// buffer's free end; adding to an older list (a transition taken from an earlier state) copies its items first, so no
/// list ever sees an item it was not given. A million appends cost a million writes, not the n² copies of an
/// <see cref="System.Collections.Immutable.ImmutableArray{T}"/>, and indexing stays one array read.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class AppendList<T> : IReadOnlyList<T>
{
    private readonly Buffer buffer;

    private AppendList(Buffer buffer, int count)
    {
        this.buffer = buffer;
        Count = count;
    }

    /// <summary>The empty list.</summary>
    public static AppendList<T> Empty { get; } = new(new Buffer(0), 0);

    /// <inheritdoc/>
    public int Count { get; }

    /// <summary>The last item.</summary>
    public T Last => this[Count - 1];

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} items.");
            }

            return Volatile.Read(ref buffer.Items)[index];
        }
    }

    /// <summary>A list of the given items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static AppendList<T> From(IEnumerable<T> items)
    {
        var list = Empty;
        foreach (var item in items)
        {
            list = list.Add(item);
        }

        return list;
    }

    /// <summary>This list with one more item at its end; this list is unchanged.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The longer list.</returns>
    public AppendList<T> Add(T item)
    {
        lock (buffer)
        {
            if (buffer.Length == Count)
            {
                var items = buffer.Items;
                if (Count == items.Length)
                {
                    var grown = new T[Math.Max(4, Count * 2)];
                    Array.Copy(items, grown, Count);
                    Volatile.Write(ref buffer.Items, grown);
                    items = grown;
                }

                items[Count] = item;
                buffer.Length = Count + 1;
                return new AppendList<T>(buffer, Count + 1);
            }
        }

        // Another list already grew from this one: this one branches off with a copy of its own items.
        var copy = new Buffer(Math.Max(4, Count * 2));
        Array.Copy(Volatile.Read(ref buffer.Items), copy.Items, Count);
        copy.Items[Count] = item;
        copy.Length = Count + 1;
        return new AppendList<T>(copy, Count + 1);
    }

    /// <summary>The index of the last item for which a test holds among items sorted by it: the items up to it pass, the later ones fail.</summary>
    /// <param name="passes">True for a prefix of the items, false for the rest.</param>
    /// <returns>The index, or -1 when no item passes.</returns>
    public int LastIndexWhere(Func<T, bool> passes)
    {
        var items = Volatile.Read(ref buffer.Items);
        int lo = 0;
        int hi = Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (passes(items[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        var items = Volatile.Read(ref buffer.Items);
        for (int i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Buffer(int capacity)
    {
        public T[] Items = new T[capacity];
        public int Length;
    }
}
