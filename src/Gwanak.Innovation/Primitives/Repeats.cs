using System;
using System.Collections.Generic;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Finds an item given twice in a list: pair by pair while the list is short (an agreement's parties, a text's
/// languages, a company's technology fields: two or three as a rule, where a set costs more to build than the
/// comparisons), through a set built once when it is longer, so that a long list (hostile input) costs one pass.
/// </summary>
internal static class Repeats
{
    /// <summary>Up to this many items, each is compared with the items before it.</summary>
    public const int Compared = 8;

    /// <summary>The index of the first item equal to an item before it.</summary>
    /// <param name="items">The items.</param>
    /// <param name="comparer">What makes two items equal; their default equality when null.</param>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The index, or -1 when every item is there once.</returns>
    public static int FirstRepeated<T>(ReadOnlySpan<T> items, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        if (items.Length <= Compared)
        {
            for (int i = 1; i < items.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(items[j], items[i]))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var seen = new HashSet<T>(items.Length, comparer);
        for (int i = 0; i < items.Length; i++)
        {
            if (!seen.Add(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
