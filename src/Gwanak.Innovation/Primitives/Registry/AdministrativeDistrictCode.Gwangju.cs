// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Gwangju (광주광역시, 29).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Gwangju (광주광역시, 29) and its districts, as named codes.</summary>
    /// <remarks>In use until 2026-06-30: merged into 전남광주통합특별시 (12); 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호). Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Gwangju
    {
        /// <summary>Gwangju (광주광역시), 29000.</summary>
        /// <remarks>In use until 2026-06-30: merged into 전남광주통합특별시 (12); 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호).</remarks>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(29000);

        /// <summary>Dong-gu (동구), 29110.</summary>
        /// <remarks>In use until 2026-06-30: became 12210 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(29110);

        /// <summary>Seo-gu (서구), 29140.</summary>
        /// <remarks>In use until 2026-06-30: became 12240 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Seo { get; } = FromDistrict(29140);

        /// <summary>Nam-gu (남구), 29155.</summary>
        /// <remarks>In use until 2026-06-30: became 12270 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Nam { get; } = FromDistrict(29155);

        /// <summary>Buk-gu (북구), 29170.</summary>
        /// <remarks>In use until 2026-06-30: became 12300 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Buk { get; } = FromDistrict(29170);

        /// <summary>Gwangsan-gu (광산구), 29200.</summary>
        /// <remarks>In use until 2026-06-30: became 12330 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Gwangsan { get; } = FromDistrict(29200);
    }
}
