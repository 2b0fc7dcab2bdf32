// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Gangwon (강원특별자치도, 51).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Gangwon (강원특별자치도, 51) and its districts, as named codes.</summary>
    /// <remarks>In use from 2023-06-11: 강원도 (42) under a new name and code; 강원특별자치도 설치 등에 관한 특별법. Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Gangwon
    {
        /// <summary>Gangwon (강원특별자치도), 51000.</summary>
        /// <remarks>In use from 2023-06-11: 강원도 (42) under a new name and code; 강원특별자치도 설치 등에 관한 특별법.</remarks>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(51000);

        /// <summary>Chuncheon-si (춘천시), 51110.</summary>
        /// <remarks>In use from 2023-06-11: was 42110 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Chuncheon { get; } = FromDistrict(51110);

        /// <summary>Wonju-si (원주시), 51130.</summary>
        /// <remarks>In use from 2023-06-11: was 42130 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Wonju { get; } = FromDistrict(51130);

        /// <summary>Gangneung-si (강릉시), 51150.</summary>
        /// <remarks>In use from 2023-06-11: was 42150 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Gangneung { get; } = FromDistrict(51150);

        /// <summary>Donghae-si (동해시), 51170.</summary>
        /// <remarks>In use from 2023-06-11: was 42170 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Donghae { get; } = FromDistrict(51170);

        /// <summary>Taebaek-si (태백시), 51190.</summary>
        /// <remarks>In use from 2023-06-11: was 42190 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Taebaek { get; } = FromDistrict(51190);

        /// <summary>Sokcho-si (속초시), 51210.</summary>
        /// <remarks>In use from 2023-06-11: was 42210 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Sokcho { get; } = FromDistrict(51210);

        /// <summary>Samcheok-si (삼척시), 51230.</summary>
        /// <remarks>In use from 2023-06-11: was 42230 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Samcheok { get; } = FromDistrict(51230);

        /// <summary>Hongcheon-gun (홍천군), 51720.</summary>
        /// <remarks>In use from 2023-06-11: was 42720 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Hongcheon { get; } = FromDistrict(51720);

        /// <summary>Hoengseong-gun (횡성군), 51730.</summary>
        /// <remarks>In use from 2023-06-11: was 42730 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Hoengseong { get; } = FromDistrict(51730);

        /// <summary>Yeongwol-gun (영월군), 51750.</summary>
        /// <remarks>In use from 2023-06-11: was 42750 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Yeongwol { get; } = FromDistrict(51750);

        /// <summary>Pyeongchang-gun (평창군), 51760.</summary>
        /// <remarks>In use from 2023-06-11: was 42760 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Pyeongchang { get; } = FromDistrict(51760);

        /// <summary>Jeongseon-gun (정선군), 51770.</summary>
        /// <remarks>In use from 2023-06-11: was 42770 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Jeongseon { get; } = FromDistrict(51770);

        /// <summary>Cheorwon-gun (철원군), 51780.</summary>
        /// <remarks>In use from 2023-06-11: was 42780 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Cheorwon { get; } = FromDistrict(51780);

        /// <summary>Hwacheon-gun (화천군), 51790.</summary>
        /// <remarks>In use from 2023-06-11: was 42790 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Hwacheon { get; } = FromDistrict(51790);

        /// <summary>Yanggu-gun (양구군), 51800.</summary>
        /// <remarks>In use from 2023-06-11: was 42800 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Yanggu { get; } = FromDistrict(51800);

        /// <summary>Inje-gun (인제군), 51810.</summary>
        /// <remarks>In use from 2023-06-11: was 42810 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Inje { get; } = FromDistrict(51810);

        /// <summary>Goseong-gun (고성군), 51820.</summary>
        /// <remarks>In use from 2023-06-11: was 42820 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Goseong { get; } = FromDistrict(51820);

        /// <summary>Yangyang-gun (양양군), 51830.</summary>
        /// <remarks>In use from 2023-06-11: was 42830 until 2023-06-10.</remarks>
        public static AdministrativeDistrictCode Yangyang { get; } = FromDistrict(51830);
    }
}
