// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Incheon (인천광역시, 28).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Incheon (인천광역시, 28) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Incheon
    {
        /// <summary>Incheon (인천광역시), 28000.</summary>
        public static AdministrativeDistrictCode City { get; } = FromDistrict(28000);

        /// <summary>Jung-gu (중구), 28110.</summary>
        /// <remarks>In use until 2026-06-30: split: inland part and 동구 became 제물포구 (28125), 영종도 and 용유도 became 영종구 (28155); 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Jung { get; } = FromDistrict(28110);

        /// <summary>Jemulpo-gu (제물포구), 28125.</summary>
        /// <remarks>In use from 2026-07-01: from the inland part of 중구 (28110) and the whole of 동구 (28140); 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Jemulpo { get; } = FromDistrict(28125);

        /// <summary>Dong-gu (동구), 28140.</summary>
        /// <remarks>In use until 2026-06-30: merged into 제물포구 (28125); 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Dong { get; } = FromDistrict(28140);

        /// <summary>Yeongjong-gu (영종구), 28155.</summary>
        /// <remarks>In use from 2026-07-01: from 영종도 and 용유도 of 중구 (28110); 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Yeongjong { get; } = FromDistrict(28155);

        /// <summary>Nam-gu (남구), 28170.</summary>
        /// <remarks>In use until 2018-06-30: renamed 미추홀구 (28177).</remarks>
        public static AdministrativeDistrictCode Nam { get; } = FromDistrict(28170);

        /// <summary>Michuhol-gu (미추홀구), 28177.</summary>
        /// <remarks>In use from 2018-07-01: renamed from 남구 (28170).</remarks>
        public static AdministrativeDistrictCode Michuhol { get; } = FromDistrict(28177);

        /// <summary>Yeonsu-gu (연수구), 28185.</summary>
        public static AdministrativeDistrictCode Yeonsu { get; } = FromDistrict(28185);

        /// <summary>Namdong-gu (남동구), 28200.</summary>
        public static AdministrativeDistrictCode Namdong { get; } = FromDistrict(28200);

        /// <summary>Bupyeong-gu (부평구), 28237.</summary>
        public static AdministrativeDistrictCode Bupyeong { get; } = FromDistrict(28237);

        /// <summary>Gyeyang-gu (계양구), 28245.</summary>
        public static AdministrativeDistrictCode Gyeyang { get; } = FromDistrict(28245);

        /// <summary>Seo-gu (서구), 28260.</summary>
        /// <remarks>In use until 2026-06-30: split: south of the 경인아라뱃길 became 서해구 (28275), north of it 검단구 (28290); 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Seo { get; } = FromDistrict(28260);

        /// <summary>Seohae-gu (서해구), 28275.</summary>
        /// <remarks>In use from 2026-07-01: the part of 서구 (28260) south of the 경인아라뱃길, renamed; 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Seohae { get; } = FromDistrict(28275);

        /// <summary>Geomdan-gu (검단구), 28290.</summary>
        /// <remarks>In use from 2026-07-01: the part of 서구 (28260) north of the 경인아라뱃길; 인천광역시 제물포구·영종구 및 검단구 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Geomdan { get; } = FromDistrict(28290);

        /// <summary>Ganghwa-gun (강화군), 28710.</summary>
        public static AdministrativeDistrictCode Ganghwa { get; } = FromDistrict(28710);

        /// <summary>Ongjin-gun (옹진군), 28720.</summary>
        public static AdministrativeDistrictCode Ongjin { get; } = FromDistrict(28720);
    }
}
