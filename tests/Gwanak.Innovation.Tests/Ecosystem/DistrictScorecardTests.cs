using System;
using System.Linq;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class DistrictScorecardTests
{
    private const string Article = "Press article \"한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다\", 2023-08-23";
    private const string DesignationPress = "Press at designation, 2022-01-10";
    private static readonly LocalizedText Gwanak = LocalizedText.Create("관악구", "Gwanak-gu");

    private static IndicatorValue[] Gwanak2023Values() =>
    [
        new(Indicator.StartupFacilities, new LocalDate(2022, 1, 10), 13m, DesignationPress),
        new(Indicator.VentureCompaniesInZone, new LocalDate(2022, 1, 10), 112m, DesignationPress),
        new(Indicator.ZoneArea, new LocalDate(2022, 1, 10), 0.67m, DesignationPress),
        new(Indicator.StartupFacilities, new LocalDate(2023, 8, 23), 16m, Article),
        new(Indicator.YouthPopulationShare, new LocalDate(2023, 8, 23), 41m, Article),
        new(Indicator.CampusTownSelections, new LocalDate(2023, 8, 23), 2m, Article),
    ];

    [Fact]
    public void The_2023_scorecard_shows_16_facilities()
        => Assert.Equal(16m, DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), Gwanak2023Values()).ValueOf(Indicator.StartupFacilities)!.Value);

    [Fact]
    public void The_scorecard_at_designation_shows_13_facilities()
        => Assert.Equal(13m, DistrictScorecard.On(Gwanak, new LocalDate(2022, 1, 10), Gwanak2023Values()).ValueOf(Indicator.StartupFacilities)!.Value);

    [Fact]
    public void The_youth_share_of_41_percent_is_an_economic_asset()
    {
        var card = DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), Gwanak2023Values());
        Assert.Contains(card.Lines[InnovationAssetCategory.Economic], v => v.Indicator == Indicator.YouthPopulationShare && v.Value == 41m);
    }

    [Fact]
    public void Startup_facilities_count_with_the_economic_assets_as_Brookings_innovation_cultivators()
    {
        var card = DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), Gwanak2023Values());
        Assert.Contains(card.Lines[InnovationAssetCategory.Economic], v => v.Indicator == Indicator.StartupFacilities);
    }

    [Fact]
    public void A_value_recorded_after_the_day_is_left_out()
        => Assert.Null(DistrictScorecard.On(Gwanak, new LocalDate(2022, 1, 10), Gwanak2023Values()).ValueOf(Indicator.YouthPopulationShare));

    [Fact]
    public void Every_category_is_present_even_when_empty()
        => Assert.Equal(3, DistrictScorecard.On(Gwanak, new LocalDate(2020, 1, 1), Gwanak2023Values()).Lines.Count(l => l.Value.IsEmpty));

    [Fact]
    public void Two_values_of_one_indicator_on_one_day_are_refused_with_IND_001()
    {
        IndicatorValue[] values = [.. Gwanak2023Values(), new(Indicator.StartupFacilities, new LocalDate(2023, 8, 23), 15m, "another count")];
        Assert.Equal(IndicatorRules.ConflictingValues, Assert.Throws<DomainRuleException>(() => DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), values)).RuleId);
    }

    [Fact]
    public void One_code_with_two_definitions_is_refused_with_IND_002()
    {
        var other = new Indicator("startup-facilities", LocalizedText.Create("시설", "Facilities"), "m²", InnovationAssetCategory.Physical);
        IndicatorValue[] values = [.. Gwanak2023Values(), new(other, new LocalDate(2023, 1, 1), 5_000m, "survey")];
        Assert.Equal(IndicatorRules.CodeDefinedTwice, Assert.Throws<DomainRuleException>(() => DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), values)).RuleId);
    }

    [Fact]
    public void The_scorecard_matches_its_snapshot()
        => Snapshooter.Xunit3.Snapshot.Match(DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), Gwanak2023Values()).ToText().Split('\n'));

    [Fact]
    public void A_scorecard_without_the_districts_name_is_refused_naming_it()
        => Assert.Equal("district", Assert.Throws<ArgumentNullException>(() => DistrictScorecard.On(null!, new LocalDate(2023, 8, 23), Gwanak2023Values())).ParamName);

    [Fact]
    public void Asking_the_scorecard_for_no_indicator_is_refused_naming_it()
        => Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), Gwanak2023Values()).ValueOf(null!)).ParamName);

    [Fact]
    public void The_refusal_of_two_values_on_one_day_lists_each_value_with_its_source()
    {
        IndicatorValue[] values = [.. Gwanak2023Values(), new(Indicator.StartupFacilities, new LocalDate(2023, 8, 23), 15m, "another count")];
        Assert.Equal(
            $"The indicator startup-facilities has different values on 2023-08-23 (16 from {Article}, 15 from another count); a day has one value per indicator.",
            Assert.Throws<DomainRuleException>(() => DistrictScorecard.On(Gwanak, new LocalDate(2023, 8, 23), values)).Message);
    }

    [Fact]
    public void A_scorecard_before_the_first_value_says_so_under_every_category()
        => Assert.Equal(
            "관악구 / Gwanak-gu — innovation district scorecard, 2020-01-01\nEconomic assets\n  (no values)\nPhysical assets\n  (no values)\nNetworking assets\n  (no values)",
            DistrictScorecard.On(Gwanak, new LocalDate(2020, 1, 1), Gwanak2023Values()).ToText());
}
