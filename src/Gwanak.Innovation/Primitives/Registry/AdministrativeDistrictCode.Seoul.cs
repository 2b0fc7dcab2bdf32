// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Seoul (서울특별시, 11).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Seoul (서울특별시, 11) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Seoul
    {
        /// <summary>Seoul (서울특별시), 11000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(11000);

        /// <summary>Jongno-gu (종로구), 11110.</summary>
        public static AdministrativeDistrictCode Jongno { get; } = FromDistrict(11110);

        /// <summary>Jung-gu (중구), 11140.</summary>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(11140);

        /// <summary>Yongsan-gu (용산구), 11170.</summary>
        public static AdministrativeDistrictCode Yongsan { get; } = FromDistrict(11170);

        /// <summary>Seongdong-gu (성동구), 11200.</summary>
        public static AdministrativeDistrictCode Seongdong { get; } = FromDistrict(11200);

        /// <summary>Gwangjin-gu (광진구), 11215.</summary>
        public static AdministrativeDistrictCode Gwangjin { get; } = FromDistrict(11215);

        /// <summary>Dongdaemun-gu (동대문구), 11230.</summary>
        public static AdministrativeDistrictCode Dongdaemun { get; } = FromDistrict(11230);

        /// <summary>Jungnang-gu (중랑구), 11260.</summary>
        public static AdministrativeDistrictCode Jungnang { get; } = FromDistrict(11260);

        /// <summary>Seongbuk-gu (성북구), 11290.</summary>
        public static AdministrativeDistrictCode Seongbuk { get; } = FromDistrict(11290);

        /// <summary>Gangbuk-gu (강북구), 11305.</summary>
        public static AdministrativeDistrictCode Gangbuk { get; } = FromDistrict(11305);

        /// <summary>Dobong-gu (도봉구), 11320.</summary>
        public static AdministrativeDistrictCode Dobong { get; } = FromDistrict(11320);

        /// <summary>Nowon-gu (노원구), 11350.</summary>
        public static AdministrativeDistrictCode Nowon { get; } = FromDistrict(11350);

        /// <summary>Eunpyeong-gu (은평구), 11380.</summary>
        public static AdministrativeDistrictCode Eunpyeong { get; } = FromDistrict(11380);

        /// <summary>Seodaemun-gu (서대문구), 11410.</summary>
        public static AdministrativeDistrictCode Seodaemun { get; } = FromDistrict(11410);

        /// <summary>Mapo-gu (마포구), 11440.</summary>
        public static AdministrativeDistrictCode Mapo { get; } = FromDistrict(11440);

        /// <summary>Yangcheon-gu (양천구), 11470.</summary>
        public static AdministrativeDistrictCode Yangcheon { get; } = FromDistrict(11470);

        /// <summary>Gangseo-gu (강서구), 11500.</summary>
        public static AdministrativeDistrictCode Gangseo { get; } = FromDistrict(11500);

        /// <summary>Guro-gu (구로구), 11530.</summary>
        public static AdministrativeDistrictCode Guro { get; } = FromDistrict(11530);

        /// <summary>Geumcheon-gu (금천구), 11545.</summary>
        public static AdministrativeDistrictCode Geumcheon { get; } = FromDistrict(11545);

        /// <summary>Yeongdeungpo-gu (영등포구), 11560.</summary>
        public static AdministrativeDistrictCode Yeongdeungpo { get; } = FromDistrict(11560);

        /// <summary>Dongjak-gu (동작구), 11590.</summary>
        public static AdministrativeDistrictCode Dongjak { get; } = FromDistrict(11590);

        /// <summary>Gwanak-gu (관악구), 11620.</summary>
        public static AdministrativeDistrictCode Gwanak { get; } = FromDistrict(11620);

        /// <summary>Seocho-gu (서초구), 11650.</summary>
        public static AdministrativeDistrictCode Seocho { get; } = FromDistrict(11650);

        /// <summary>Gangnam-gu (강남구), 11680.</summary>
        public static AdministrativeDistrictCode Gangnam { get; } = FromDistrict(11680);

        /// <summary>Songpa-gu (송파구), 11710.</summary>
        public static AdministrativeDistrictCode Songpa { get; } = FromDistrict(11710);

        /// <summary>Gangdong-gu (강동구), 11740.</summary>
        public static AdministrativeDistrictCode Gangdong { get; } = FromDistrict(11740);
    }
}
