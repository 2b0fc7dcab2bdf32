using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A map from keys to values for the state of an aggregate (a company's cancellations, a programme's rounds, each
/// tenant's stays): immutable, a question or a change costs a step per five bits of the key's hash (at most seven), and
/// a replay changes in place the nodes it made.
/// </summary>
/// <remarks>
/// A hash array mapped trie: each node holds a bitmap of the 32 slots used at its level and, in order, an entry per used
/// slot, either a key with its value or the node below. Keys whose hashes agree on all 32 bits share a last node that is
/// searched in turn. Within a replay, the nodes the replay made are changed in place instead of copied
/// (<see cref="ReplayOwnership"/>): a value set again overwrites its slot, and a new key takes the room at the end of its
/// node's array, which a replay makes twice as long as its entries when it fills up (a node made outside a replay holds
/// exactly its entries).
/// </remarks>
/// <typeparam name="TKey">The key, compared by its default equality.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class PersistentMap<TKey, TValue>
    where TKey : notnull
{
    private const int Bits = 5;
    private const int HashBits = 32;

    private readonly Node root;

    private PersistentMap(Node root) => this.root = root;

    /// <summary>No keys.</summary>
    public static PersistentMap<TKey, TValue> Empty { get; } = new(new Node(0, [], 0, null));

    /// <summary>The value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value, when the map has the key.</param>
    /// <returns><see langword="true"/> when the map has the key.</returns>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        uint hash = HashOf(key);
        var node = root;
        for (int shift = 0; ; shift += Bits)
        {
            int slot = node.SlotOf(hash, shift, key);
            if (slot < 0)
            {
                value = default;
                return false;
            }

            var entry = node.Entries[slot];
            if (entry.Child is null)
            {
                value = entry.Value;
                return true;
            }

            node = entry.Child;
        }
    }

    /// <summary>True when the map has a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when the map has the key.</returns>
    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>The value of a key the map has.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="KeyNotFoundException">The map does not have the key.</exception>
    public TValue this[TKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The map has no key {key}.");

    /// <summary>The value of a key, or the default of the value's type (<see langword="null"/> for a class).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    public TValue? GetValueOrDefault(TKey key) => TryGetValue(key, out var value) ? value : default;

    /// <summary>The map with a key set to a value, added or replacing the value it had.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new map.</returns>
    public PersistentMap<TKey, TValue> SetItem(TKey key, TValue value)
    {
        var changed = Set(root, 0, new Entry(HashOf(key), key, value, null), ReplayOwnership.Current);
        return changed == root ? this : new(changed);
    }

    private static uint HashOf(TKey key) => (uint)EqualityComparer<TKey>.Default.GetHashCode(key);

    private static Node Set(Node node, int shift, Entry added, object? owner)
    {
        int slot = node.SlotOf(added.Hash, shift, added.Key);
        if (shift >= HashBits)
        {
            // A node of keys whose whole hashes agree.
            return slot >= 0 ? node.WithEntry(slot, added, owner) : node.WithInserted(node.Count, 0, added, owner);
        }

        uint bit = Bit(added.Hash, shift);
        if ((node.Bitmap & bit) == 0)
        {
            return node.WithInserted(BitOrder(node.Bitmap, bit), bit, added, owner);
        }

        int at = BitOrder(node.Bitmap, bit);
        var entry = node.Entries[at];
        if (entry.Child is { } child)
        {
            var changed = Set(child, shift + Bits, added, owner);
            return changed == child ? node : node.WithEntry(at, entry with { Child = changed }, owner);
        }

        return node.WithEntry(at, slot >= 0 ? added : new Entry(0, default!, default!, Split(entry, added, shift + Bits, owner)), owner);
    }

    // The node below a slot that two keys share: where their hashes part, or a node of both when they never do.
    private static Node Split(Entry one, Entry other, int shift, object? owner)
    {
        if (shift >= HashBits)
        {
            return new Node(0, [one, other], 2, owner);
        }

        uint oneBit = Bit(one.Hash, shift);
        uint otherBit = Bit(other.Hash, shift);
        if (oneBit == otherBit)
        {
            return new Node(oneBit, [new Entry(0, default!, default!, Split(one, other, shift + Bits, owner))], 1, owner);
        }

        return new Node(oneBit | otherBit, oneBit < otherBit ? [one, other] : [other, one], 2, owner);
    }

    private static uint Bit(uint hash, int shift) => 1u << (int)((hash >> shift) & 31);

    // The position of a slot's entry: the number of used slots before it.
    private static int BitOrder(uint bitmap, uint bit) => BitOperations.PopCount(bitmap & (bit - 1));

    /// <summary>A key with its value, or (when <see cref="Child"/> is set) the node below a slot.</summary>
    private readonly record struct Entry(uint Hash, TKey Key, TValue Value, Node? Child);

    // A node is changed in place only by the replay that made it (ReplayOwnership); any other change copies it. Its
    // entries are the first Count of its array; the rest is room a replay left for the keys it adds next.
    private sealed class Node(uint bitmap, Entry[] entries, int count, object? owner)
    {
        // The most slots a node below the last bits of the hash has.
        private const int Slots = 1 << Bits;

        public uint Bitmap { get; private set; } = bitmap;

        public Entry[] Entries { get; private set; } = entries;

        public int Count { get; private set; } = count;

        // The slot holding the key or the node below it, or -1 when the key is not here.
        public int SlotOf(uint hash, int shift, TKey key)
        {
            if (shift >= HashBits)
            {
                for (int i = 0; i < Count; i++)
                {
                    if (EqualityComparer<TKey>.Default.Equals(Entries[i].Key, key))
                    {
                        return i;
                    }
                }

                return -1;
            }

            uint bit = Bit(hash, shift);
            if ((Bitmap & bit) == 0)
            {
                return -1;
            }

            int at = BitOrder(Bitmap, bit);
            var entry = Entries[at];
            return entry.Child is not null || (entry.Hash == hash && EqualityComparer<TKey>.Default.Equals(entry.Key, key)) ? at : -1;
        }

        // The node with one entry replaced: itself, changed, when the running replay made it; otherwise a copy.
        public Node WithEntry(int at, Entry entry, object? changing)
        {
            var entries = ReplayOwnership.InPlace(owner, changing) ? Entries : Entries[..Count];
            entries[at] = entry;
            return Changed(Bitmap, entries, Count, changing);
        }

        // The node with one more entry at a position (and its slot's bit, at a level that has one): in the room at the end
        // of its array when the running replay made it and left room; otherwise in a new array, with room to grow when a
        // replay makes it.
        public Node WithInserted(int at, uint bit, Entry entry, object? changing)
        {
            Entry[] entries;
            if (ReplayOwnership.InPlace(owner, changing) && Count < Entries.Length)
            {
                entries = Entries;
                System.Array.Copy(entries, at, entries, at + 1, Count - at);
            }
            else
            {
                entries = new Entry[changing is null ? Count + 1 : System.Math.Max(Count + 1, System.Math.Min(2 * Count, Slots))];
                System.Array.Copy(Entries, entries, at);
                System.Array.Copy(Entries, at, entries, at + 1, Count - at);
            }

            entries[at] = entry;
            return Changed(Bitmap | bit, entries, Count + 1, changing);
        }

        private Node Changed(uint bitmap, Entry[] entries, int count, object? changing)
        {
            if (!ReplayOwnership.InPlace(owner, changing))
            {
                return new Node(bitmap, entries, count, changing);
            }

            Bitmap = bitmap;
            Entries = entries;
            Count = count;
            return this;
        }
    }
}
