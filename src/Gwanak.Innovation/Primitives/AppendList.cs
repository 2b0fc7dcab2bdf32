using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// An immutable list that grows at its end in amortised constant time, whichever list it grows from: the persistent
/// history of an aggregate and the dated series its decisions read.
/// </summary>
/// <remarks>
/// A persistent vector: the items sit in chunks of 32, the full chunks in a tree 32 wide (four levels hold a million
/// items), the last chunk (the tail) apart. Each chunk's array starts with room for 4 items and doubles as it fills, and
/// each node's array of children is as long as its children reach, so a short list holds short arrays and a push copies
/// no empty slots. Adding to a list writes the item into its tail's free end when no other list has claimed that slot;
/// otherwise, or when the tail is full, it copies at most one chunk and the path to it, never the items before.
/// Replacing an item copies its chunk and the path to it. So a transition taken again and again from the same aggregate
/// costs about the same at 100,000 events as at 1,000, a million appends cost about two million writes, and reading an
/// item reads one array per level. Within a replay, the chunks and nodes the replay made are replaced in place
/// (<see cref="ReplayOwnership"/>).
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed partial class AppendList<T> : IReadOnlyList<T>
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    // The room of a chunk's array to begin with: most histories are short, and need not hold 32 slots each.
    private const int InitialRoom = 4;

    private readonly Node root;
    private readonly int shift;
    private readonly Tail tail;

    private AppendList(Node root, int shift, Tail tail, int count)
    {
        this.root = root;
        this.shift = shift;
        this.tail = tail;
        Count = count;
    }

    /// <summary>The empty list.</summary>
    public static AppendList<T> Empty { get; } = new(new Node(new Node?[1], null), Bits, new Tail(0, null), 0);

    /// <inheritdoc/>
    public int Count { get; }

    /// <summary>The last item.</summary>
    public T Last => this[Count - 1];

    // The index of the tail's first item: the items before it are in the tree.
    private int TailOffset => Count == 0 ? 0 : ((Count - 1) >> Bits) << Bits;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} items.");
            }

            return ChunkOf(index)[index & Mask];
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
        int inTail = Count - TailOffset;
        if (inTail < Width)
        {
            // The first list to add after these items takes the free slot; any other, or one that finds the tail's array
            // full, copies the tail (at most 31 items) into an array of twice the room, up to a chunk.
            if (inTail < tail.Items.Length && Interlocked.CompareExchange(ref tail.Claimed, inTail + 1, inTail) == inTail)
            {
                tail.Items[inTail] = item;
                return new(root, shift, tail, Count + 1);
            }

            var copy = new Tail(Math.Min(Width, Math.Max(InitialRoom, 2 * tail.Items.Length)), ReplayOwnership.Current);
            Array.Copy(tail.Items, copy.Items, inTail);
            copy.Items[inTail] = item;
            copy.Claimed = inTail + 1;
            return new(root, shift, copy, Count + 1);
        }

        // The tail is full and all its slots are this list's: it becomes a chunk of the tree, the item starts a new tail,
        // whose array grows as the first one's does.
        var owner = ReplayOwnership.Current;
        var leaf = new Node(tail.Items, tail.Owner);
        var next = new Tail(InitialRoom, owner);
        next.Items[0] = item;
        next.Claimed = 1;
        if ((Count >> Bits) > (1 << shift))
        {
            var grown = new Node?[2];
            grown[0] = root;
            grown[1] = Path(shift, leaf, owner);
            return new(new Node(grown, owner), shift + Bits, next, Count + 1);
        }

        return new(Push(shift, root, leaf, owner), shift, next, Count + 1);
    }

    /// <summary>This list with the item at an index replaced; this list is unchanged.</summary>
    /// <param name="index">The index of the item to replace.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The list of the same length with the new item at the index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or not below <see cref="Count"/>.</exception>
    public AppendList<T> SetItem(int index, T item)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} items.");
        }

        var owner = ReplayOwnership.Current;
        if (index < TailOffset)
        {
            return new(Replace(shift, root, index, item, owner), shift, tail, Count);
        }

        if (tail.IsOwnedBy(owner))
        {
            tail.Items[index & Mask] = item;
            return this;
        }

        // The copy is this list's own: the next item added to it takes the free slot after its items.
        int inTail = Count - TailOffset;
        var copy = new Tail(tail.Items.Length, owner);
        Array.Copy(tail.Items, copy.Items, inTail);
        copy.Items[index & Mask] = item;
        copy.Claimed = inTail;
        return new(root, shift, copy, Count);
    }

    /// <summary>The index of the last item for which a test holds among items sorted by it: the items up to it pass, the later ones fail.</summary>
    /// <param name="passes">True for a prefix of the items, false for the rest.</param>
    /// <returns>The index, or -1 when no item passes.</returns>
    public int LastIndexWhere(Func<T, bool> passes)
    {
        int lo = 0;
        int hi = Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (passes(ChunkOf(mid)[mid & Mask]))
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
        for (int start = 0; start < Count; start += Width)
        {
            var chunk = ChunkOf(start);
            for (int i = 0, end = Math.Min(Width, Count - start); i < end; i++)
            {
                yield return chunk[i];
            }
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
