// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Gangwon-do (강원도, 42).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Gangwon-do (강원도, 42) and its districts, as named codes.</summary>
    /// <remarks>In use until 2023-06-10: became 강원특별자치도 (51); 강원특별자치도 설치 등에 관한 특별법. Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class GangwonDo
    {
        /// <summary>Gangwon-do (강원도), 42000.</summary>
        /// <remarks>In use until 2023-06-10: became 강원특별자치도 (51); 강원특별자치도 설치 등에 관한 특별법.</remarks>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(42000);

        /// <summary>Chuncheon-si (춘천시), 42110.</summary>
        /// <remarks>In use until 2023-06-10: became 51110 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Chuncheon { get; } = FromDistrict(42110);

        /// <summary>Wonju-si (원주시), 42130.</summary>
        /// <remarks>In use until 2023-06-10: became 51130 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Wonju { get; } = FromDistrict(42130);

        /// <summary>Gangneung-si (강릉시), 42150.</summary>
        /// <remarks>In use until 2023-06-10: became 51150 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Gangneung { get; } = FromDistrict(42150);

        /// <summary>Donghae-si (동해시), 42170.</summary>
        /// <remarks>In use until 2023-06-10: became 51170 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Donghae { get; } = FromDistrict(42170);

        /// <summary>Taebaek-si (태백시), 42190.</summary>
        /// <remarks>In use until 2023-06-10: became 51190 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Taebaek { get; } = FromDistrict(42190);

        /// <summary>Sokcho-si (속초시), 42210.</summary>
        /// <remarks>In use until 2023-06-10: became 51210 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Sokcho { get; } = FromDistrict(42210);

        /// <summary>Samcheok-si (삼척시), 42230.</summary>
        /// <remarks>In use until 2023-06-10: became 51230 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Samcheok { get; } = FromDistrict(42230);

        /// <summary>Hongcheon-gun (홍천군), 42720.</summary>
        /// <remarks>In use until 2023-06-10: became 51720 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Hongcheon { get; } = FromDistrict(42720);

        /// <summary>Hoengseong-gun (횡성군), 42730.</summary>
        /// <remarks>In use until 2023-06-10: became 51730 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Hoengseong { get; } = FromDistrict(42730);

        /// <summary>Yeongwol-gun (영월군), 42750.</summary>
        /// <remarks>In use until 2023-06-10: became 51750 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Yeongwol { get; } = FromDistrict(42750);

        /// <summary>Pyeongchang-gun (평창군), 42760.</summary>
        /// <remarks>In use until 2023-06-10: became 51760 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Pyeongchang { get; } = FromDistrict(42760);

        /// <summary>Jeongseon-gun (정선군), 42770.</summary>
        /// <remarks>In use until 2023-06-10: became 51770 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Jeongseon { get; } = FromDistrict(42770);

        /// <summary>Cheorwon-gun (철원군), 42780.</summary>
        /// <remarks>In use until 2023-06-10: became 51780 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Cheorwon { get; } = FromDistrict(42780);

        /// <summary>Hwacheon-gun (화천군), 42790.</summary>
        /// <remarks>In use until 2023-06-10: became 51790 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Hwacheon { get; } = FromDistrict(42790);

        /// <summary>Yanggu-gun (양구군), 42800.</summary>
        /// <remarks>In use until 2023-06-10: became 51800 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Yanggu { get; } = FromDistrict(42800);

        /// <summary>Inje-gun (인제군), 42810.</summary>
        /// <remarks>In use until 2023-06-10: became 51810 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Inje { get; } = FromDistrict(42810);

        /// <summary>Goseong-gun (고성군), 42820.</summary>
        /// <remarks>In use until 2023-06-10: became 51820 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Goseong { get; } = FromDistrict(42820);

        /// <summary>Yangyang-gun (양양군), 42830.</summary>
        /// <remarks>In use until 2023-06-10: became 51830 (강원특별자치도).</remarks>
        public static AdministrativeDistrictCode Yangyang { get; } = FromDistrict(42830);
    }
}
