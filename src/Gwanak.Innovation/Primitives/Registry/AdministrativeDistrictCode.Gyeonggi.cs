// Generated from districts.tsv by NamedCodeGenerator (tests/Gwanak.Innovation.Tests/Primitives/Registry): do not edit by hand;
// change districts.tsv and run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests`.
namespace Gwanak.Innovation.Primitives;

/// <content>The named codes of Gyeonggi-do (경기도, 41).</content>
public readonly partial struct AdministrativeDistrictCode
{
    /// <summary>Gyeonggi-do (경기도, 41) and its districts, as named codes.</summary>
    /// <remarks>Source: 법정동코드 (행정표준코드관리시스템), through districts.tsv; <see cref="AdministrativeDistrictRegistry.Builtin"/> has the names and the days of every code.</remarks>
    public static class Gyeonggi
    {
        /// <summary>Gyeonggi-do (경기도), 41000.</summary>
        public static AdministrativeDistrictCode Province { get; } = FromDistrict(41000);

        /// <summary>Suwon-si (수원시), 41110.</summary>
        public static AdministrativeDistrictCode Suwon { get; } = FromDistrict(41110);

        /// <summary>Jangan-gu, Suwon-si (수원시 장안구), 41111.</summary>
        public static AdministrativeDistrictCode SuwonJangan { get; } = FromDistrict(41111);

        /// <summary>Gwonseon-gu, Suwon-si (수원시 권선구), 41113.</summary>
        public static AdministrativeDistrictCode SuwonGwonseon { get; } = FromDistrict(41113);

        /// <summary>Paldal-gu, Suwon-si (수원시 팔달구), 41115.</summary>
        public static AdministrativeDistrictCode SuwonPaldal { get; } = FromDistrict(41115);

        /// <summary>Yeongtong-gu, Suwon-si (수원시 영통구), 41117.</summary>
        public static AdministrativeDistrictCode SuwonYeongtong { get; } = FromDistrict(41117);

        /// <summary>Seongnam-si (성남시), 41130.</summary>
        public static AdministrativeDistrictCode Seongnam { get; } = FromDistrict(41130);

        /// <summary>Sujeong-gu, Seongnam-si (성남시 수정구), 41131.</summary>
        public static AdministrativeDistrictCode SeongnamSujeong { get; } = FromDistrict(41131);

        /// <summary>Jungwon-gu, Seongnam-si (성남시 중원구), 41133.</summary>
        public static AdministrativeDistrictCode SeongnamJungwon { get; } = FromDistrict(41133);

        /// <summary>Bundang-gu, Seongnam-si (성남시 분당구), 41135.</summary>
        public static AdministrativeDistrictCode SeongnamBundang { get; } = FromDistrict(41135);

        /// <summary>Uijeongbu-si (의정부시), 41150.</summary>
        public static AdministrativeDistrictCode Uijeongbu { get; } = FromDistrict(41150);

        /// <summary>Anyang-si (안양시), 41170.</summary>
        public static AdministrativeDistrictCode Anyang { get; } = FromDistrict(41170);

        /// <summary>Manan-gu, Anyang-si (안양시 만안구), 41171.</summary>
        public static AdministrativeDistrictCode AnyangManan { get; } = FromDistrict(41171);

        /// <summary>Dongan-gu, Anyang-si (안양시 동안구), 41173.</summary>
        public static AdministrativeDistrictCode AnyangDongan { get; } = FromDistrict(41173);

        /// <summary>Bucheon-si (부천시), 41190.</summary>
        public static AdministrativeDistrictCode Bucheon { get; } = FromDistrict(41190);

        /// <summary>Wonmi-gu, Bucheon-si (부천시 원미구), 41192.</summary>
        /// <remarks>In use from 2024-01-01: 일반구 restored after their abolition on 2016-07-04.</remarks>
        public static AdministrativeDistrictCode BucheonWonmi { get; } = FromDistrict(41192);

        /// <summary>Sosa-gu, Bucheon-si (부천시 소사구), 41194.</summary>
        /// <remarks>In use from 2024-01-01: 일반구 restored after their abolition on 2016-07-04.</remarks>
        public static AdministrativeDistrictCode BucheonSosa { get; } = FromDistrict(41194);

        /// <summary>Wonmi-gu, Bucheon-si (부천시 원미구), 41195.</summary>
        /// <remarks>In use until 2016-07-03: abolished on 2016-07-04 with Bucheon's other 일반구; restored as 41192 from 2024-01-01.</remarks>
        public static AdministrativeDistrictCode BucheonWonmiUntil2016 { get; } = FromDistrict(41195);

        /// <summary>Ojeong-gu, Bucheon-si (부천시 오정구), 41196.</summary>
        /// <remarks>In use from 2024-01-01: 일반구 restored after their abolition on 2016-07-04.</remarks>
        public static AdministrativeDistrictCode BucheonOjeong { get; } = FromDistrict(41196);

        /// <summary>Sosa-gu, Bucheon-si (부천시 소사구), 41197.</summary>
        /// <remarks>In use until 2016-07-03: abolished on 2016-07-04 with Bucheon's other 일반구; restored as 41194 from 2024-01-01.</remarks>
        public static AdministrativeDistrictCode BucheonSosaUntil2016 { get; } = FromDistrict(41197);

        /// <summary>Ojeong-gu, Bucheon-si (부천시 오정구), 41199.</summary>
        /// <remarks>In use until 2016-07-03: abolished on 2016-07-04 with Bucheon's other 일반구; restored as 41196 from 2024-01-01.</remarks>
        public static AdministrativeDistrictCode BucheonOjeongUntil2016 { get; } = FromDistrict(41199);

        /// <summary>Gwangmyeong-si (광명시), 41210.</summary>
        public static AdministrativeDistrictCode Gwangmyeong { get; } = FromDistrict(41210);

        /// <summary>Pyeongtaek-si (평택시), 41220.</summary>
        public static AdministrativeDistrictCode Pyeongtaek { get; } = FromDistrict(41220);

        /// <summary>Dongducheon-si (동두천시), 41250.</summary>
        public static AdministrativeDistrictCode Dongducheon { get; } = FromDistrict(41250);

        /// <summary>Ansan-si (안산시), 41270.</summary>
        public static AdministrativeDistrictCode Ansan { get; } = FromDistrict(41270);

        /// <summary>Sangnok-gu, Ansan-si (안산시 상록구), 41271.</summary>
        public static AdministrativeDistrictCode AnsanSangnok { get; } = FromDistrict(41271);

        /// <summary>Danwon-gu, Ansan-si (안산시 단원구), 41273.</summary>
        public static AdministrativeDistrictCode AnsanDanwon { get; } = FromDistrict(41273);

        /// <summary>Goyang-si (고양시), 41280.</summary>
        public static AdministrativeDistrictCode Goyang { get; } = FromDistrict(41280);

        /// <summary>Deogyang-gu, Goyang-si (고양시 덕양구), 41281.</summary>
        public static AdministrativeDistrictCode GoyangDeogyang { get; } = FromDistrict(41281);

        /// <summary>Ilsandong-gu, Goyang-si (고양시 일산동구), 41285.</summary>
        public static AdministrativeDistrictCode GoyangIlsandong { get; } = FromDistrict(41285);

        /// <summary>Ilsanseo-gu, Goyang-si (고양시 일산서구), 41287.</summary>
        public static AdministrativeDistrictCode GoyangIlsanseo { get; } = FromDistrict(41287);

        /// <summary>Gwacheon-si (과천시), 41290.</summary>
        public static AdministrativeDistrictCode Gwacheon { get; } = FromDistrict(41290);

        /// <summary>Guri-si (구리시), 41310.</summary>
        public static AdministrativeDistrictCode Guri { get; } = FromDistrict(41310);

        /// <summary>Namyangju-si (남양주시), 41360.</summary>
        public static AdministrativeDistrictCode Namyangju { get; } = FromDistrict(41360);

        /// <summary>Osan-si (오산시), 41370.</summary>
        public static AdministrativeDistrictCode Osan { get; } = FromDistrict(41370);

        /// <summary>Siheung-si (시흥시), 41390.</summary>
        public static AdministrativeDistrictCode Siheung { get; } = FromDistrict(41390);

        /// <summary>Gunpo-si (군포시), 41410.</summary>
        public static AdministrativeDistrictCode Gunpo { get; } = FromDistrict(41410);

        /// <summary>Uiwang-si (의왕시), 41430.</summary>
        public static AdministrativeDistrictCode Uiwang { get; } = FromDistrict(41430);

        /// <summary>Hanam-si (하남시), 41450.</summary>
        public static AdministrativeDistrictCode Hanam { get; } = FromDistrict(41450);

        /// <summary>Yongin-si (용인시), 41460.</summary>
        public static AdministrativeDistrictCode Yongin { get; } = FromDistrict(41460);

        /// <summary>Cheoin-gu, Yongin-si (용인시 처인구), 41461.</summary>
        public static AdministrativeDistrictCode YonginCheoin { get; } = FromDistrict(41461);

        /// <summary>Giheung-gu, Yongin-si (용인시 기흥구), 41463.</summary>
        public static AdministrativeDistrictCode YonginGiheung { get; } = FromDistrict(41463);

        /// <summary>Suji-gu, Yongin-si (용인시 수지구), 41465.</summary>
        public static AdministrativeDistrictCode YonginSuji { get; } = FromDistrict(41465);

        /// <summary>Paju-si (파주시), 41480.</summary>
        public static AdministrativeDistrictCode Paju { get; } = FromDistrict(41480);

        /// <summary>Icheon-si (이천시), 41500.</summary>
        public static AdministrativeDistrictCode Icheon { get; } = FromDistrict(41500);

        /// <summary>Anseong-si (안성시), 41550.</summary>
        public static AdministrativeDistrictCode Anseong { get; } = FromDistrict(41550);

        /// <summary>Gimpo-si (김포시), 41570.</summary>
        public static AdministrativeDistrictCode Gimpo { get; } = FromDistrict(41570);

        /// <summary>Hwaseong-si (화성시), 41590.</summary>
        public static AdministrativeDistrictCode Hwaseong { get; } = FromDistrict(41590);

        /// <summary>Manse-gu, Hwaseong-si (화성시 만세구), 41591.</summary>
        /// <remarks>In use from 2026-02-01: one of the four 일반구 of 화성시 established on 2026-02-01.</remarks>
        public static AdministrativeDistrictCode HwaseongManse { get; } = FromDistrict(41591);

        /// <summary>Hyohaeng-gu, Hwaseong-si (화성시 효행구), 41593.</summary>
        /// <remarks>In use from 2026-02-01: one of the four 일반구 of 화성시 established on 2026-02-01.</remarks>
        public static AdministrativeDistrictCode HwaseongHyohaeng { get; } = FromDistrict(41593);

        /// <summary>Byeongjeom-gu, Hwaseong-si (화성시 병점구), 41595.</summary>
        /// <remarks>In use from 2026-02-01: one of the four 일반구 of 화성시 established on 2026-02-01.</remarks>
        public static AdministrativeDistrictCode HwaseongByeongjeom { get; } = FromDistrict(41595);

        /// <summary>Dongtan-gu, Hwaseong-si (화성시 동탄구), 41597.</summary>
        /// <remarks>In use from 2026-02-01: one of the four 일반구 of 화성시 established on 2026-02-01.</remarks>
        public static AdministrativeDistrictCode HwaseongDongtan { get; } = FromDistrict(41597);

        /// <summary>Gwangju-si (광주시), 41610.</summary>
        public static AdministrativeDistrictCode Gwangju { get; } = FromDistrict(41610);

        /// <summary>Yangju-si (양주시), 41630.</summary>
        public static AdministrativeDistrictCode Yangju { get; } = FromDistrict(41630);

        /// <summary>Pocheon-si (포천시), 41650.</summary>
        public static AdministrativeDistrictCode Pocheon { get; } = FromDistrict(41650);

        /// <summary>Yeoju-si (여주시), 41670.</summary>
        /// <remarks>In use from 2013-09-23: 여주군 (41730) became a city; 경기도 여주시 설치에 관한 법률.</remarks>
        public static AdministrativeDistrictCode Yeoju { get; } = FromDistrict(41670);

        /// <summary>Yeoju-gun (여주군), 41730.</summary>
        /// <remarks>In use until 2013-09-22: became 여주시 (41670).</remarks>
        public static AdministrativeDistrictCode YeojuGun { get; } = FromDistrict(41730);

        /// <summary>Yeoncheon-gun (연천군), 41800.</summary>
        public static AdministrativeDistrictCode Yeoncheon { get; } = FromDistrict(41800);

        /// <summary>Gapyeong-gun (가평군), 41820.</summary>
        public static AdministrativeDistrictCode Gapyeong { get; } = FromDistrict(41820);

        /// <summary>Yangpyeong-gun (양평군), 41830.</summary>
        public static AdministrativeDistrictCode Yangpyeong { get; } = FromDistrict(41830);
    }
}
