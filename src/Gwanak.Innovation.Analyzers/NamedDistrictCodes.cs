using System;
using System.Collections.Generic;
using Gwanak.Innovation.Primitives.Registry;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// The codes behind the named members of <c>AdministrativeDistrictCode</c> (<c>Seoul.Gwanak</c>, <c>Gyeonggi.SuwonJangan</c>,
/// …), read from the library's districts.tsv, embedded here too, because a property's value is not visible through the
/// symbol API of a referenced assembly. A test compares them with the library's members.
/// </summary>
internal static class NamedDistrictCodes
{
    private static readonly Lazy<Dictionary<long, string>> ByCode = new(
        () => DistrictTable.NamedMembers(DistrictTable.ReadResource(typeof(NamedDistrictCodes).Assembly, "Gwanak.Innovation.Analyzers.districts.tsv")));

    /// <summary>The member (<c>Class.Property</c>) whose code, widened to 10 digits, is <paramref name="code10"/>, if any.</summary>
    public static string? NameOf(long code10) => ByCode.Value.TryGetValue(code10, out string? name) ? name : null;

    /// <summary>Every member (<c>Class.Property</c>) with its 5-digit code.</summary>
    public static IEnumerable<KeyValuePair<string, int>> All()
    {
        foreach (KeyValuePair<long, string> pair in ByCode.Value)
        {
            yield return new KeyValuePair<string, int>(pair.Value, (int)(pair.Key / 100_000));
        }
    }
}
