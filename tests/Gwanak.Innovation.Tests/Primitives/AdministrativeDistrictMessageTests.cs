using System;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>What the district codes and the registry say when they refuse: the whole sentence a portal shows or logs.</summary>
public sealed class AdministrativeDistrictMessageTests
{
    private static readonly AdministrativeDistrictRegistry Builtin = AdministrativeDistrictRegistry.Builtin;
    private static readonly LocalizedText GwanakName = LocalizedText.Create("관악구", "Gwanak-gu");
    private static readonly LocalizedText Other = LocalizedText.Create("다른시", "Other-si");

    [Theory]
    [InlineData("11a20", "'11a20' is not an administrative district code: 'a' at position 3 is not a digit.")]
    [InlineData("116201", "'116201' is not an administrative district code: it must have 5 digits (si/gun/gu, e.g. 11620) or 10 digits (legal dong, e.g. 1162010100), but has 6.")]
    [InlineData("00620", "'00620' is not an administrative district code: the city/province part (first two digits) cannot be 00.")]
    public void A_text_that_is_no_code_is_refused_saying_why(string text, string message)
        => Assert.Equal(message, Assert.Throws<FormatException>(() => AdministrativeDistrictCode.Parse(text)).Message);

    [Theory]
    [InlineData("11000", "11620", "< <=")]
    [InlineData("11620", "11620", "<= >=")]
    [InlineData("11620", "11000", "> >=")]
    public void Codes_order_numerically_a_wider_unit_before_the_units_below_it(string left, string right, string holds)
    {
        var (l, r) = (AdministrativeDistrictCode.Parse(left), AdministrativeDistrictCode.Parse(right));
        string actual = string.Join(' ', new[] { ("<", l < r), ("<=", l <= r), (">", l > r), (">=", l >= r) }.Where(x => x.Item2).Select(x => x.Item1));
        Assert.Equal(holds, actual);
    }

    [Fact]
    public void A_parent_in_another_city_or_province_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new AdministrativeDistrict(AdministrativeDistrictCode.Seoul.Gwanak, GwanakName, AdministrativeDistrictCode.Parse("26000")));
        Assert.Equal("parent", e.ParamName);
        Assert.StartsWith("26000 cannot be the parent of 11620: a parent is a wider unit in the same city or province (11000).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_valid_for_one_day_is_accepted_and_one_that_ends_before_it_starts_is_refused()
    {
        var day = new LocalDate(2020, 1, 1);
        Assert.True(new AdministrativeDistrict(AdministrativeDistrictCode.Seoul.Gwanak, GwanakName, null, day, day).IsValidOn(day));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AdministrativeDistrict(AdministrativeDistrictCode.Seoul.Gwanak, GwanakName, null, day.PlusDays(1), day));
        Assert.Equal("validThrough", e.ParamName);
        Assert.StartsWith("The last day 2020-01-01 is before the first day 2020-01-02.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_note_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new AdministrativeDistrict(AdministrativeDistrictCode.Seoul.Gwanak, GwanakName, note: " "));
        Assert.Equal("note", e.ParamName);
        Assert.StartsWith("A note says what happened; leave it null when nothing did.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_before_the_registry_records_is_refused_by_every_dated_question()
    {
        var before = AdministrativeDistrictRegistry.RecordedSince.PlusDays(-1);
        foreach (var e in new[]
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Builtin.GetOn(AdministrativeDistrictCode.Seoul.Gwanak, before)),
            Assert.Throws<ArgumentOutOfRangeException>(() => Builtin.DistrictsOf(AdministrativeDistrictCode.Parse("11000"), before)),
        })
        {
            Assert.Equal("date", e.ParamName);
            Assert.StartsWith("The registry records the districts from 2010-01-01; it cannot say what a code named on 2009-12-31.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DistrictsOf_a_code_that_is_no_city_or_province_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Builtin.DistrictsOf(AdministrativeDistrictCode.Seoul.Gwanak, new LocalDate(2024, 1, 1)));
        Assert.Equal("province", e.ParamName);
        Assert.StartsWith("11620 is not the code of a city or province (시·도) such as 27000.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_registered_again_with_another_name_is_refused_with_both_spans()
    {
        Assert.StartsWith(
            "Code 11620 is registered already as '관악구'; it cannot also be '다른구'.",
            Assert.Throws<ArgumentException>(() => Builtin.With(AdministrativeDistrictCode.Seoul.Gwanak, "다른구", "Other-gu")).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Code 42110 is registered already as '춘천시' (… – 2023-06-10); it cannot also be '다른시' (2023-01-01 – …).",
            Assert.Throws<ArgumentException>(() => Builtin.With(new AdministrativeDistrict(AdministrativeDistrictCode.GangwonDo.Chuncheon, Other, validFrom: new LocalDate(2023, 1, 1)))).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Code 51110 is registered already as '춘천시' (2023-06-11 – …); it cannot also be '다른시' (… – 2023-06-11).",
            Assert.Throws<ArgumentException>(() => Builtin.With(new AdministrativeDistrict(AdministrativeDistrictCode.Gangwon.Chuncheon, Other, validThrough: new LocalDate(2023, 6, 11)))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_that_lists_a_code_twice_on_the_same_days_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => AdministrativeDistrictRegistry.Create(
        [
            new AdministrativeDistrict(AdministrativeDistrictCode.Seoul.Gwanak, GwanakName),
            new AdministrativeDistrict(AdministrativeDistrictCode.Seoul.Gwanak, LocalizedText.Create("다른구", "Other-gu"), validFrom: new LocalDate(2020, 1, 1)),
        ]));
        Assert.Equal("districts", e.ParamName);
        Assert.StartsWith("Code 11620 is listed twice on some of the same days: '관악구' and '다른구' (2020-01-01 – …).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ended_code_without_a_note_says_when_it_ended_and_nothing_more()
    {
        var code = AdministrativeDistrictCode.Parse("11999");
        var registry = Builtin.With(new AdministrativeDistrict(code, LocalizedText.Create("이름없는구", "Unnamed-gu"), validThrough: new LocalDate(2020, 12, 31)));
        Assert.StartsWith(
            "Code 11999 named no district on 2021-06-01: it ended on 2020-12-31, when it named 이름없는구. It named 이름없는구 (… – 2020-12-31).",
            Assert.Throws<ArgumentException>(() => registry.GetOn(code, new LocalDate(2021, 6, 1))).Message,
            StringComparison.Ordinal);
    }
}
