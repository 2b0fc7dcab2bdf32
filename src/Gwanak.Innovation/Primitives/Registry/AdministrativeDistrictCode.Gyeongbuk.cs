// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Gyeongsangbuk-do (경상북도, 47).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Gyeongsangbuk-do (경상북도, 47) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Gyeongbuk
    {
        /// <summary>Gyeongsangbuk-do (경상북도), 47000.</summary>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(47000);

        /// <summary>Pohang-si (포항시), 47110.</summary>
        public static AdministrativeDistrictCode Pohang { get; } = FromDistrict(47110);

        /// <summary>Nam-gu, Pohang-si (포항시 남구), 47111.</summary>
        public static AdministrativeDistrictCode PohangNam { get; } = FromDistrict(47111);

        /// <summary>Buk-gu, Pohang-si (포항시 북구), 47113.</summary>
        public static AdministrativeDistrictCode PohangBuk { get; } = FromDistrict(47113);

        /// <summary>Gyeongju-si (경주시), 47130.</summary>
        public static AdministrativeDistrictCode Gyeongju { get; } = FromDistrict(47130);

        /// <summary>Gimcheon-si (김천시), 47150.</summary>
        public static AdministrativeDistrictCode Gimcheon { get; } = FromDistrict(47150);

        /// <summary>Andong-si (안동시), 47170.</summary>
        public static AdministrativeDistrictCode Andong { get; } = FromDistrict(47170);

        /// <summary>Gumi-si (구미시), 47190.</summary>
        public static AdministrativeDistrictCode Gumi { get; } = FromDistrict(47190);

        /// <summary>Yeongju-si (영주시), 47210.</summary>
        public static AdministrativeDistrictCode Yeongju { get; } = FromDistrict(47210);

        /// <summary>Yeongcheon-si (영천시), 47230.</summary>
        public static AdministrativeDistrictCode Yeongcheon { get; } = FromDistrict(47230);

        /// <summary>Sangju-si (상주시), 47250.</summary>
        public static AdministrativeDistrictCode Sangju { get; } = FromDistrict(47250);

        /// <summary>Mungyeong-si (문경시), 47280.</summary>
        public static AdministrativeDistrictCode Mungyeong { get; } = FromDistrict(47280);

        /// <summary>Gyeongsan-si (경산시), 47290.</summary>
        public static AdministrativeDistrictCode Gyeongsan { get; } = FromDistrict(47290);

        /// <summary>Gunwi-gun (군위군), 47720.</summary>
        /// <remarks>In use until 2023-06-30: moved to 대구광역시 as 27720; 경상북도 군위군의 대구광역시 편입에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Gunwi { get; } = FromDistrict(47720);

        /// <summary>Uiseong-gun (의성군), 47730.</summary>
        public static AdministrativeDistrictCode Uiseong { get; } = FromDistrict(47730);

        /// <summary>Cheongsong-gun (청송군), 47750.</summary>
        public static AdministrativeDistrictCode Cheongsong { get; } = FromDistrict(47750);

        /// <summary>Yeongyang-gun (영양군), 47760.</summary>
        public static AdministrativeDistrictCode Yeongyang { get; } = FromDistrict(47760);

        /// <summary>Yeongdeok-gun (영덕군), 47770.</summary>
        public static AdministrativeDistrictCode Yeongdeok { get; } = FromDistrict(47770);

        /// <summary>Cheongdo-gun (청도군), 47820.</summary>
        public static AdministrativeDistrictCode Cheongdo { get; } = FromDistrict(47820);

        /// <summary>Goryeong-gun (고령군), 47830.</summary>
        public static AdministrativeDistrictCode Goryeong { get; } = FromDistrict(47830);

        /// <summary>Seongju-gun (성주군), 47840.</summary>
        public static AdministrativeDistrictCode Seongju { get; } = FromDistrict(47840);

        /// <summary>Chilgok-gun (칠곡군), 47850.</summary>
        public static AdministrativeDistrictCode Chilgok { get; } = FromDistrict(47850);

        /// <summary>Yecheon-gun (예천군), 47900.</summary>
        public static AdministrativeDistrictCode Yecheon { get; } = FromDistrict(47900);

        /// <summary>Bonghwa-gun (봉화군), 47920.</summary>
        public static AdministrativeDistrictCode Bonghwa { get; } = FromDistrict(47920);

        /// <summary>Uljin-gun (울진군), 47930.</summary>
        public static AdministrativeDistrictCode Uljin { get; } = FromDistrict(47930);

        /// <summary>Ulleung-gun (울릉군), 47940.</summary>
        public static AdministrativeDistrictCode Ulleung { get; } = FromDistrict(47940);
    }
}
