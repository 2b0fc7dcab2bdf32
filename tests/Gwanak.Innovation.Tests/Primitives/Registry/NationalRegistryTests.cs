using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

/// <summary>The national registry of districts: its reach, its dated questions and their refusals.</summary>
public sealed class NationalRegistryTests
{
    private static readonly AdministrativeDistrictRegistry Builtin = AdministrativeDistrictRegistry.Builtin;

    private static readonly string[] Provinces2025 =
        ["11000", "26000", "27000", "28000", "29000", "30000", "31000", "36000", "41000", "43000", "44000", "46000", "47000", "48000", "50000", "51000", "52000"];

    [Fact]
    public void There_were_17_metropolitan_and_provincial_governments_in_2025()
        => Assert.Equal(Provinces2025, Provinces(new LocalDate(2025, 12, 31)));

    [Fact]
    public void There_are_16_since_Jeonnam_and_Gwangju_merged_on_2026_07_01()
        => Assert.Equal(
            ["11000", "12000", "26000", "27000", "28000", "30000", "31000", "36000", "41000", "43000", "44000", "47000", "48000", "50000", "51000", "52000"],
            Provinces(new LocalDate(2026, 7, 1)));

    [Theory]
    [InlineData("11000", 25)]
    [InlineData("26000", 16)]
    [InlineData("27000", 9)]
    [InlineData("41000", 55)]
    [InlineData("51000", 18)]
    [InlineData("52000", 16)]
    public void A_province_has_its_districts_on_a_day(string province, int count)
        => Assert.Equal(count, Builtin.DistrictsOf(AdministrativeDistrictCode.Parse(province), new LocalDate(2026, 12, 1)).Count);

    [Fact]
    public void Every_named_member_is_a_registered_code_of_its_class()
        => Assert.All(NamedMembers(), m => Assert.True(Builtin.TryGet(m.Code, out _), m.Name));

    [Fact]
    public void Suwon_Jangan_gu_is_a_general_district_of_Suwon()
    {
        var jangan = Builtin.Get(AdministrativeDistrictCode.Gyeonggi.SuwonJangan);
        Assert.Equal(("장안구", "Jangan-gu", AdministrativeDistrictCode.Gyeonggi.Suwon), (jangan.Name.Korean, jangan.Name.English, jangan.Parent));
    }

    [Theory]
    [InlineData("수원시 장안구")]
    [InlineData("Suwon-si Jangan-gu")]
    [InlineData("장안구")]
    public void A_general_district_is_found_by_its_name_with_or_without_its_city(string name)
        => Assert.Equal([AdministrativeDistrictCode.Gyeonggi.SuwonJangan], Builtin.FindByName(name, new LocalDate(2026, 12, 1)).Select(d => d.Code));

    [Fact]
    public void Get_gives_the_last_district_a_code_named_with_its_end()
    {
        var chuncheon = Builtin.Get(AdministrativeDistrictCode.GangwonDo.Chuncheon);
        Assert.Equal(("춘천시", new LocalDate(2023, 6, 10)), (chuncheon.Name.Korean, chuncheon.ValidThrough));
    }

