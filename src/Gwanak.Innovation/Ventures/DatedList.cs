using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>Lists kept in day order as steps arrive in any order: the confirmations and employee reports of a company.</summary>
internal static class DatedList
{
    /// <summary>The list with an item after every item dated on or before its day (so items of one day stay in the order recorded).</summary>
    public static ImmutableList<T> Insert<T>(ImmutableList<T> items, T item, Func<T, LocalDate> dateOf)
        => items.Insert(CountOnOrBefore(items, dateOf(item), dateOf), item);

    /// <summary>The number of items dated on or before a day, found by one descent of the list's tree in O(log n).</summary>
    /// <remarks>
    /// The list's own search is asked for a probe that sorts after every item dated on or before the day and before every
    /// later one: it never finds it and answers where it would go. (Indexing the list at each step of a halving would
    /// descend the tree once per step, O(log² n).) Steps mostly arrive in day order, so a day on or after the last item's
    /// is answered first, without a search.
    /// </remarks>
    public static int CountOnOrBefore<T>(ImmutableList<T> items, LocalDate date, Func<T, LocalDate> dateOf)
        => items.IsEmpty || dateOf(items[^1]) <= date ? items.Count : ~items.BinarySearch(default!, new AfterDay<T>(date, dateOf));

    // The probe: after every item dated on or before the day, before every later one. One object per search.
    private sealed class AfterDay<T>(LocalDate date, Func<T, LocalDate> dateOf) : IComparer<T>
    {
        public int Compare(T? probe, T? item) => dateOf(item!) <= date ? 1 : -1;
    }
}
