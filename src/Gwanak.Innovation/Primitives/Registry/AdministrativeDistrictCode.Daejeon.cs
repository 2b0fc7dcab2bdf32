// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Daejeon (대전광역시, 30).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Daejeon (대전광역시, 30) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Daejeon
    {
        /// <summary>Daejeon (대전광역시), 30000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(30000);

        /// <summary>Dong-gu (동구), 30110.</summary>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(30110);

        /// <summary>Jung-gu (중구), 30140.</summary>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(30140);

        /// <summary>Seo-gu (서구), 30170.</summary>
        public static AdministrativeDistrictCode Seo { get; } = FromDistrict(30170);

        /// <summary>Yuseong-gu (유성구), 30200.</summary>
        public static AdministrativeDistrictCode Yuseong { get; } = FromDistrict(30200);

        /// <summary>Daedeok-gu (대덕구), 30230.</summary>
        public static AdministrativeDistrictCode Daedeok { get; } = FromDistrict(30230);
    }
}