    [Fact]
    public void An_ended_code_asked_after_its_end_says_when_it_ended_and_what_became_of_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Builtin.GetOn(AdministrativeDistrictCode.GangwonDo.Chuncheon, new LocalDate(2024, 1, 1)));
        Assert.Equal("date", e.ParamName);
        Assert.StartsWith(
            "Code 42110 named no district on 2024-01-01: it ended on 2023-06-10, when it named 춘천시 (became 51110 (강원특별자치도)). It named 춘천시 (… – 2023-06-10).",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_code_asked_before_its_start_says_when_it_starts()
    {
        var e = Assert.Throws<ArgumentException>(() => Builtin.GetOn(AdministrativeDistrictCode.Gangwon.Chuncheon, new LocalDate(2023, 6, 10)));
        Assert.Equal("date", e.ParamName);
        Assert.StartsWith("Code 51110 named no district on 2023-06-10: it is in use from 2023-06-11. It named 춘천시 (2023-06-11 – …).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_before_the_record_begins_is_refused_naming_the_date()
        => Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => Builtin.GetOn(AdministrativeDistrictCode.Seoul.Gwanak, new LocalDate(2009, 12, 31))).ParamName);

    [Fact]
    public void TryGetOn_answers_false_before_the_record_begins()
        => Assert.False(Builtin.TryGetOn(AdministrativeDistrictCode.Seoul.Gwanak, new LocalDate(2009, 12, 31), out _));

    [Fact]
    public void The_first_day_the_registry_records_is_answered()
        => Assert.Equal("관악구", Builtin.GetOn(AdministrativeDistrictCode.Seoul.Gwanak, AdministrativeDistrictRegistry.RecordedSince).Name.Korean);

    [Fact]
    public void FindByName_before_the_record_begins_is_refused_naming_the_date()
        => Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => Builtin.FindByName("관악구", new LocalDate(2009, 12, 31))).ParamName);

    [Fact]
    public void DistrictsOf_a_district_code_is_refused_naming_the_province()
        => Assert.Equal("province", Assert.Throws<ArgumentException>(() => Builtin.DistrictsOf(AdministrativeDistrictCode.Seoul.Gwanak, new LocalDate(2026, 1, 1))).ParamName);

    [Fact]
    public void GetOn_of_the_default_code_is_an_argument_error_naming_the_code()
        => Assert.Equal("code", Assert.Throws<ArgumentException>(() => Builtin.GetOn(default, new LocalDate(2026, 1, 1))).ParamName);

    [Fact]
    public void Registering_a_code_for_days_it_named_another_district_is_refused()
    {
        var clash = new AdministrativeDistrict(AdministrativeDistrictCode.Chungbuk.CheongjuSeowon, LocalizedText.Create("다른구", "Other-gu"), validFrom: new LocalDate(2014, 6, 1), validThrough: new LocalDate(2014, 6, 30));
        Assert.Equal("district", Assert.Throws<ArgumentException>(() => Builtin.With(clash)).ParamName);
    }

    [Fact]
    public void A_district_whose_end_is_before_its_start_is_refused_naming_the_end()
        => Assert.Equal("validThrough", Assert.Throws<ArgumentOutOfRangeException>(() => new AdministrativeDistrict(
            AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("관악구", "Gwanak-gu"), validFrom: new LocalDate(2020, 1, 2), validThrough: new LocalDate(2020, 1, 1))).ParamName);

    [Fact]
    public void A_parent_in_another_province_is_refused_naming_the_parent()
        => Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new AdministrativeDistrict(
            AdministrativeDistrictCode.Daegu.Gunwi, LocalizedText.Create("군위군", "Gunwi-gun"), AdministrativeDistrictCode.Gyeongbuk.Province)).ParamName);

    [Fact]
    public void Every_ended_or_new_code_says_what_happened()
        => Assert.All(Builtin.Districts.Where(d => d.Code.Level <= AdministrativeLevel.District && (d.ValidFrom is not null || d.ValidThrough is not null)),
            d => Assert.False(string.IsNullOrWhiteSpace(d.Note), d.Code.ToString()));

    private static string[] Provinces(LocalDate date)
        => [.. Builtin.Districts.Where(d => d.Code.Level == AdministrativeLevel.CityOrProvince && d.IsValidOn(date)).Select(d => d.Code.ToString())];

    internal static IEnumerable<(string Name, AdministrativeDistrictCode Code)> NamedMembers()
        => typeof(AdministrativeDistrictCode).GetNestedTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(AdministrativeDistrictCode)).Select(p => (t.Name + "." + p.Name, (AdministrativeDistrictCode)p.GetValue(null)!)));
}
