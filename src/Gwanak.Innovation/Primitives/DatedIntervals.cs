using System.Collections.Generic;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Periods of days, each with the position of what it belongs to in a list (a membership, a tenancy, a participation),
/// indexed for "which hold on this day" (or on some day of a span): immutable, every change O(log n), a question O(log n) plus a step per period
/// that holds or that shares a subtree with one.
/// </summary>
/// <remarks>
/// A persistent treap ordered by first day and position, each node keeping the latest last day in its subtree: a subtree
/// whose periods all ended before the day asked, or that starts after it, is skipped. Priorities are a hash of the
/// position, so the same periods give the same tree whatever their order. Within a replay, the nodes the replay made are
/// changed in place instead of copied (<see cref="ReplayOwnership"/>).
/// </remarks>
internal sealed class DatedIntervals
{
    private readonly Node? root;

    private DatedIntervals(Node? root) => this.root = root;

    /// <summary>No periods.</summary>
    public static DatedIntervals Empty { get; } = new(null);

    /// <summary>The periods with one more.</summary>
    /// <param name="days">The period; open when it has no last day.</param>
    /// <param name="position">Its position in the list it indexes, not yet in the set.</param>
    /// <returns>The new set.</returns>
    public DatedIntervals Add(DateRange days, int position) => new(Insert(root, days.Start, LastOf(days), position, ReplayOwnership.Current));

    /// <summary>The periods with one of them given a new last day (a membership ended, a tenant moved out).</summary>
    /// <param name="firstDay">The period's first day, as added.</param>
    /// <param name="position">Its position, as added.</param>
    /// <param name="days">The period with its new last day.</param>
    /// <returns>The new set.</returns>
    public DatedIntervals Replace(LocalDate firstDay, int position, DateRange days) => new(Set(root!, firstDay, position, LastOf(days), ReplayOwnership.Current));

    /// <summary>The positions of the periods that hold on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The positions, in increasing order.</returns>
    public List<int> On(LocalDate day) => Overlapping(day, day);

    /// <summary>The positions of the periods that hold on at least one day from one day to another.</summary>
    /// <param name="from">The first day asked.</param>
    /// <param name="to">The last day asked, on or after <paramref name="from"/>.</param>
    /// <returns>The positions, in increasing order.</returns>
    public List<int> Overlapping(LocalDate from, LocalDate to)
    {
        var found = new List<int>();
        Collect(root, from, to, found);
        found.Sort();
        return found;
    }

    private static LocalDate LastOf(DateRange days) => days.End ?? LocalDate.MaxIsoValue;

    private static bool Before(LocalDate start, int position, Node node) => start < node.Start || (start == node.Start && position < node.Position);

    private static Node Insert(Node? node, LocalDate start, LocalDate last, int position, object? owner)
        => node is null ? new Node(start, last, position, owner)
            : Before(start, position, node) ? node.WithLeft(Insert(node.Left, start, last, position, owner), owner)
            : node.WithRight(Insert(node.Right, start, last, position, owner), owner);

    private static Node Set(Node node, LocalDate start, int position, LocalDate last, object? owner)
        => node.Position == position ? node.WithLast(last, owner)
            : Before(start, position, node) ? node.With(Set(node.Left!, start, position, last, owner), node.Right, owner)
            : node.With(node.Left, Set(node.Right!, start, position, last, owner), owner);

    private static void Collect(Node? node, LocalDate from, LocalDate to, List<int> found)
    {
        // In order, from the earliest start; a subtree whose periods all ended before the first day holds none, and
        // none from a start after the last day on.
        while (node is not null && node.LatestLast >= from)
        {
            Collect(node.Left, from, to, found);
            if (node.Start > to)
            {
                return;
            }

            if (node.Last >= from)
            {
                found.Add(node.Position);
            }

            node = node.Right;
        }
    }

    private sealed class Node : TreapNode<Node>
    {
        public Node(LocalDate start, LocalDate last, int position, object? owner)
            : base(TreapPriority.Of(position), owner)
        {
            Start = start;
            Position = position;
            Last = last;
            Attach(null, null);
        }

        public LocalDate Start { get; }

        public LocalDate Last { get; private set; }

        public int Position { get; }

        // The latest last day of the periods in the subtree.
        public LocalDate LatestLast { get; private set; }

        // The node with a new last day: itself, changed, when the running replay made it; otherwise a copy.
        public Node WithLast(LocalDate last, object? changing) => WithContent(last, static (node, value) => node.Last = value, changing);

        protected override Node Copy(object? owner) => new(Start, Last, Position, owner);

        protected override void Summarize()
        {
            LatestLast = Last;
            if (Left is not null && Left.LatestLast > LatestLast)
            {
                LatestLast = Left.LatestLast;
            }

            if (Right is not null && Right.LatestLast > LatestLast)
            {
                LatestLast = Right.LatestLast;
            }
        }
    }
}
