using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Districts;

/// <summary>
/// An immutable list of a district's records in the order they were added, found by key: adding a record with a key
/// already present replaces it in place. Both cost O(log n).
/// </summary>
/// <typeparam name="TKey">The key (an id).</typeparam>
/// <typeparam name="TValue">The record.</typeparam>
internal sealed class Register<TKey, TValue> : IReadOnlyList<TValue>
    where TKey : notnull
{
    private readonly ImmutableList<TValue> items;
    private readonly ImmutableDictionary<TKey, int> positions;
    private readonly Func<TValue, TKey> keyOf;

    private Register(ImmutableList<TValue> items, ImmutableDictionary<TKey, int> positions, Func<TValue, TKey> keyOf)
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
    public static Register<TKey, TValue> Empty(Func<TValue, TKey> keyOf) => new([], ImmutableDictionary<TKey, int>.Empty, keyOf);

    /// <summary>The register with a record added, or replacing the record with its key.</summary>
    public Register<TKey, TValue> With(TValue value)
    {
        var key = keyOf(value);
        return positions.TryGetValue(key, out int at)
            ? new(items.SetItem(at, value), positions, keyOf)
            : new(items.Add(value), positions.Add(key, items.Count), keyOf);
    }

    /// <summary>The register with records added in their order, each as <see cref="With(TValue)"/> adds one, building the new register once.</summary>
    /// <param name="values">The records.</param>
    /// <param name="parameterName">The name of the argument the records came as, for the error on a null one.</param>
    public Register<TKey, TValue> With(IEnumerable<TValue> values, string parameterName)
    {
        var list = items.ToBuilder();
        var index = positions.ToBuilder();
        foreach (var value in values)
        {
            var key = keyOf(Guard.Against.Null(value, parameterName));
            if (index.TryGetValue(key, out int at))
            {
                list[at] = value;
            }
            else
            {
                index.Add(key, list.Count);
                list.Add(value);
            }
        }

        return new(list.ToImmutable(), index.ToImmutable(), keyOf);
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

    /// <inheritdoc/>
    public IEnumerator<TValue> GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
