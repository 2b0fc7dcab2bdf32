using System;
using System.Collections.Generic;
using System.IO;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// NodaTime's TZDB time zone ids, carried as a resource generated from <c>DateTimeZoneProviders.Tzdb.Ids</c>
/// (a test fails when the two differ), and the closest id to a misspelt one (<see cref="ClosestName"/>).
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
    /// <remarks>The library's <c>Place.Of</c> suggests an id by the same rule (<see cref="ClosestName"/>, a linked file).</remarks>
    public static string? Closest(string id) => ClosestName.Find(id, Ids.Value);

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
