using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// For each key (a tenant, a post, a member, a participant), the positions in a list of what it holds, in the order of
/// their first days: immutable, every change and question O(log n). The aggregates keep what a key holds apart: its
/// periods never overlap, so the only one that can contain or overlap a day is the latest to begin by it.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
internal sealed class PositionsByKey<TKey>
    where TKey : notnull
{
    private readonly PersistentMap<TKey, DatedSequence<int>> byKey;

    private PositionsByKey(PersistentMap<TKey, DatedSequence<int>> byKey) => this.byKey = byKey;

    /// <summary>No keys.</summary>
    public static PositionsByKey<TKey> Empty { get; } = new(PersistentMap<TKey, DatedSequence<int>>.Empty);

    /// <summary>The index with one more position for a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="firstDay">The first day of what the position holds.</param>
    /// <param name="position">The position in the list.</param>
    /// <returns>The new index.</returns>
    public PositionsByKey<TKey> Add(TKey key, LocalDate firstDay, int position)
        => new(byKey.SetItem(key, (byKey.GetValueOrDefault(key) ?? DatedSequence<int>.Empty).Add(firstDay, position)));

    /// <summary>The key's latest position beginning on or before a day.</summary>
    /// <param name="key">The key.</param>
    /// <param name="day">The day.</param>
    /// <returns>Its first day and position, or <see langword="null"/> when the key has none beginning by that day.</returns>
    public (LocalDate FirstDay, int Position)? LatestBy(TKey key, LocalDate day)
        => byKey.TryGetValue(key, out var days) ? At(days, days.CountOnOrBefore(day) - 1) : null;

    /// <summary>The key's earliest position beginning after a day.</summary>
    /// <param name="key">The key.</param>
    /// <param name="day">The day.</param>
    /// <returns>Its first day and position, or <see langword="null"/> when the key has none beginning after that day.</returns>
    public (LocalDate FirstDay, int Position)? EarliestAfter(TKey key, LocalDate day)
        => byKey.TryGetValue(key, out var days) ? At(days, days.CountOnOrBefore(day)) : null;

    /// <summary>The key's position with the latest first day.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its first day and position, or <see langword="null"/> when the key has none.</returns>
    public (LocalDate FirstDay, int Position)? Latest(TKey key)
        => byKey.TryGetValue(key, out var days) ? At(days, days.Count - 1) : null;

    private static (LocalDate FirstDay, int Position)? At(DatedSequence<int> days, int index)
        => index >= 0 && index < days.Count ? days.EntryAt(index) : null;
}
