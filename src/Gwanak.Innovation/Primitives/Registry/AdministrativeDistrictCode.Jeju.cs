// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Jeju (제주특별자치도, 50).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Jeju (제주특별자치도, 50) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Jeju
    {
        /// <summary>Jeju (제주특별자치도), 50000.</summary>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(50000);

        /// <summary>Jeju-si (제주시), 50110.</summary>
        /// <remarks>행정시 (administrative city) without a council.</remarks>
        public static AdministrativeDistrictCode JejuSi { get; } = FromDistrict(50110);

        /// <summary>Seogwipo-si (서귀포시), 50130.</summary>
        /// <remarks>행정시 (administrative city) without a council.</remarks>
        public static AdministrativeDistrictCode Seogwipo { get; } = FromDistrict(50130);
    }
}
