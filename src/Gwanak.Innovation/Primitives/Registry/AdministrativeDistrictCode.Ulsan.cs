// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Ulsan (울산광역시, 31).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Ulsan (울산광역시, 31) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Ulsan
    {
        /// <summary>Ulsan (울산광역시), 31000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(31000);

        /// <summary>Jung-gu (중구), 31110.</summary>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(31110);

        /// <summary>Nam-gu (남구), 31140.</summary>
        public static AdministrativeDistrictCode Nam { get; } = FromDistrict(31140);

        /// <summary>Dong-gu (동구), 31170.</summary>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(31170);

        /// <summary>Buk-gu (북구), 31200.</summary>
        public static AdministrativeDistrictCode Buk { get; } = FromDistrict(31200);

        /// <summary>Ulju-gun (울주군), 31710.</summary>
        public static AdministrativeDistrictCode Ulju { get; } = FromDistrict(31710);
    }
}
