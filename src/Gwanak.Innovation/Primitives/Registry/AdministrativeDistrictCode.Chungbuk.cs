// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Chungcheongbuk-do (충청북도, 43).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Chungcheongbuk-do (충청북도, 43) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Chungbuk
    {
        /// <summary>Chungcheongbuk-do (충청북도), 43000.</summary>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(43000);

        /// <summary>Cheongju-si (청주시), 43110.</summary>
        /// <remarks>Merged with 청원군 (43710) on 2014-07-01, same code.</remarks>
        public static AdministrativeDistrictCode Cheongju { get; } = FromDistrict(43110);

        /// <summary>Sangdang-gu, Cheongju-si (청주시 상당구), 43111.</summary>
        /// <remarks>Boundaries redrawn on 2014-07-01, same code.</remarks>
        public static AdministrativeDistrictCode CheongjuSangdang { get; } = FromDistrict(43111);

        /// <summary>Seowon-gu, Cheongju-si (청주시 서원구), 43112.</summary>
        /// <remarks>Heungdeok-gu, in use until 2014-06-30: renumbered 43113 when Cheongju and 청원군 merged; 43112 went to the new 서원구; 충청북도 청주시 청원군 폐지와 통합 청주시 설치 및 지원특례에 관한 법률. Seowon-gu, in use from 2014-07-01: new 일반구 of the merged Cheongju; the code was 흥덕구's until 2014-06-30; 충청북도 청주시 청원군 폐지와 통합 청주시 설치 및 지원특례에 관한 법률.</remarks>
        public static AdministrativeDistrictCode CheongjuSeowon { get; } = FromDistrict(43112);

        /// <summary>Heungdeok-gu, Cheongju-si (청주시 흥덕구), 43113.</summary>
        /// <remarks>In use from 2014-07-01: 흥덕구 under a new code (it was 43112); 충청북도 청주시 청원군 폐지와 통합 청주시 설치 및 지원특례에 관한 법률.</remarks>
        public static AdministrativeDistrictCode CheongjuHeungdeok { get; } = FromDistrict(43113);

        /// <summary>Cheongwon-gu, Cheongju-si (청주시 청원구), 43114.</summary>
        /// <remarks>In use from 2014-07-01: new 일반구 of the merged Cheongju; 충청북도 청주시 청원군 폐지와 통합 청주시 설치 및 지원특례에 관한 법률.</remarks>
        public static AdministrativeDistrictCode CheongjuCheongwon { get; } = FromDistrict(43114);

        /// <summary>Chungju-si (충주시), 43130.</summary>
        public static AdministrativeDistrictCode Chungju { get; } = FromDistrict(43130);

        /// <summary>Jecheon-si (제천시), 43150.</summary>
        public static AdministrativeDistrictCode Jecheon { get; } = FromDistrict(43150);

        /// <summary>Cheongwon-gun (청원군), 43710.</summary>
        /// <remarks>In use until 2014-06-30: merged into 청주시 (43110); part of 부용면 had gone to 세종특별자치시 on 2012-07-01; 충청북도 청주시 청원군 폐지와 통합 청주시 설치 및 지원특례에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Cheongwon { get; } = FromDistrict(43710);

        /// <summary>Boeun-gun (보은군), 43720.</summary>
        public static AdministrativeDistrictCode Boeun { get; } = FromDistrict(43720);

        /// <summary>Okcheon-gun (옥천군), 43730.</summary>
        public static AdministrativeDistrictCode Okcheon { get; } = FromDistrict(43730);

        /// <summary>Yeongdong-gun (영동군), 43740.</summary>
        public static AdministrativeDistrictCode Yeongdong { get; } = FromDistrict(43740);

        /// <summary>Jeungpyeong-gun (증평군), 43745.</summary>
        public static AdministrativeDistrictCode Jeungpyeong { get; } = FromDistrict(43745);

        /// <summary>Jincheon-gun (진천군), 43750.</summary>
        public static AdministrativeDistrictCode Jincheon { get; } = FromDistrict(43750);

        /// <summary>Goesan-gun (괴산군), 43760.</summary>
        public static AdministrativeDistrictCode Goesan { get; } = FromDistrict(43760);

        /// <summary>Eumseong-gun (음성군), 43770.</summary>
        public static AdministrativeDistrictCode Eumseong { get; } = FromDistrict(43770);

        /// <summary>Danyang-gun (단양군), 43800.</summary>
        public static AdministrativeDistrictCode Danyang { get; } = FromDistrict(43800);
    }
}
