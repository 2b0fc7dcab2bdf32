using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// The codes behind the members of <c>AdministrativeDistrictCode.Seoul</c> (name → 5-digit code), carried as a resource
/// because a property's value is not visible through the symbol API of a referenced assembly. A test fails when this
/// list differs from the library's members.
/// </summary>
internal static class SeoulDistrictCodes
{
    private static readonly Lazy<Dictionary<long, string>> ByCode = new(Load);

    /// <summary>The member name whose code (widened to 10 digits) is <paramref name="code10"/>, if any.</summary>
    public static string? NameOf(long code10) => ByCode.Value.TryGetValue(code10, out string? name) ? name : null;

    /// <summary>The resource's lines as name and 5-digit code.</summary>
    public static IEnumerable<KeyValuePair<string, int>> All()
    {
        foreach (KeyValuePair<long, string> pair in ByCode.Value)
        {
            yield return new KeyValuePair<string, int>(pair.Value, (int)(pair.Key / 100_000));
        }
    }

    private static Dictionary<long, string> Load()
    {
        var result = new Dictionary<long, string>();
        using Stream stream = typeof(SeoulDistrictCodes).Assembly.GetManifestResourceStream("Gwanak.Innovation.Analyzers.SeoulDistrictCodes.txt")!;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] parts = line.Split('\t');
            if (parts.Length == 2)
            {
                result[long.Parse(parts[1], CultureInfo.InvariantCulture) * 100_000] = parts[0];
            }
        }

        return result;
    }
}
