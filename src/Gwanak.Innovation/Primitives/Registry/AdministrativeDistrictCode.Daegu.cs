// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Daegu (대구광역시, 27).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Daegu (대구광역시, 27) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Daegu
    {
        /// <summary>Daegu (대구광역시), 27000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(27000);

        /// <summary>Jung-gu (중구), 27110.</summary>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(27110);

        /// <summary>Dong-gu (동구), 27140.</summary>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(27140);

        /// <summary>Seo-gu (서구), 27170.</summary>
        public static AdministrativeDistrictCode Seo { get; } = FromDistrict(27170);

        /// <summary>Nam-gu (남구), 27200.</summary>
        public static AdministrativeDistrictCode Nam { get; } = FromDistrict(27200);

        /// <summary>Buk-gu (북구), 27230.</summary>
        public static AdministrativeDistrictCode Buk { get; } = FromDistrict(27230);

        /// <summary>Suseong-gu (수성구), 27260.</summary>
        public static AdministrativeDistrictCode Suseong { get; } = FromDistrict(27260);

        /// <summary>Dalseo-gu (달서구), 27290.</summary>
        public static AdministrativeDistrictCode Dalseo { get; } = FromDistrict(27290);

        /// <summary>Dalseong-gun (달성군), 27710.</summary>
        public static AdministrativeDistrictCode Dalseong { get; } = FromDistrict(27710);

        /// <summary>Gunwi-gun (군위군), 27720.</summary>
        /// <remarks>In use from 2023-07-01: moved from 경상북도 (47720); 경상북도 군위군의 대구광역시 편입에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Gunwi { get; } = FromDistrict(27720);
    }
}
