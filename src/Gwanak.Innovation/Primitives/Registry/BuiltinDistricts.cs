using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Primitives.Registry;

/// <summary>The entries of the built-in registry, read from the embedded districts.tsv.</summary>
internal static class BuiltinDistricts
{
    /// <summary>The resource name of districts.tsv in the library.</summary>
    public const string ResourceName = "Gwanak.Innovation.Primitives.Registry.districts.tsv";

    /// <summary>Every row of districts.tsv as an entry, in the file's order.</summary>
    public static IReadOnlyList<AdministrativeDistrict> Load()
        => [.. DistrictTable.ReadResource(typeof(BuiltinDistricts).Assembly, ResourceName).Select(ToDistrict)];

    /// <summary>The entry of a row.</summary>
    public static AdministrativeDistrict ToDistrict(DistrictRow row)
        => new(
            AdministrativeDistrictCode.FromLegalDong(row.Code10),
            LocalizedText.Create(row.Korean, row.English),
            row.Parent10 == 0 ? null : AdministrativeDistrictCode.FromLegalDong(row.Parent10),
            Day(row.ValidFrom),
            Day(row.ValidThrough),
            row.Note.Length == 0 ? null : row.Note);

    private static LocalDate? Day(string text) => text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;
}
