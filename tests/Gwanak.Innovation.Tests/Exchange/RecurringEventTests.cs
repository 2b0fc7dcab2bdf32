using System;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class RecurringEventTests
{
    private static readonly OrganizationId Foundation = new("overseas-koreans-foundation");

    /// <summary>The World Korean Business Convention, every October (seed); the first year 2002 is given for illustration.</summary>
    private static RecurringEvent Convention()
        => RecurringEvent.Create(LocalizedText.Create("세계한상대회", "World Korean Business Convention"), Foundation, RecurrenceRule.EveryYearIn(10), 2002);

    [Fact]
    public void The_next_convention_after_the_article_is_October_2023()
        => Assert.Equal(DateRange.Parse("2023-10-01/2023-10-31"), Convention().NextAfter(new LocalDate(2023, 8, 23)));

    [Fact]
    public void Announced_days_replace_the_month_for_that_year()
    {
        var convention = Convention().WithAnnouncedDays(DateRange.Parse("2023-10-11/2023-10-13"));
        Assert.Equal(DateRange.Parse("2023-10-11/2023-10-13"), convention.NextAfter(new LocalDate(2023, 8, 23)));
    }

    [Fact]
    public void The_next_occurrence_begins_after_the_day_asked()
    {
        var convention = Convention().WithAnnouncedDays(DateRange.Parse("2023-10-11/2023-10-13"));
        Assert.Equal(new LocalDate(2024, 10, 1), convention.NextAfter(new LocalDate(2023, 10, 11)).Start);
    }

    [Fact]
    public void Occurrences_in_a_range_are_those_sharing_a_day_with_it()
        => Assert.Equal([2023, 2024, 2025], Convention().OccurrencesIn(DateRange.Parse("2023-10-31/2025-10-01")).Select(d => d.Start.Year));

    [Fact]
    public void No_occurrence_before_the_first_edition()
        => Assert.Empty(Convention().OccurrencesIn(DateRange.Parse("1999-01-01/2001-12-31")));

    [Fact]
    public void Occurrences_in_an_open_range_are_refused()
        => Assert.Equal("range", Assert.Throws<ArgumentException>(() => Convention().OccurrencesIn(DateRange.Parse("2023-01-01/.."))).ParamName);

    [Fact]
    public void Announced_days_outside_October_are_refused()
        => Assert.Equal(RecurringEventRules.AnnouncedOutsideRule, Assert.Throws<DomainRuleException>(() => Convention().WithAnnouncedDays(DateRange.Parse("2023-11-01/2023-11-03"))).RuleId);

    [Fact]
    public void Announced_days_before_the_first_edition_are_refused()
        => Assert.Equal(RecurringEventRules.AnnouncedBeforeFirstEdition, Assert.Throws<DomainRuleException>(() => Convention().WithAnnouncedDays(DateRange.Parse("2001-10-01/2001-10-03"))).RuleId);

    [Theory]
    [InlineData("ko", "세계한상대회: 매년 10월 (2002년부터)")]
    [InlineData("en", "World Korean Business Convention: every year in October (since 2002)")]
    public void The_rule_is_stated_in_words(string culture, string expected)
        => Assert.Equal(expected, Convention().Describe(culture));

    [Fact]
    public void The_second_tuesday_of_October_2023_is_the_tenth()
        => Assert.Equal(new LocalDate(2023, 10, 10), RecurrenceRule.EveryYearOnNth(10, 2, IsoDayOfWeek.Tuesday).OccurrenceIn(2023).Start);

    [Fact]
    public void The_last_friday_of_October_2023_is_the_twenty_seventh()
        => Assert.Equal(new LocalDate(2023, 10, 27), RecurrenceRule.EveryYearOnNth(10, -1, IsoDayOfWeek.Friday).OccurrenceIn(2023).Start);

    [Theory]
    [InlineData("ko", "매년 10월 둘째 화요일")]
    [InlineData("en", "every year on the second Tuesday of October")]
    public void An_nth_weekday_rule_is_stated_in_words(string culture, string expected)
        => Assert.Equal(expected, RecurrenceRule.EveryYearOnNth(10, 2, IsoDayOfWeek.Tuesday).Describe(culture));

    [Fact]
    public void A_fixed_day_rule_is_stated_in_words()
        => Assert.Equal(("매년 7월 24일", "every year on July 24"), (RecurrenceRule.EveryYearOn(7, 24).Describe("ko"), RecurrenceRule.EveryYearOn(7, 24).Describe("en")));

    [Fact]
    public void The_twenty_ninth_of_February_is_not_a_yearly_day()
        => Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => RecurrenceRule.EveryYearOn(2, 29)).ParamName);

    [Fact]
    public void Announced_days_without_a_last_day_are_refused()
        => Assert.Equal("days", Assert.Throws<ArgumentException>(() => Convention().WithAnnouncedDays(DateRange.Parse("2023-10-11/.."))).ParamName);

    [Fact]
    public void A_thirteenth_month_is_refused()
        => Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => RecurrenceRule.EveryYearIn(13)).ParamName);

    [Fact]
    public void A_fifth_weekday_of_a_month_is_refused()
        => Assert.Equal("nth", Assert.Throws<ArgumentOutOfRangeException>(() => RecurrenceRule.EveryYearOnNth(10, 5, IsoDayOfWeek.Tuesday)).ParamName);

    [Fact]
    public void An_nth_rule_without_a_weekday_is_refused()
        => Assert.Equal("weekday", Assert.Throws<ArgumentOutOfRangeException>(() => RecurrenceRule.EveryYearOnNth(10, 1, IsoDayOfWeek.None)).ParamName);

    [Fact]
    public void A_rule_stated_in_no_language_is_refused()
        => Assert.Equal("culture", Assert.Throws<ArgumentException>(() => RecurrenceRule.EveryYearIn(10).Describe(" ")).ParamName);
}
