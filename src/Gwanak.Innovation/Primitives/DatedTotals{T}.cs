using System;
using System.Numerics;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A running total over days, built from dated changes that may arrive in any order: the money remaining in a fund,
/// the places taken in a facility. Immutable; every question and every change costs O(log n).
/// </summary>
/// <remarks>
/// A persistent treap keyed by day. Each node keeps the sum of its subtree's changes and the lowest and highest running
/// total reached within it, so "the total on a day", "the lowest total from a day on" and "the highest total between two
/// days" are answered by one descent instead of a walk over the history. Priorities are a hash of the day, so the same
/// changes give the same tree whatever their order. Within a replay, the nodes the replay made are changed in place
/// instead of copied (<see cref="ReplayOwnership"/>).
/// </remarks>
/// <typeparam name="T">The number type (<see cref="decimal"/> for money, <see cref="int"/> for counts).</typeparam>
internal sealed class DatedTotals<T>
    where T : struct, INumber<T>
{
    private readonly Node? root;

    private DatedTotals(Node? root) => this.root = root;

    /// <summary>No changes: the total is zero on every day.</summary>
    public static DatedTotals<T> Empty { get; } = new(null);

    /// <summary>The totals with one more change on a day (added to any change already on that day).</summary>
    /// <param name="date">The day from which the change counts.</param>
    /// <param name="change">The change, positive or negative.</param>
    /// <returns>The new totals.</returns>
    public DatedTotals<T> Add(LocalDate date, T change) => new(Insert(root, date, change, ReplayOwnership.Current));

    /// <summary>The total on a day: the sum of the changes dated on or before it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The total.</returns>
    public T On(LocalDate date)
    {
        T total = T.Zero;
        for (var node = root; node is not null;)
        {
            if (date < node.Date)
            {
                node = node.Left;
            }
            else
            {
                total += SumOf(node.Left) + node.Change;
                node = node.Right;
            }
        }

        return total;
    }

    /// <summary>The lowest total on any day from a day on, and the first day it is reached.</summary>
    /// <param name="date">The first day.</param>
    /// <returns>The lowest total and its first day.</returns>
    public (T Total, LocalDate Day) LowestFrom(LocalDate date)
    {
        (T Total, LocalDate Day) lowest = (On(date), date);
        return Lowest(root, T.Zero, date) is { } later && later.Total < lowest.Total ? later : lowest;
    }

    /// <summary>The highest total on any day from one day through another.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="through">The last day, not before <paramref name="from"/>.</param>
    /// <returns>The highest total.</returns>
    public T HighestIn(LocalDate from, LocalDate through)
    {
        T highest = On(from);
        return Highest(root, T.Zero, from, through) is { } later && later > highest ? later : highest;
    }

    private static T SumOf(Node? node) => node?.Sum ?? T.Zero;

    private static uint Priority(LocalDate date) => TreapPriority.Mix(((uint)date.DayOfYear * 2654435761u) ^ ((uint)date.Year * 40503u));

    private static Node Insert(Node? node, LocalDate date, T change, object? owner)
        => node is null ? new Node(date, change, owner)
            : date == node.Date ? node.WithChange(node.Change + change, owner)
            : date < node.Date ? node.WithLeft(Insert(node.Left, date, change, owner), owner)
            : node.WithRight(Insert(node.Right, date, change, owner), owner);

    // The lowest running total at the days of changes after 'date' within the subtree, and the first such day; 'before'
    // is the sum of the changes ordered before the subtree.
    private static (T Total, LocalDate Day)? Lowest(Node? node, T before, LocalDate date)
    {
        if (node is null)
        {
            return null;
        }

        T atNode = before + SumOf(node.Left) + node.Change;
        if (node.Date <= date)
        {
            return Lowest(node.Right, atNode, date);
        }

        (T Total, LocalDate Day) lowest = (atNode, node.Date);
        if (Lowest(node.Left, before, date) is { } left && left.Total <= lowest.Total)
        {
            lowest = left;
        }

        return node.Right is { } right && atNode + right.MinPrefix < lowest.Total ? FirstLowest(right, atNode) : lowest;
    }

    // The first day within the subtree at which the running total is the subtree's lowest.
    private static (T Total, LocalDate Day) FirstLowest(Node node, T before)
    {
        T target = before + node.MinPrefix;
        while (true)
        {
            if (node.Left is { } left && before + left.MinPrefix == target)
            {
                node = left;
                continue;
            }

            T atNode = before + SumOf(node.Left) + node.Change;
            if (atNode == target)
            {
                return (atNode, node.Date);
            }

            before = atNode;
            node = node.Right!;
        }
    }

    // The highest running total at the days of changes after 'from' and through 'through' within the subtree.
    private static T? Highest(Node? node, T before, LocalDate from, LocalDate through)
    {
        if (node is null)
        {
            return null;
        }

        T atNode = before + SumOf(node.Left) + node.Change;
        if (node.Date <= from)
        {
            return Highest(node.Right, atNode, from, through);
        }

        if (node.Date > through)
        {
            return Highest(node.Left, before, from, through);
        }

        T highest = atNode;
        if (Highest(node.Left, before, from, LocalDate.MaxIsoValue) is { } left && left > highest)
        {
            highest = left;
        }

        return HighestThrough(node.Right, atNode, through) is { } right && right > highest ? right : highest;
    }

    // The highest running total at the days of changes on or before 'through' within the subtree.
    private static T? HighestThrough(Node? node, T before, LocalDate through)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Date > through)
        {
            return HighestThrough(node.Left, before, through);
        }

        T atNode = before + SumOf(node.Left) + node.Change;
        T highest = node.Left is { } l && before + l.MaxPrefix > atNode ? before + l.MaxPrefix : atNode;
        return HighestThrough(node.Right, atNode, through) is { } right && right > highest ? right : highest;
    }

    private sealed class Node : TreapNode<Node>
    {
        public Node(LocalDate date, T change, object? owner)
            : base(DatedTotals<T>.Priority(date), owner)
        {
            Date = date;
            Change = change;
            Attach(null, null);
        }

        public LocalDate Date { get; }

        public T Change { get; private set; }

        public T Sum { get; private set; }

        // The lowest and highest running totals (from the subtree's first change) at the subtree's days.
        public T MinPrefix { get; private set; }

        public T MaxPrefix { get; private set; }

        // The node with another change on its day: itself, changed, when the running replay made it; otherwise a copy.
        public Node WithChange(T change, object? changing) => WithContent(change, static (node, value) => node.Change = value, changing);

        protected override Node Copy(object? owner) => new(Date, Change, owner);

        protected override void Summarize()
        {
            T atNode = SumOf(Left) + Change;
            Sum = atNode + SumOf(Right);
            MinPrefix = atNode;
            MaxPrefix = atNode;
            if (Left is not null)
            {
                MinPrefix = T.Min(MinPrefix, Left.MinPrefix);
                MaxPrefix = T.Max(MaxPrefix, Left.MaxPrefix);
            }

            if (Right is not null)
            {
                MinPrefix = T.Min(MinPrefix, atNode + Right.MinPrefix);
                MaxPrefix = T.Max(MaxPrefix, atNode + Right.MaxPrefix);
            }
        }
    }
}
