// This file is compiled into both the library and its analyzer (as a linked file), so that the
// suggestion the compile-time check (GWI0003) makes and the one the run time makes can never disagree.
// Keep it free of dependencies beyond netstandard2.0.
using System;
using System.Collections.Generic;

namespace Gwanak.Innovation.Primitives.Validation;

/// <summary>The known name closest to a misspelt one, by edit distance: what "did you mean …?" suggests.</summary>
internal static class ClosestName
{
    /// <summary>The candidate with the smallest edit distance to <paramref name="name"/> (ignoring case), or <see langword="null"/> when none is reasonably close.</summary>
    /// <remarks>The first of equally close candidates wins, so a sorted list gives a stable answer.</remarks>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;

        // Two rows of the distance table, shared by all candidates.
        var previous = new int[64];
        var current = new int[64];
        foreach (string candidate in candidates)
        {
            if (candidate.Length >= previous.Length)
            {
                previous = new int[candidate.Length + 1];
                current = new int[candidate.Length + 1];
            }

            int distance = Distance(name, candidate, bestDistance, previous, current);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        // More edits than half the name means a different name, not a typo.
        return best is not null && bestDistance <= Math.Max(2, name.Length / 2) ? best : null;
    }

    // Levenshtein distance, case-insensitive, giving up once it exceeds the limit, in two rows of at least b.Length + 1
    // cells given by the caller.
    private static int Distance(string a, string b, int limit, int[] previous, int[] current)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return int.MaxValue;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = current[0];
            char ca = char.ToUpperInvariant(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = ca == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return int.MaxValue;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
