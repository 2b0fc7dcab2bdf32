// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Jeonnam-Gwangju (전남광주통합특별시, 12).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Jeonnam-Gwangju (전남광주통합특별시, 12) and its districts, as named codes.</summary>
    /// <remarks>In use from 2026-07-01: 광주광역시 (29) and 전라남도 (46) merged; 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호). Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class JeonnamGwangju
    {
        /// <summary>Jeonnam-Gwangju (전남광주통합특별시), 12000.</summary>
        /// <remarks>In use from 2026-07-01: 광주광역시 (29) and 전라남도 (46) merged; 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호).</remarks>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(12000);

        /// <summary>Mokpo-si (목포시), 12110.</summary>
        /// <remarks>In use from 2026-07-01: was 46110 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Mokpo { get; } = FromDistrict(12110);

        /// <summary>Yeosu-si (여수시), 12130.</summary>
        /// <remarks>In use from 2026-07-01: was 46130 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Yeosu { get; } = FromDistrict(12130);

        /// <summary>Suncheon-si (순천시), 12150.</summary>
        /// <remarks>In use from 2026-07-01: was 46150 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Suncheon { get; } = FromDistrict(12150);

        /// <summary>Naju-si (나주시), 12170.</summary>
        /// <remarks>In use from 2026-07-01: was 46170 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Naju { get; } = FromDistrict(12170);

        /// <summary>Gwangyang-si (광양시), 12190.</summary>
        /// <remarks>In use from 2026-07-01: was 46230 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Gwangyang { get; } = FromDistrict(12190);

        /// <summary>Dong-gu (동구), 12210.</summary>
        /// <remarks>In use from 2026-07-01: was 29110 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(12210);

        /// <summary>Seo-gu (서구), 12240.</summary>
        /// <remarks>In use from 2026-07-01: was 29140 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Seo { get; } = FromDistrict(12240);

        /// <summary>Nam-gu (남구), 12270.</summary>
        /// <remarks>In use from 2026-07-01: was 29155 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Nam { get; } = FromDistrict(12270);

        /// <summary>Buk-gu (북구), 12300.</summary>
        /// <remarks>In use from 2026-07-01: was 29170 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Buk { get; } = FromDistrict(12300);

        /// <summary>Gwangsan-gu (광산구), 12330.</summary>
        /// <remarks>In use from 2026-07-01: was 29200 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Gwangsan { get; } = FromDistrict(12330);

        /// <summary>Damyang-gun (담양군), 12710.</summary>
        /// <remarks>In use from 2026-07-01: was 46710 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Damyang { get; } = FromDistrict(12710);

        /// <summary>Gokseong-gun (곡성군), 12720.</summary>
        /// <remarks>In use from 2026-07-01: was 46720 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Gokseong { get; } = FromDistrict(12720);

        /// <summary>Gurye-gun (구례군), 12730.</summary>
        /// <remarks>In use from 2026-07-01: was 46730 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Gurye { get; } = FromDistrict(12730);

        /// <summary>Goheung-gun (고흥군), 12740.</summary>
        /// <remarks>In use from 2026-07-01: was 46770 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Goheung { get; } = FromDistrict(12740);

        /// <summary>Boseong-gun (보성군), 12750.</summary>
        /// <remarks>In use from 2026-07-01: was 46780 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Boseong { get; } = FromDistrict(12750);

        /// <summary>Hwasun-gun (화순군), 12760.</summary>
        /// <remarks>In use from 2026-07-01: was 46790 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Hwasun { get; } = FromDistrict(12760);

        /// <summary>Jangheung-gun (장흥군), 12770.</summary>
        /// <remarks>In use from 2026-07-01: was 46800 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Jangheung { get; } = FromDistrict(12770);

        /// <summary>Gangjin-gun (강진군), 12780.</summary>
        /// <remarks>In use from 2026-07-01: was 46810 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Gangjin { get; } = FromDistrict(12780);

        /// <summary>Haenam-gun (해남군), 12790.</summary>
        /// <remarks>In use from 2026-07-01: was 46820 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Haenam { get; } = FromDistrict(12790);

        /// <summary>Yeongam-gun (영암군), 12800.</summary>
        /// <remarks>In use from 2026-07-01: was 46830 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Yeongam { get; } = FromDistrict(12800);

        /// <summary>Muan-gun (무안군), 12810.</summary>
        /// <remarks>In use from 2026-07-01: was 46840 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Muan { get; } = FromDistrict(12810);

        /// <summary>Hampyeong-gun (함평군), 12820.</summary>
        /// <remarks>In use from 2026-07-01: was 46860 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Hampyeong { get; } = FromDistrict(12820);

        /// <summary>Yeonggwang-gun (영광군), 12830.</summary>
        /// <remarks>In use from 2026-07-01: was 46870 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Yeonggwang { get; } = FromDistrict(12830);

        /// <summary>Jangseong-gun (장성군), 12840.</summary>
        /// <remarks>In use from 2026-07-01: was 46880 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Jangseong { get; } = FromDistrict(12840);

        /// <summary>Wando-gun (완도군), 12850.</summary>
        /// <remarks>In use from 2026-07-01: was 46890 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Wando { get; } = FromDistrict(12850);

        /// <summary>Jindo-gun (진도군), 12860.</summary>
        /// <remarks>In use from 2026-07-01: was 46900 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Jindo { get; } = FromDistrict(12860);

        /// <summary>Sinan-gun (신안군), 12870.</summary>
        /// <remarks>In use from 2026-07-01: was 46910 until 2026-06-30; same area, new code.</remarks>
        public static AdministrativeDistrictCode Sinan { get; } = FromDistrict(12870);
    }
}
