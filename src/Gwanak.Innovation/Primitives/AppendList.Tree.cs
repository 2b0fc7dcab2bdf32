using System;

namespace Gwanak.Innovation.Primitives;

// The tree under an AppendList: its nodes, the tail, and the walks that read, replace and push along a path.
internal sealed partial class AppendList<T>
{
    // A chain of nodes from a level down to the leaf.
    private static Node Path(int level, Node leaf, object? owner)
    {
        if (level == 0)
        {
            return leaf;
        }

        return new Node([Path(level - Bits, leaf, owner)], owner);
    }

    // The array holding an item of the list.
    private T[] ChunkOf(int index)
    {
        if (index >= TailOffset)
        {
            return tail.Items;
        }

        var node = root;
        for (int level = shift; level > 0; level -= Bits)
        {
            node = node.Children![(index >> level) & Mask]!;
        }

        return node.Items!;
    }

    // The node at a level with the item at an index below it replaced: the path to the item's chunk and the chunk are copied.
    // A node the running replay made is changed in place (ReplayOwnership).
    private static Node Replace(int level, Node node, int index, T item, object? owner)
    {
        if (level == 0)
        {
            if (node.IsOwnedBy(owner))
            {
                node.Items![index & Mask] = item;
                return node;
            }

            var items = node.Items![..];
            items[index & Mask] = item;
            return new Node(items, owner);
        }

        int slot = (index >> level) & Mask;
        var child = Replace(level - Bits, node.Children![slot]!, index, item, owner);
        if (node.IsOwnedBy(owner))
        {
            node.Children[slot] = child;
            return node;
        }

        var children = node.Children[..];
        children[slot] = child;
        return new Node(children, owner);
    }

    // The node at a level with the full tail (the items from Count - Width) added below it: the path to it is copied.
    private Node Push(int level, Node parent, Node leaf, object? owner)
    {
        int slot = ((Count - 1) >> level) & Mask;
        var children = CopyWithRoom(parent.Children!, slot);
        children[slot] = level == Bits ? leaf : children[slot] is { } child ? Push(level - Bits, child, leaf, owner) : Path(level - Bits, leaf, owner);
        return new Node(children, owner);
    }

    // A copy of a node's children with room for a slot. A push copies the path anyway, so each copy is exactly as long as
    // the node's children reach: the path is as wide as the tree is full, not 32 slots at every level.
    private static Node?[] CopyWithRoom(Node?[] children, int slot)
    {
        var copy = new Node?[Math.Max(children.Length, slot + 1)];
        Array.Copy(children, copy, children.Length);
        return copy;
    }

    // Owner: the replay that made the node and may change it in place (ReplayOwnership), or null.
    private sealed class Node
    {
        private readonly object? owner;

        public Node(Node?[] children, object? owner)
        {
            Children = children;
            this.owner = owner;
        }

        public Node(T[] items, object? owner)
        {
            Items = items;
            this.owner = owner;
        }

        public Node?[]? Children { get; }

        public T[]? Items { get; }

        public bool IsOwnedBy(object? replay) => ReplayOwnership.InPlace(owner, replay);
    }

    // The last chunk, shared by the lists that grew from one another; Claimed counts the slots some list has written.
    private sealed class Tail(int room, object? owner)
    {
        public readonly T[] Items = new T[room];
        public int Claimed;

        public object? Owner => owner;

        public bool IsOwnedBy(object? replay) => ReplayOwnership.InPlace(owner, replay);
    }
}
