// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Chungcheongnam-do (충청남도, 44).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Chungcheongnam-do (충청남도, 44) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Chungnam
    {
        /// <summary>Chungcheongnam-do (충청남도), 44000.</summary>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(44000);

        /// <summary>Cheonan-si (천안시), 44130.</summary>
        public static AdministrativeDistrictCode Cheonan { get; } = FromDistrict(44130);

        /// <summary>Dongnam-gu, Cheonan-si (천안시 동남구), 44131.</summary>
        public static AdministrativeDistrictCode CheonanDongnam { get; } = FromDistrict(44131);

        /// <summary>Seobuk-gu, Cheonan-si (천안시 서북구), 44133.</summary>
        public static AdministrativeDistrictCode CheonanSeobuk { get; } = FromDistrict(44133);

        /// <summary>Gongju-si (공주시), 44150.</summary>
        /// <remarks>Part of its area (장기면 and parts of 의당면 and 반포면) went to 세종특별자치시 on 2012-07-01.</remarks>
        public static AdministrativeDistrictCode Gongju { get; } = FromDistrict(44150);

        /// <summary>Boryeong-si (보령시), 44180.</summary>
        public static AdministrativeDistrictCode Boryeong { get; } = FromDistrict(44180);

        /// <summary>Asan-si (아산시), 44200.</summary>
        public static AdministrativeDistrictCode Asan { get; } = FromDistrict(44200);

        /// <summary>Seosan-si (서산시), 44210.</summary>
        public static AdministrativeDistrictCode Seosan { get; } = FromDistrict(44210);

        /// <summary>Nonsan-si (논산시), 44230.</summary>
        public static AdministrativeDistrictCode Nonsan { get; } = FromDistrict(44230);

        /// <summary>Gyeryong-si (계룡시), 44250.</summary>
        public static AdministrativeDistrictCode Gyeryong { get; } = FromDistrict(44250);

        /// <summary>Dangjin-si (당진시), 44270.</summary>
        /// <remarks>In use from 2012-01-01: 당진군 (44830) became a city; 충청남도 당진시 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Dangjin { get; } = FromDistrict(44270);

        /// <summary>Geumsan-gun (금산군), 44710.</summary>
        public static AdministrativeDistrictCode Geumsan { get; } = FromDistrict(44710);

        /// <summary>Yeongi-gun (연기군), 44730.</summary>
        /// <remarks>In use until 2012-06-30: the whole county became part of 세종특별자치시 (36110); 세종특별자치시 설치 등에 관한 특별법.</remarks>
        public static AdministrativeDistrictCode Yeongi { get; } = FromDistrict(44730);

        /// <summary>Buyeo-gun (부여군), 44760.</summary>
        public static AdministrativeDistrictCode Buyeo { get; } = FromDistrict(44760);

        /// <summary>Seocheon-gun (서천군), 44770.</summary>
        public static AdministrativeDistrictCode Seocheon { get; } = FromDistrict(44770);

        /// <summary>Cheongyang-gun (청양군), 44790.</summary>
        public static AdministrativeDistrictCode Cheongyang { get; } = FromDistrict(44790);

        /// <summary>Hongseong-gun (홍성군), 44800.</summary>
        public static AdministrativeDistrictCode Hongseong { get; } = FromDistrict(44800);

        /// <summary>Yesan-gun (예산군), 44810.</summary>
        public static AdministrativeDistrictCode Yesan { get; } = FromDistrict(44810);

        /// <summary>Taean-gun (태안군), 44825.</summary>
        public static AdministrativeDistrictCode Taean { get; } = FromDistrict(44825);

        /// <summary>Dangjin-gun (당진군), 44830.</summary>
        /// <remarks>In use until 2011-12-31: became 당진시 (44270).</remarks>
        public static AdministrativeDistrictCode DangjinGun { get; } = FromDistrict(44830);
    }
}
