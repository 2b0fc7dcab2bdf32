using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

/// <summary>Each reorganisation since 2010 on its boundary days: the last day of the old code and the first of the new.</summary>
public sealed class ReorganisationTests
{
    private static readonly AdministrativeDistrictRegistry Builtin = AdministrativeDistrictRegistry.Builtin;

    [Theory]
    [InlineData("48160", "2010-06-30", true)]  // 마산시, merged into Changwon
    [InlineData("48160", "2010-07-01", false)]
    [InlineData("48125", "2010-06-30", false)] // 창원시 마산합포구
    [InlineData("48125", "2010-07-01", true)]
    [InlineData("44830", "2011-12-31", true)]  // 당진군 → 당진시
    [InlineData("44270", "2011-12-31", false)]
    [InlineData("44270", "2012-01-01", true)]
    [InlineData("44830", "2012-01-01", false)]
    [InlineData("44730", "2012-06-30", true)]  // 연기군 → 세종특별자치시
    [InlineData("36110", "2012-06-30", false)]
    [InlineData("36000", "2012-07-01", true)]
    [InlineData("44730", "2012-07-01", false)]
    [InlineData("41730", "2013-09-22", true)]  // 여주군 → 여주시
    [InlineData("41670", "2013-09-23", true)]
    [InlineData("41730", "2013-09-23", false)]
    [InlineData("43710", "2014-06-30", true)]  // 청원군 merged into Cheongju
    [InlineData("43114", "2014-06-30", false)]
    [InlineData("43114", "2014-07-01", true)]
    [InlineData("43710", "2014-07-01", false)]
    [InlineData("41195", "2016-07-03", true)]  // Bucheon's 일반구 abolished
    [InlineData("41195", "2016-07-04", false)]
    [InlineData("41192", "2023-12-31", false)] // … and restored under new codes
    [InlineData("41192", "2024-01-01", true)]
    [InlineData("28170", "2018-06-30", true)]  // 남구 → 미추홀구
    [InlineData("28177", "2018-07-01", true)]
    [InlineData("28170", "2018-07-01", false)]
    [InlineData("42110", "2023-06-10", true)]  // 강원도 → 강원특별자치도
    [InlineData("51110", "2023-06-10", false)]
    [InlineData("51110", "2023-06-11", true)]
    [InlineData("42000", "2023-06-11", false)]
    [InlineData("47720", "2023-06-30", true)]  // 군위군 to Daegu
    [InlineData("27720", "2023-06-30", false)]
    [InlineData("27720", "2023-07-01", true)]
    [InlineData("47720", "2023-07-01", false)]
    [InlineData("45111", "2024-01-17", true)]  // 전라북도 → 전북특별자치도
    [InlineData("52111", "2024-01-17", false)]
    [InlineData("52111", "2024-01-18", true)]
    [InlineData("45000", "2024-01-18", false)]
    [InlineData("41591", "2026-01-31", false)] // 화성시's 일반구
    [InlineData("41591", "2026-02-01", true)]
    [InlineData("28110", "2026-06-30", true)]  // Incheon's new districts
    [InlineData("28125", "2026-06-30", false)]
    [InlineData("28125", "2026-07-01", true)]
    [InlineData("28155", "2026-07-01", true)]
    [InlineData("28275", "2026-07-01", true)]
    [InlineData("28290", "2026-07-01", true)]
    [InlineData("28110", "2026-07-01", false)]
    [InlineData("28140", "2026-07-01", false)]
    [InlineData("28260", "2026-07-01", false)]
    [InlineData("29000", "2026-06-30", true)]  // 전남광주통합특별시
    [InlineData("46110", "2026-06-30", true)]
    [InlineData("12110", "2026-06-30", false)]
    [InlineData("12000", "2026-07-01", true)]
    [InlineData("12210", "2026-07-01", true)]
    [InlineData("29110", "2026-07-01", false)]
    [InlineData("46000", "2026-07-01", false)]
    public void A_code_is_in_use_from_its_first_day_through_its_last(string code, string date, bool inUse)
        => Assert.Equal(inUse, Builtin.TryGetOn(AdministrativeDistrictCode.Parse(code), LocalDatePatternIso(date), out _));

    [Fact]
    public void Cheongju_43112_was_Heungdeok_gu_through_2014_06_30()
        => Assert.Equal("흥덕구", Builtin.GetOn(AdministrativeDistrictCode.Chungbuk.CheongjuSeowon, new LocalDate(2014, 6, 30)).Name.Korean);

    [Fact]
    public void Cheongju_43112_is_Seowon_gu_from_2014_07_01()
        => Assert.Equal("서원구", Builtin.GetOn(AdministrativeDistrictCode.Chungbuk.CheongjuSeowon, new LocalDate(2014, 7, 1)).Name.Korean);

    [Fact]
    public void Gunwi_gun_is_a_county_of_Gyeongbuk_through_2023_06_30()
        => Assert.Equal([AdministrativeDistrictCode.Gyeongbuk.Gunwi], Builtin.FindByName("군위군", new LocalDate(2023, 6, 30)).Select(d => d.Code));

    [Fact]
    public void Gunwi_gun_is_a_county_of_Daegu_from_2023_07_01()
        => Assert.Equal([AdministrativeDistrictCode.Daegu.Gunwi], Builtin.FindByName("Gunwi-gun", new LocalDate(2023, 7, 1)).Select(d => d.Code));

    [Fact]
    public void Daegu_gains_Gunwi_gun_on_2023_07_01()
        => Assert.Equal(
            (8, 9),
            (Builtin.DistrictsOf(AdministrativeDistrictCode.Daegu.City, new LocalDate(2023, 6, 30)).Count, Builtin.DistrictsOf(AdministrativeDistrictCode.Daegu.City, new LocalDate(2023, 7, 1)).Count));

    [Fact]
    public void Sejong_has_no_districts_before_2012_07_01()
        => Assert.Empty(Builtin.DistrictsOf(AdministrativeDistrictCode.Sejong.City, new LocalDate(2012, 6, 30)));

    [Fact]
    public void Hwaseong_si_keeps_its_code_over_its_new_general_districts()
        => Assert.Equal(
            ["41590", "41591", "41593", "41595", "41597"],
            Builtin.DistrictsOf(AdministrativeDistrictCode.Gyeonggi.Province, new LocalDate(2026, 2, 1)).Where(d => d.Code.ToString().StartsWith("4159", System.StringComparison.Ordinal)).Select(d => d.Code.ToString()));

    private static LocalDate LocalDatePatternIso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
