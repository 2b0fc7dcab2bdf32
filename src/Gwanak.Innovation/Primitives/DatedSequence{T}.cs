using System.Collections;
using System.Collections.Generic;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Items kept in day order as they arrive in any order, those of one day in the order added: a company's confirmations
/// and reports, a tenant's stays. Immutable, read by position like a list; adding an item, reading one by position and
/// counting those dated on or before a day each cost O(log n).
/// </summary>
/// <remarks>
/// A persistent treap ordered by day and then by arrival, each node keeping the size of its subtree, so that a position
/// is counted on the way down. Priorities are a hash of the arrival number, so the same items added in the same order
/// give the same tree. Within a replay, the nodes the replay made are changed in place instead of copied
/// (<see cref="ReplayOwnership"/>).
/// </remarks>
/// <typeparam name="T">The item.</typeparam>
internal sealed class DatedSequence<T> : IReadOnlyList<T>
{
    private readonly Node? root;

    private DatedSequence(Node? root) => this.root = root;

    /// <summary>No items.</summary>
    public static DatedSequence<T> Empty { get; } = new(null);

    /// <inheritdoc/>
    public int Count => SizeOf(root);

    /// <summary>The item at a position, in day order.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The item.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The position is negative or not below <see cref="Count"/>.</exception>
    public T this[int index] => NodeAt(index).Item;

    /// <summary>The item at a position with its day.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The day it was added with, and the item.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The position is negative or not below <see cref="Count"/>.</exception>
    public (LocalDate Day, T Item) EntryAt(int index)
    {
        var node = NodeAt(index);
        return (node.Day, node.Item);
    }

    /// <summary>The items with one more, after every item dated on or before its day and before every later one.</summary>
    /// <param name="day">The item's day.</param>
    /// <param name="item">The item.</param>
    /// <returns>The new sequence.</returns>
    public DatedSequence<T> Add(LocalDate day, T item) => new(Insert(root, day, item, TreapPriority.Of(Count), ReplayOwnership.Current));

    /// <summary>The number of items dated on or before a day: the position a new item of that day would take.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The count, from 0 to <see cref="Count"/>.</returns>
    public int CountOnOrBefore(LocalDate day)
    {
        int count = 0;
        for (var node = root; node is not null;)
        {
            if (node.Day <= day)
            {
                count += SizeOf(node.Left) + 1;
                node = node.Right;
            }
            else
            {
                node = node.Left;
            }
        }

        return count;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        // In order, with the path from the root to the next node on a stack.
        var path = new Stack<Node>();
        for (var node = root; node is not null || path.Count > 0;)
        {
            if (node is not null)
            {
                path.Push(node);
                node = node.Left;
            }
            else
            {
                var next = path.Pop();
                yield return next.Item;
                node = next.Right;
            }
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int SizeOf(Node? node) => node?.Size ?? 0;

    private static Node Insert(Node? node, LocalDate day, T item, uint priority, object? owner)
        => node is null ? new Node(day, item, priority, owner)
            : day < node.Day ? node.WithLeft(Insert(node.Left, day, item, priority, owner), owner)
            : node.WithRight(Insert(node.Right, day, item, priority, owner), owner);

    private Node NodeAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(index), index, $"The sequence has {Count} items.");
        }

        var node = root!;
        while (true)
        {
            int before = SizeOf(node.Left);
            if (index == before)
            {
                return node;
            }

            if (index < before)
            {
                node = node.Left!;
            }
            else
            {
                index -= before + 1;
                node = node.Right!;
            }
        }
    }

    private sealed class Node : TreapNode<Node>
    {
        public Node(LocalDate day, T item, uint priority, object? owner)
            : base(priority, owner)
        {
            Day = day;
            Item = item;
            Attach(null, null);
        }

        public LocalDate Day { get; }

        public T Item { get; }

        // The number of items in the subtree.
        public int Size { get; private set; }

        protected override Node Copy(object? owner) => new(Day, Item, Priority, owner);

        protected override void Summarize() => Size = SizeOf(Left) + 1 + SizeOf(Right);
    }
}
