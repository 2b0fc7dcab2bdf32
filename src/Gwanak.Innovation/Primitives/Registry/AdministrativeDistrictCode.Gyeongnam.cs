// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Gyeongsangnam-do (경상남도, 48).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Gyeongsangnam-do (경상남도, 48) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Gyeongnam
    {
        /// <summary>Gyeongsangnam-do (경상남도), 48000.</summary>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(48000);

        /// <summary>Changwon-si (창원시), 48120.</summary>
        /// <remarks>Merged with 마산시 (48160) and 진해시 (48190) on 2010-07-01, same code.</remarks>
        public static AdministrativeDistrictCode Changwon { get; } = FromDistrict(48120);

        /// <summary>Uichang-gu, Changwon-si (창원시 의창구), 48121.</summary>
        /// <remarks>In use from 2010-07-01: 일반구 of the merged Changwon; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode ChangwonUichang { get; } = FromDistrict(48121);

        /// <summary>Seongsan-gu, Changwon-si (창원시 성산구), 48123.</summary>
        /// <remarks>In use from 2010-07-01: 일반구 of the merged Changwon; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode ChangwonSeongsan { get; } = FromDistrict(48123);

        /// <summary>Masanhappo-gu, Changwon-si (창원시 마산합포구), 48125.</summary>
        /// <remarks>In use from 2010-07-01: 일반구 of the merged Changwon; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode ChangwonMasanhappo { get; } = FromDistrict(48125);

        /// <summary>Masanhoewon-gu, Changwon-si (창원시 마산회원구), 48127.</summary>
        /// <remarks>In use from 2010-07-01: 일반구 of the merged Changwon; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode ChangwonMasanhoewon { get; } = FromDistrict(48127);

        /// <summary>Jinhae-gu, Changwon-si (창원시 진해구), 48129.</summary>
        /// <remarks>In use from 2010-07-01: 일반구 of the merged Changwon; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode ChangwonJinhae { get; } = FromDistrict(48129);

        /// <summary>Masan-si (마산시), 48160.</summary>
        /// <remarks>In use until 2010-06-30: merged into 창원시 (48120): now 마산합포구 and 마산회원구; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode Masan { get; } = FromDistrict(48160);

        /// <summary>Jinju-si (진주시), 48170.</summary>
        public static AdministrativeDistrictCode Jinju { get; } = FromDistrict(48170);

        /// <summary>Jinhae-si (진해시), 48190.</summary>
        /// <remarks>In use until 2010-06-30: merged into 창원시 (48120): now 진해구; 통합 창원시 출범 (창원시·마산시·진해시 통합).</remarks>
        public static AdministrativeDistrictCode Jinhae { get; } = FromDistrict(48190);

        /// <summary>Tongyeong-si (통영시), 48220.</summary>
        public static AdministrativeDistrictCode Tongyeong { get; } = FromDistrict(48220);

        /// <summary>Sacheon-si (사천시), 48240.</summary>
        public static AdministrativeDistrictCode Sacheon { get; } = FromDistrict(48240);

        /// <summary>Gimhae-si (김해시), 48250.</summary>
        public static AdministrativeDistrictCode Gimhae { get; } = FromDistrict(48250);

        /// <summary>Miryang-si (밀양시), 48270.</summary>
        public static AdministrativeDistrictCode Miryang { get; } = FromDistrict(48270);

        /// <summary>Geoje-si (거제시), 48310.</summary>
        public static AdministrativeDistrictCode Geoje { get; } = FromDistrict(48310);

        /// <summary>Yangsan-si (양산시), 48330.</summary>
        public static AdministrativeDistrictCode Yangsan { get; } = FromDistrict(48330);

        /// <summary>Uiryeong-gun (의령군), 48720.</summary>
        public static AdministrativeDistrictCode Uiryeong { get; } = FromDistrict(48720);

        /// <summary>Haman-gun (함안군), 48730.</summary>
        public static AdministrativeDistrictCode Haman { get; } = FromDistrict(48730);

        /// <summary>Changnyeong-gun (창녕군), 48740.</summary>
        public static AdministrativeDistrictCode Changnyeong { get; } = FromDistrict(48740);

        /// <summary>Goseong-gun (고성군), 48820.</summary>
        public static AdministrativeDistrictCode Goseong { get; } = FromDistrict(48820);

        /// <summary>Namhae-gun (남해군), 48840.</summary>
        public static AdministrativeDistrictCode Namhae { get; } = FromDistrict(48840);

        /// <summary>Hadong-gun (하동군), 48850.</summary>
        public static AdministrativeDistrictCode Hadong { get; } = FromDistrict(48850);

        /// <summary>Sancheong-gun (산청군), 48860.</summary>
        public static AdministrativeDistrictCode Sancheong { get; } = FromDistrict(48860);

        /// <summary>Hamyang-gun (함양군), 48870.</summary>
        public static AdministrativeDistrictCode Hamyang { get; } = FromDistrict(48870);

        /// <summary>Geochang-gun (거창군), 48880.</summary>
        public static AdministrativeDistrictCode Geochang { get; } = FromDistrict(48880);

        /// <summary>Hapcheon-gun (합천군), 48890.</summary>
        public static AdministrativeDistrictCode Hapcheon { get; } = FromDistrict(48890);
    }
}
