namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A node of the persistent treaps behind the dated indexes (<see cref="DatedIntervals"/>, <see cref="DatedTotals{T}"/>,
/// <see cref="DatedSequence{T}"/>): its priority, its children, what it sums up of its subtree, and the replay that made
/// it. Every change of a node goes through <see cref="With"/> or <see cref="WithContent"/>: it is changed in place only
/// by the replay that made it (<see cref="ReplayOwnership"/>), and copied otherwise.
/// </summary>
/// <typeparam name="TNode">The node type of one treap.</typeparam>
internal abstract class TreapNode<TNode>
    where TNode : TreapNode<TNode>
{
    private readonly object? owner;

    /// <summary>A node without children yet; the derived constructor sets its content, then calls <see cref="Attach"/>.</summary>
    /// <param name="priority">Its priority: a higher one sits nearer the root.</param>
    /// <param name="owner">The replay it is made by (<see cref="ReplayOwnership.Current"/>), or <see langword="null"/>.</param>
    protected TreapNode(uint priority, object? owner)
    {
        Priority = priority;
        this.owner = owner;
    }

    /// <summary>The priority.</summary>
    public uint Priority { get; }

    /// <summary>The subtree of what sorts before this node.</summary>
    public TNode? Left { get; private set; }

    /// <summary>The subtree of what sorts after this node.</summary>
    public TNode? Right { get; private set; }

    /// <summary>The node with new children: itself, changed, when the running replay made it; otherwise a copy.</summary>
    /// <param name="left">The new left subtree.</param>
    /// <param name="right">The new right subtree.</param>
    /// <param name="changing">The owner current when the change was asked.</param>
    /// <returns>The node.</returns>
    public TNode With(TNode? left, TNode? right, object? changing)
    {
        var node = Mutable(changing);
        node.Attach(left, right);
        return node;
    }

    /// <summary>The subtree with its left child rebuilt (an item inserted below it), rotated right when the child now has the higher priority.</summary>
    /// <param name="left">The rebuilt left child.</param>
    /// <param name="changing">The owner current when the change was asked.</param>
    /// <returns>The root of the subtree.</returns>
    public TNode WithLeft(TNode left, object? changing)
        => left.Priority > Priority ? left.With(left.Left, With(left.Right, Right, changing), changing) : With(left, Right, changing);

    /// <summary>The subtree with its right child rebuilt, rotated left when the child now has the higher priority.</summary>
    /// <param name="right">The rebuilt right child.</param>
    /// <param name="changing">The owner current when the change was asked.</param>
    /// <returns>The root of the subtree.</returns>
    public TNode WithRight(TNode right, object? changing)
        => right.Priority > Priority ? right.With(With(Left, right.Left, changing), right.Right, changing) : With(Left, right, changing);

    /// <summary>The node with its own content changed (a period's last day, a day's change), its children kept: itself, changed, when the running replay made it; otherwise a copy.</summary>
    /// <typeparam name="TContent">The content.</typeparam>
    /// <param name="content">The new content.</param>
    /// <param name="set">Sets the content on the node to change; a static lambda, so that nothing is allocated.</param>
    /// <param name="changing">The owner current when the change was asked.</param>
    /// <returns>The node.</returns>
    protected TNode WithContent<TContent>(TContent content, System.Action<TNode, TContent> set, object? changing)
    {
        var node = Mutable(changing);
        set(node, content);
        node.Attach(Left, Right);
        return node;
    }

    // This node, when the running replay made it, or a copy of its own content made under the current owner.
    private TNode Mutable(object? changing) => ReplayOwnership.InPlace(owner, changing) ? (TNode)this : Copy(changing);

    /// <summary>Sets the children and sums up the subtree again.</summary>
    /// <param name="left">The left subtree.</param>
    /// <param name="right">The right subtree.</param>
    protected void Attach(TNode? left, TNode? right)
    {
        Left = left;
        Right = right;
        Summarize();
    }

    /// <summary>A new node with this one's own content (not its children), made under an owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The copy, its children attached by the caller.</returns>
    protected abstract TNode Copy(object? owner);

    /// <summary>Computes what the node sums up of its subtree (a size, a latest day, a running total) from its content and its children.</summary>
    protected abstract void Summarize();
}
