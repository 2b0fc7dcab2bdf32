using System;
using System.Collections.Generic;
using System.IO;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// NodaTime's TZDB time zone ids, carried as a resource generated from <c>DateTimeZoneProviders.Tzdb.Ids</c>
/// (a test fails when the two differ), and the closest id to a misspelt one.
/// </summary>
internal static class TimeZoneIds
{
    private static readonly Lazy<string[]> Ids = new(Load);
    private static readonly Lazy<HashSet<string>> IdSet = new(() => new HashSet<string>(Ids.Value, StringComparer.Ordinal));

    /// <summary>All ids, in ordinal order.</summary>
    public static IReadOnlyList<string> All => Ids.Value;

    /// <summary>True when the TZDB provider resolves <paramref name="id"/>: a TZDB id, or a fixed offset such as <c>UTC+09</c>.</summary>
    public static bool IsKnown(string id) => IdSet.Value.Contains(id) || IsFixedOffset(id);

    /// <summary>The known id with the smallest edit distance (ignoring case), or <see langword="null"/> when none is reasonably close.</summary>
    public static string? Closest(string id)
    {
        string? best = null;
        int bestDistance = int.MaxValue;

        // Two rows of the distance table, shared by all candidates.
        var previous = new int[64];
        var current = new int[64];
        foreach (string candidate in Ids.Value)
        {
            if (candidate.Length >= previous.Length)
            {
                previous = new int[candidate.Length + 1];
                current = new int[candidate.Length + 1];
            }

            int distance = Distance(id, candidate, bestDistance, previous, current);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        // More edits than half the id means a different name, not a typo.
        return best is not null && bestDistance <= Math.Max(2, id.Length / 2) ? best : null;
    }

    /// <summary>Levenshtein distance, case-insensitive, giving up once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
        => Distance(a, b, limit, new int[b.Length + 1], new int[b.Length + 1]);

    // The same, in two rows of at least b.Length + 1 cells given by the caller.
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

    // DateTimeZoneProviders.Tzdb also resolves "UTC" followed by an offset: UTC+09, UTC-03:30, UTC+05:45:00.
    private static bool IsFixedOffset(string id)
    {
        if (id.Length < 6 || !id.StartsWith("UTC", StringComparison.Ordinal) || (id[3] != '+' && id[3] != '-'))
        {
            return false;
        }

        string offset = id.Substring(4);
        string[] parts = offset.Split(':');
        if (parts.Length > 3)
        {
            return false;
        }

        foreach (string part in parts)
        {
            if (part.Length != 2 || !char.IsDigit(part[0]) || !char.IsDigit(part[1]))
            {
                return false;
            }
        }

        return int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) <= 18;
    }

    private static string[] Load()
    {
        var ids = new List<string>();
        using Stream stream = typeof(TimeZoneIds).Assembly.GetManifestResourceStream("Gwanak.Innovation.Analyzers.TzdbIds.txt")!;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0)
            {
                ids.Add(line);
            }
        }

        return ids.ToArray();
    }
}
