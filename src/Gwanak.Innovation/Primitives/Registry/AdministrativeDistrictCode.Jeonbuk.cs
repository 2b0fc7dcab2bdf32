// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Jeonbuk (전북특별자치도, 52).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Jeonbuk (전북특별자치도, 52) and its districts, as named codes.</summary>
    /// <remarks>In use from 2024-01-18: 전라북도 (45) under a new name and code; 전북특별자치도 설치 및 글로벌생명경제도시 조성을 위한 특별법. Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Jeonbuk
    {
        /// <summary>Jeonbuk (전북특별자치도), 52000.</summary>
        /// <remarks>In use from 2024-01-18: 전라북도 (45) under a new name and code; 전북특별자치도 설치 및 글로벌생명경제도시 조성을 위한 특별법.</remarks>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(52000);

        /// <summary>Jeonju-si (전주시), 52110.</summary>
        /// <remarks>In use from 2024-01-18: was 45110 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Jeonju { get; } = FromDistrict(52110);

        /// <summary>Wansan-gu, Jeonju-si (전주시 완산구), 52111.</summary>
        /// <remarks>In use from 2024-01-18: was 45111 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode JeonjuWansan { get; } = FromDistrict(52111);

        /// <summary>Deokjin-gu, Jeonju-si (전주시 덕진구), 52113.</summary>
        /// <remarks>In use from 2024-01-18: was 45113 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode JeonjuDeokjin { get; } = FromDistrict(52113);

        /// <summary>Gunsan-si (군산시), 52130.</summary>
        /// <remarks>In use from 2024-01-18: was 45130 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Gunsan { get; } = FromDistrict(52130);

        /// <summary>Iksan-si (익산시), 52140.</summary>
        /// <remarks>In use from 2024-01-18: was 45140 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Iksan { get; } = FromDistrict(52140);

        /// <summary>Jeongeup-si (정읍시), 52180.</summary>
        /// <remarks>In use from 2024-01-18: was 45180 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Jeongeup { get; } = FromDistrict(52180);

        /// <summary>Namwon-si (남원시), 52190.</summary>
        /// <remarks>In use from 2024-01-18: was 45190 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Namwon { get; } = FromDistrict(52190);

        /// <summary>Gimje-si (김제시), 52210.</summary>
        /// <remarks>In use from 2024-01-18: was 45210 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Gimje { get; } = FromDistrict(52210);

        /// <summary>Wanju-gun (완주군), 52710.</summary>
        /// <remarks>In use from 2024-01-18: was 45710 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Wanju { get; } = FromDistrict(52710);

        /// <summary>Jinan-gun (진안군), 52720.</summary>
        /// <remarks>In use from 2024-01-18: was 45720 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Jinan { get; } = FromDistrict(52720);

        /// <summary>Muju-gun (무주군), 52730.</summary>
        /// <remarks>In use from 2024-01-18: was 45730 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Muju { get; } = FromDistrict(52730);

        /// <summary>Jangsu-gun (장수군), 52740.</summary>
        /// <remarks>In use from 2024-01-18: was 45740 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Jangsu { get; } = FromDistrict(52740);

        /// <summary>Imsil-gun (임실군), 52750.</summary>
        /// <remarks>In use from 2024-01-18: was 45750 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Imsil { get; } = FromDistrict(52750);

        /// <summary>Sunchang-gun (순창군), 52770.</summary>
        /// <remarks>In use from 2024-01-18: was 45770 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Sunchang { get; } = FromDistrict(52770);

        /// <summary>Gochang-gun (고창군), 52790.</summary>
        /// <remarks>In use from 2024-01-18: was 45790 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Gochang { get; } = FromDistrict(52790);

        /// <summary>Buan-gun (부안군), 52800.</summary>
        /// <remarks>In use from 2024-01-18: was 45800 until 2024-01-17.</remarks>
        public static AdministrativeDistrictCode Buan { get; } = FromDistrict(52800);
    }
}
