// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Jeollanam-do (전라남도, 46).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Jeollanam-do (전라남도, 46) and its districts, as named codes.</summary>
    /// <remarks>In use until 2026-06-30: merged into 전남광주통합특별시 (12); 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호). Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Jeonnam
    {
        /// <summary>Jeollanam-do (전라남도), 46000.</summary>
        /// <remarks>In use until 2026-06-30: merged into 전남광주통합특별시 (12); 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호).</remarks>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(46000);

        /// <summary>Mokpo-si (목포시), 46110.</summary>
        /// <remarks>In use until 2026-06-30: became 12110 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Mokpo { get; } = FromDistrict(46110);

        /// <summary>Yeosu-si (여수시), 46130.</summary>
        /// <remarks>In use until 2026-06-30: became 12130 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Yeosu { get; } = FromDistrict(46130);

        /// <summary>Suncheon-si (순천시), 46150.</summary>
        /// <remarks>In use until 2026-06-30: became 12150 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Suncheon { get; } = FromDistrict(46150);

        /// <summary>Naju-si (나주시), 46170.</summary>
        /// <remarks>In use until 2026-06-30: became 12170 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Naju { get; } = FromDistrict(46170);

        /// <summary>Gwangyang-si (광양시), 46230.</summary>
        /// <remarks>In use until 2026-06-30: became 12190 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Gwangyang { get; } = FromDistrict(46230);

        /// <summary>Damyang-gun (담양군), 46710.</summary>
        /// <remarks>In use until 2026-06-30: became 12710 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Damyang { get; } = FromDistrict(46710);

        /// <summary>Gokseong-gun (곡성군), 46720.</summary>
        /// <remarks>In use until 2026-06-30: became 12720 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Gokseong { get; } = FromDistrict(46720);

        /// <summary>Gurye-gun (구례군), 46730.</summary>
        /// <remarks>In use until 2026-06-30: became 12730 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Gurye { get; } = FromDistrict(46730);

        /// <summary>Goheung-gun (고흥군), 46770.</summary>
        /// <remarks>In use until 2026-06-30: became 12740 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Goheung { get; } = FromDistrict(46770);

        /// <summary>Boseong-gun (보성군), 46780.</summary>
        /// <remarks>In use until 2026-06-30: became 12750 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Boseong { get; } = FromDistrict(46780);

        /// <summary>Hwasun-gun (화순군), 46790.</summary>
        /// <remarks>In use until 2026-06-30: became 12760 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Hwasun { get; } = FromDistrict(46790);

        /// <summary>Jangheung-gun (장흥군), 46800.</summary>
        /// <remarks>In use until 2026-06-30: became 12770 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Jangheung { get; } = FromDistrict(46800);

        /// <summary>Gangjin-gun (강진군), 46810.</summary>
        /// <remarks>In use until 2026-06-30: became 12780 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Gangjin { get; } = FromDistrict(46810);

        /// <summary>Haenam-gun (해남군), 46820.</summary>
        /// <remarks>In use until 2026-06-30: became 12790 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Haenam { get; } = FromDistrict(46820);

        /// <summary>Yeongam-gun (영암군), 46830.</summary>
        /// <remarks>In use until 2026-06-30: became 12800 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Yeongam { get; } = FromDistrict(46830);

        /// <summary>Muan-gun (무안군), 46840.</summary>
        /// <remarks>In use until 2026-06-30: became 12810 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Muan { get; } = FromDistrict(46840);

        /// <summary>Hampyeong-gun (함평군), 46860.</summary>
        /// <remarks>In use until 2026-06-30: became 12820 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Hampyeong { get; } = FromDistrict(46860);

        /// <summary>Yeonggwang-gun (영광군), 46870.</summary>
        /// <remarks>In use until 2026-06-30: became 12830 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Yeonggwang { get; } = FromDistrict(46870);

        /// <summary>Jangseong-gun (장성군), 46880.</summary>
        /// <remarks>In use until 2026-06-30: became 12840 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Jangseong { get; } = FromDistrict(46880);

        /// <summary>Wando-gun (완도군), 46890.</summary>
        /// <remarks>In use until 2026-06-30: became 12850 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Wando { get; } = FromDistrict(46890);

        /// <summary>Jindo-gun (진도군), 46900.</summary>
        /// <remarks>In use until 2026-06-30: became 12860 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Jindo { get; } = FromDistrict(46900);

        /// <summary>Sinan-gun (신안군), 46910.</summary>
        /// <remarks>In use until 2026-06-30: became 12870 (전남광주통합특별시).</remarks>
        public static AdministrativeDistrictCode Sinan { get; } = FromDistrict(46910);
    }
}
