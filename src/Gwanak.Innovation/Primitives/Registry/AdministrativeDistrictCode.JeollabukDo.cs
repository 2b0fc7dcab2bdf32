// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Jeollabuk-do (전라북도, 45).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Jeollabuk-do (전라북도, 45) and its districts, as named codes.</summary>
    /// <remarks>In use until 2024-01-17: became 전북특별자치도 (52); 전북특별자치도 설치 및 글로벌생명경제도시 조성을 위한 특별법. Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class JeollabukDo
    {
        /// <summary>Jeollabuk-do (전라북도), 45000.</summary>
        /// <remarks>In use until 2024-01-17: became 전북특별자치도 (52); 전북특별자치도 설치 및 글로벌생명경제도시 조성을 위한 특별법.</remarks>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(45000);

        /// <summary>Jeonju-si (전주시), 45110.</summary>
        /// <remarks>In use until 2024-01-17: became 52110 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Jeonju { get; } = FromDistrict(45110);

        /// <summary>Wansan-gu, Jeonju-si (전주시 완산구), 45111.</summary>
        /// <remarks>In use until 2024-01-17: became 52111 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode JeonjuWansan { get; } = FromDistrict(45111);

        /// <summary>Deokjin-gu, Jeonju-si (전주시 덕진구), 45113.</summary>
        /// <remarks>In use until 2024-01-17: became 52113 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode JeonjuDeokjin { get; } = FromDistrict(45113);

        /// <summary>Gunsan-si (군산시), 45130.</summary>
        /// <remarks>In use until 2024-01-17: became 52130 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Gunsan { get; } = FromDistrict(45130);

        /// <summary>Iksan-si (익산시), 45140.</summary>
        /// <remarks>In use until 2024-01-17: became 52140 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Iksan { get; } = FromDistrict(45140);

        /// <summary>Jeongeup-si (정읍시), 45180.</summary>
        /// <remarks>In use until 2024-01-17: became 52180 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Jeongeup { get; } = FromDistrict(45180);

        /// <summary>Namwon-si (남원시), 45190.</summary>
        /// <remarks>In use until 2024-01-17: became 52190 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Namwon { get; } = FromDistrict(45190);

        /// <summary>Gimje-si (김제시), 45210.</summary>
        /// <remarks>In use until 2024-01-17: became 52210 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Gimje { get; } = FromDistrict(45210);

        /// <summary>Wanju-gun (완주군), 45710.</summary>
        /// <remarks>In use until 2024-01-17: became 52710 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Wanju { get; } = FromDistrict(45710);

        /// <summary>Jinan-gun (진안군), 45720.</summary>
        /// <remarks>In use until 2024-01-17: became 52720 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Jinan { get; } = FromDistrict(45720);

        /// <summary>Muju-gun (무주군), 45730.</summary>
        /// <remarks>In use until 2024-01-17: became 52730 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Muju { get; } = FromDistrict(45730);

        /// <summary>Jangsu-gun (장수군), 45740.</summary>
        /// <remarks>In use until 2024-01-17: became 52740 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Jangsu { get; } = FromDistrict(45740);

        /// <summary>Imsil-gun (임실군), 45750.</summary>
        /// <remarks>In use until 2024-01-17: became 52750 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Imsil { get; } = FromDistrict(45750);

        /// <summary>Sunchang-gun (순창군), 45770.</summary>
        /// <remarks>In use until 2024-01-17: became 52770 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Sunchang { get; } = FromDistrict(45770);

        /// <summary>Gochang-gun (고창군), 45790.</summary>
        /// <remarks>In use until 2024-01-17: became 52790 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Gochang { get; } = FromDistrict(45790);

        /// <summary>Buan-gun (부안군), 45800.</summary>
        /// <remarks>In use until 2024-01-17: became 52800 (전북특별자치도).</remarks>
        public static AdministrativeDistrictCode Buan { get; } = FromDistrict(45800);
    }
}
