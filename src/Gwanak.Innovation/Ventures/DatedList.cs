using System;
using System.Collections.Immutable;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>Lists kept in day order as steps arrive in any order: the confirmations and employee reports of a company.</summary>
internal static class DatedList
{
    /// <summary>The list with an item after every item dated on or before its day (so items of one day stay in the order recorded).</summary>
    public static ImmutableList<T> Insert<T>(ImmutableList<T> items, T item, Func<T, LocalDate> dateOf)
        => items.Insert(CountOnOrBefore(items, dateOf(item), dateOf), item);

    /// <summary>The number of items dated on or before a day, found by binary search in O(log² n).</summary>
    public static int CountOnOrBefore<T>(ImmutableList<T> items, LocalDate date, Func<T, LocalDate> dateOf)
    {
        int lo = 0;
        int hi = items.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (dateOf(items[mid]) <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
