// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Sejong (세종특별자치시, 36).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Sejong (세종특별자치시, 36) and its districts, as named codes.</summary>
    /// <remarks>In use from 2012-07-01: from the whole of 연기군 (44730) and parts of 공주시 (44150) and 청원군 (43710); 세종특별자치시 설치 등에 관한 특별법. Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Sejong
    {
        /// <summary>Sejong (세종특별자치시), 36000.</summary>
        /// <remarks>In use from 2012-07-01: from the whole of 연기군 (44730) and parts of 공주시 (44150) and 청원군 (43710); 세종특별자치시 설치 등에 관한 특별법.</remarks>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(36000);

        /// <summary>Sejong (세종특별자치시), 36110.</summary>
        /// <remarks>In use from 2012-07-01: Sejong has no si/gun/gu (단층제): its legal dongs and ri are coded under 36110.</remarks>
        public static AdministrativeDistrictCode SingleTier { get; } = FromDistrict(36110);
    }
}
