using System;
using System.Collections;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Districts;

/// <summary>
/// An immutable list of a district's records in the order they were added, found by key: adding a record with a key
/// already present replaces it in place. Both cost a step per five bits of the count or of the key's hash
/// (<see cref="AppendList{T}"/>, <see cref="PersistentMap{TKey, TValue}"/>).
/// </summary>
/// <remarks>
/// Adding many records at once (a district read from a document) builds the new register in place, as a replay builds an
/// aggregate's indexes (<see cref="ReplayOwnership"/>): the registers between two records are never seen.
/// </remarks>
/// <typeparam name="TKey">The key (an id).</typeparam>
/// <typeparam name="TValue">The record.</typeparam>
internal sealed class Register<TKey, TValue> : IReadOnlyList<TValue>
    where TKey : notnull
{
    private readonly AppendList<TValue> items;
    private readonly PersistentMap<TKey, int> positions;
    private readonly Func<TValue, TKey> keyOf;

    private Register(AppendList<TValue> items, PersistentMap<TKey, int> positions, Func<TValue, TKey> keyOf)
    {
        this.items = items;
        this.positions = positions;
        this.keyOf = keyOf;
    }

    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public TValue this[int index] => items[index];

    /// <summary>An empty register keyed by a function of its records.</summary>
    public static Register<TKey, TValue> Empty(Func<TValue, TKey> keyOf) => new(AppendList<TValue>.Empty, PersistentMap<TKey, int>.Empty, keyOf);

    /// <summary>The register with a record added, or replacing the record with its key.</summary>
    public Register<TKey, TValue> With(TValue value)
    {
        var (list, index) = Added(items, positions, value);
        return new(list, index, keyOf);
    }

    /// <summary>The register with records added in their order, each as <see cref="With(TValue)"/> adds one, building the new register once.</summary>
    /// <param name="values">The records.</param>
    /// <param name="parameterName">The name of the argument the records came as, for the error on a null one.</param>
    public Register<TKey, TValue> With(IEnumerable<TValue> values, string parameterName)
    {
        var (list, index) = (items, positions);

        // Set around each record only, not while the caller's sequence is enumerated (ReplayOwnership).
        var owner = new object();
        foreach (var value in values)
        {
            Guard.Against.Null(value, parameterName);
            var outer = ReplayOwnership.Enter(owner);
            try
            {
                (list, index) = Added(list, index, value);
            }
            finally
            {
                ReplayOwnership.Restore(outer);
            }
        }

        return new(list, index, keyOf);
    }

    /// <summary>The record with a key, if there is one.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        bool found = positions.TryGetValue(key, out int at);
        value = found ? items[at] : default!;
        return found;
    }

    /// <summary>The key of a record.</summary>
    public TKey KeyOf(TValue value) => keyOf(value);

    /// <summary>True when a record has the key.</summary>
    public bool Contains(TKey key) => positions.ContainsKey(key);

    private (AppendList<TValue> Items, PersistentMap<TKey, int> Positions) Added(AppendList<TValue> list, PersistentMap<TKey, int> index, TValue value)
    {
        var key = keyOf(value);
        return index.TryGetValue(key, out int at)
            ? (list.SetItem(at, value), index)
            : (list.Add(value), index.SetItem(key, list.Count));
    }

    /// <inheritdoc/>
    public IEnumerator<TValue> GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
