// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Busan (부산광역시, 26).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Busan (부산광역시, 26) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Busan
    {
        /// <summary>Busan (부산광역시), 26000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(26000);

        /// <summary>Jung-gu (중구), 26110.</summary>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(26110);

        /// <summary>Seo-gu (서구), 26140.</summary>
        public static AdministrativeDistrictCode Seo { get; } = FromDistrict(26140);

        /// <summary>Dong-gu (동구), 26170.</summary>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(26170);

        /// <summary>Yeongdo-gu (영도구), 26200.</summary>
        public static AdministrativeDistrictCode Yeongdo { get; } = FromDistrict(26200);

        /// <summary>Busanjin-gu (부산진구), 26230.</summary>
        public static AdministrativeDistrictCode Busanjin { get; } = FromDistrict(26230);

        /// <summary>Dongnae-gu (동래구), 26260.</summary>
        public static AdministrativeDistrictCode Dongnae { get; } = FromDistrict(26260);

        /// <summary>Nam-gu (남구), 26290.</summary>
        public static AdministrativeDistrictCode Nam { get; } = FromDistrict(26290);

        /// <summary>Buk-gu (북구), 26320.</summary>
        public static AdministrativeDistrictCode Buk { get; } = FromDistrict(26320);

        /// <summary>Haeundae-gu (해운대구), 26350.</summary>
        public static AdministrativeDistrictCode Haeundae { get; } = FromDistrict(26350);

        /// <summary>Saha-gu (사하구), 26380.</summary>
        public static AdministrativeDistrictCode Saha { get; } = FromDistrict(26380);

        /// <summary>Geumjeong-gu (금정구), 26410.</summary>
        public static AdministrativeDistrictCode Geumjeong { get; } = FromDistrict(26410);

        /// <summary>Gangseo-gu (강서구), 26440.</summary>
        public static AdministrativeDistrictCode Gangseo { get; } = FromDistrict(26440);

        /// <summary>Yeonje-gu (연제구), 26470.</summary>
        public static AdministrativeDistrictCode Yeonje { get; } = FromDistrict(26470);

        /// <summary>Suyeong-gu (수영구), 26500.</summary>
        public static AdministrativeDistrictCode Suyeong { get; } = FromDistrict(26500);

        /// <summary>Sasang-gu (사상구), 26530.</summary>
        public static AdministrativeDistrictCode Sasang { get; } = FromDistrict(26530);

        /// <summary>Gijang-gun (기장군), 26710.</summary>
        public static AdministrativeDistrictCode Gijang { get; } = FromDistrict(26710);
    }
}
