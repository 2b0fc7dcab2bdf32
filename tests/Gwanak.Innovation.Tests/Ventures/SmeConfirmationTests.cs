using System;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;
using NodaTime.Text;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ventures;

public sealed class SmeConfirmationTests
{
    private static readonly LocalDate Founded = new(2015, 3, 2);

    private static readonly SmeConfirmation On2022Figures = new(new LocalDate(2023, 3, 15), new LocalDate(2022, 12, 31));

    private static VentureCompany Confirmed(SmeConfirmation confirmation) => Company(1, Bongcheon, sme: false).ConfirmSme(confirmation);

    private static VentureCompany FoundedOn(LocalDate day, bool sme)
        => VentureCompany.Create(Brn(3), day, LocalizedText.Of("en", "A start-up"), Bongcheon, [], 2, sme);

    [Fact]
    public void The_figures_of_a_calendar_year_hold_from_1_April_of_the_next_year()
        => Assert.Equal((false, true), (Confirmed(On2022Figures).IsSmallOrMediumEnterpriseOn(new LocalDate(2023, 3, 31)), Confirmed(On2022Figures).IsSmallOrMediumEnterpriseOn(new LocalDate(2023, 4, 1))));

    [Fact]
    public void The_figures_of_a_calendar_year_hold_through_31_March_a_year_later()
        => Assert.Equal((true, false), (Confirmed(On2022Figures).IsSmallOrMediumEnterpriseOn(new LocalDate(2024, 3, 31)), Confirmed(On2022Figures).IsSmallOrMediumEnterpriseOn(new LocalDate(2024, 4, 1))));

    [Fact]
    public void A_confirmation_issued_within_the_period_holds_from_its_issue_day()
    {
        var company = Confirmed(new SmeConfirmation(new LocalDate(2023, 7, 10), new LocalDate(2022, 12, 31)));
        Assert.Equal((false, true), (company.IsSmallOrMediumEnterpriseOn(new LocalDate(2023, 7, 9)), company.IsSmallOrMediumEnterpriseOn(new LocalDate(2023, 7, 10))));
    }

    [Fact]
    public void A_fiscal_year_ending_30_June_holds_from_1_October_through_30_September()
        => Assert.Equal(
            DateRange.Parse("2022-10-01/2023-09-30"),
            SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(2022, 9, 1), new LocalDate(2022, 6, 30))));

    [Fact]
    public void A_founding_year_confirmation_holds_from_its_issue_day_until_the_first_fiscal_year_takes_over()
        => Assert.Equal(
            DateRange.Parse("2023-06-01/2024-03-31"),
            SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(2023, 6, 1), new LocalDate(2023, 12, 31))));

    [Fact]
    public void A_confirmation_issued_after_its_figures_stopped_holding_holds_on_no_day()
        => Assert.Null(SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(2024, 4, 1), new LocalDate(2022, 12, 31))));

    [Fact]
    public void The_status_at_founding_holds_through_31_March_after_the_founding_year()
    {
        var company = FoundedOn(new LocalDate(2023, 5, 2), sme: true);
        Assert.Equal((true, true, false), (company.IsSmallOrMediumEnterpriseOn(new LocalDate(2023, 5, 2)), company.IsSmallOrMediumEnterpriseOn(new LocalDate(2024, 3, 31)), company.IsSmallOrMediumEnterpriseOn(new LocalDate(2024, 4, 1))));
    }

    [Fact]
    public void A_company_registered_as_no_SME_is_not_one_at_founding()
        => Assert.False(FoundedOn(new LocalDate(2023, 5, 2), sme: false).IsSmallOrMediumEnterpriseOn(new LocalDate(2023, 5, 2)));

    [Fact]
    public void The_status_at_founding_is_kept_as_the_registration_gave_it()
        => Assert.True(FoundedOn(new LocalDate(2023, 5, 2), sme: true).IsSmallOrMediumEnterpriseAtFounding);

    [Fact]
    public void The_confirmation_of_a_day_is_the_most_recently_issued_that_holds()
    {
        var later = new SmeConfirmation(new LocalDate(2023, 8, 1), new LocalDate(2022, 12, 31));
        Assert.Equal(later, Confirmed(On2022Figures).ConfirmSme(later).SmeConfirmationOn(new LocalDate(2023, 9, 1)));
    }

    [Fact]
    public void A_confirmation_before_founding_is_refused_with_VEN_006()
        => Assert.Equal(VentureRules.SmeConfirmationBeforeFounding, Company(1, Bongcheon, sme: false).TryConfirmSme(new SmeConfirmation(Founded.PlusDays(-1), new LocalDate(2014, 12, 31))).Refusal?.RuleId);

    [Fact]
    public void A_confirmation_on_the_founding_day_is_accepted()
        => Assert.True(Company(1, Bongcheon, sme: false).CanConfirmSme(new SmeConfirmation(Founded, new LocalDate(2015, 12, 31))));

    [Fact]
    public void The_refusal_of_a_confirmation_before_founding_names_both_days()
        => Assert.Contains(
            "issued on 2015-03-01 for 관악기업1",
            Company(1, Bongcheon, sme: false).TryConfirmSme(new SmeConfirmation(Founded.PlusDays(-1), new LocalDate(2014, 12, 31))).Refusal!.Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_confirmation_recorded_twice_is_refused_with_VEN_007()
        => Assert.Equal(VentureRules.SmeConfirmationRecordedTwice, Assert.Throws<DomainRuleException>(() => Confirmed(On2022Figures).ConfirmSme(On2022Figures)).RuleId);

    [Fact]
    public void Replay_of_the_history_gives_an_equal_company()
    {
        var company = Confirmed(On2022Figures);
        Assert.Equal(company, VentureCompany.Replay(company.History));
    }

    [Fact]
    public void A_fiscal_year_ending_more_than_a_year_after_the_issue_day_is_refused_naming_it()
        => Assert.Equal("fiscalYearEnd", Assert.Throws<ArgumentException>(() => new SmeConfirmation(new LocalDate(2023, 1, 2), new LocalDate(2024, 1, 3))).ParamName);

    [Fact]
    public void A_default_issue_day_is_refused_naming_it()
        => Assert.Equal("confirmedOn", Assert.Throws<ArgumentException>(() => new SmeConfirmation(default, new LocalDate(2022, 12, 31))).ParamName);

    [Fact]
    public void A_policy_can_state_another_delay()
    {
        var noDelay = new SmeConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.Zero, Period.FromYears(1))]);
        Assert.True(noDelay.IsValidOn(On2022Figures, new LocalDate(2023, 3, 15)));
    }

    [Fact]
    public void The_earliest_row_covers_earlier_fiscal_years()
        => Assert.Equal(DateRange.Parse("2011-04-01/2012-03-31"), SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(2011, 2, 1), new LocalDate(2010, 12, 31))));

    [Fact]
    public void An_empty_policy_is_refused_naming_the_rows()
        => Assert.Equal("rows", Assert.Throws<ArgumentException>(() => new SmeConfirmationPolicy([])).ParamName);

    [Fact]
    public void A_policy_naming_a_day_twice_is_refused_naming_the_rows()
        => Assert.Equal("rows", Assert.Throws<ArgumentException>(() => new SmeConfirmationPolicy([(new LocalDate(2012, 1, 1), Period.FromMonths(3), Period.FromYears(1)), (new LocalDate(2012, 1, 1), Period.FromMonths(2), Period.FromYears(1))])).ParamName);

    [Fact]
    public void A_policy_with_no_validity_is_refused_naming_the_rows()
        => Assert.Equal("rows", Assert.Throws<ArgumentException>(() => new SmeConfirmationPolicy([(new LocalDate(2012, 1, 1), Period.FromMonths(3), Period.Zero)])).ParamName);

    [Fact]
    public void The_refusal_of_a_fiscal_year_ending_too_late_names_both_days()
    {
        var e = Assert.Throws<ArgumentException>(() => new SmeConfirmation(new LocalDate(2023, 1, 2), new LocalDate(2024, 1, 3)));
        Assert.Equal((true, true), (e.Message.Contains("issued on 2023-01-02", StringComparison.Ordinal), e.Message.Contains("2024-01-03 is more than a year later", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_refusal_of_an_empty_policy_says_a_row_is_needed()
        => Assert.Contains("needs at least one row", Assert.Throws<ArgumentException>(() => new SmeConfirmationPolicy([])).Message, StringComparison.Ordinal);

    [Fact]
    public void The_refusal_of_a_day_named_twice_names_the_day()
        => Assert.Contains(
            "2012-01-01 appears twice",
            Assert.Throws<ArgumentException>(() => new SmeConfirmationPolicy([(new LocalDate(2012, 1, 1), Period.FromMonths(3), Period.FromYears(1)), (new LocalDate(2012, 1, 1), Period.FromMonths(2), Period.FromYears(1))])).Message,
            StringComparison.Ordinal);

    public static TheoryData<string> WrongRowNames => [.. WrongRows.Keys];

    private static readonly System.Collections.Generic.Dictionary<string, (Period? Delay, Period? Validity)> WrongRows = new()
    {
        ["no delay"] = (null, Period.FromYears(1)),
        ["no validity"] = (Period.FromMonths(3), null),
        ["a delay in hours"] = (Period.FromHours(1), Period.FromYears(1)),
        ["a validity in hours"] = (Period.FromMonths(3), Period.FromHours(30)),
        ["a negative delay"] = (Period.FromMonths(-1), Period.FromYears(1)),
        ["a delay of a month less a day"] = (Period.FromMonths(1) + Period.FromDays(-1), Period.FromYears(1)),
        ["a validity of a year less a month"] = (Period.FromMonths(3), Period.FromYears(1) + Period.FromMonths(-1)),
        ["a validity of no day"] = (Period.FromMonths(3), Period.Zero),
    };

    [Theory]
    [MemberData(nameof(WrongRowNames))]
    public void A_row_with_a_delay_or_validity_that_is_not_a_count_of_days_forward_is_refused_naming_the_rows_and_the_day(string row)
    {
        var (delay, validity) = WrongRows[row];
        var e = Assert.Throws<ArgumentException>(() => new SmeConfirmationPolicy([(new LocalDate(2012, 1, 1), delay!, validity!)]));
        Assert.Equal(("rows", true), (e.ParamName, e.Message.Contains("fiscal years ending from 2012-01-01 needs a delay of zero or more", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_null_confirmation_is_refused_naming_it()
        => Assert.Equal("confirmation", Assert.Throws<ArgumentNullException>(() => SmeConfirmationPolicy.Default.ValidDays(null!)).ParamName);

    [Fact]
    public void Rows_given_out_of_order_each_apply_from_their_own_day()
    {
        var policy = new SmeConfirmationPolicy([(new LocalDate(2020, 12, 31), Period.Zero, Period.FromYears(1)), (new LocalDate(2000, 1, 1), Period.FromMonths(3), Period.FromYears(1))]);
        Assert.Equal(
            (DateRange.Parse("2020-05-01/2021-03-31"), DateRange.Parse("2023-01-15/2023-12-31")),
            (policy.ValidDays(new SmeConfirmation(new LocalDate(2020, 5, 1), new LocalDate(2019, 12, 31)))!.Value, policy.ValidDays(new SmeConfirmation(new LocalDate(2023, 1, 15), new LocalDate(2022, 12, 31)))!.Value));
    }

    [Fact]
    public void A_row_applies_to_the_fiscal_year_ending_on_its_own_day()
    {
        var policy = new SmeConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromMonths(3), Period.FromYears(1)), (new LocalDate(2020, 12, 31), Period.Zero, Period.FromYears(1))]);
        Assert.Equal(DateRange.Parse("2021-01-15/2021-12-31"), policy.ValidDays(new SmeConfirmation(new LocalDate(2021, 1, 15), new LocalDate(2020, 12, 31))));
    }

    [Fact]
    public void A_confirmation_issued_on_the_last_day_of_the_fiscal_year_it_judges_holds_until_that_year_takes_over()
        => Assert.Equal(
            DateRange.Parse("2023-12-31/2024-03-31"),
            SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(2023, 12, 31), new LocalDate(2023, 12, 31))));

    [Fact]
    public void A_confirmation_issued_on_the_last_day_its_figures_hold_holds_on_that_day()
        => Assert.Equal(
            DateRange.Parse("2024-03-31/2024-03-31"),
            SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(2024, 3, 31), new LocalDate(2022, 12, 31))));

    [Theory]
    [InlineData(2, 0, "2023-01-01/2023-01-14")]
    [InlineData(0, 10, "2023-01-01/2023-01-10")]
    [InlineData(1, 3, "2023-01-01/2023-01-10")]
    public void A_validity_in_weeks_or_days_ends_on_the_day_before_the_corresponding_day(int weeks, int days, string validDays)
    {
        var policy = new SmeConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.Zero, new PeriodBuilder { Weeks = weeks, Days = days }.Build())]);
        Assert.Equal(DateRange.Parse(validDays), policy.ValidDays(new SmeConfirmation(new LocalDate(2023, 1, 1), new LocalDate(2022, 12, 31))));
    }

    [Fact]
    public void A_validity_in_months_from_a_31st_ends_on_the_last_day_of_a_shorter_month()
    {
        var oneMonth = new SmeConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.Zero, Period.FromMonths(1))]);
        Assert.Equal(DateRange.Parse("2023-02-01/2023-02-28"), oneMonth.ValidDays(new SmeConfirmation(new LocalDate(2023, 2, 1), new LocalDate(2023, 1, 30))));
    }

    private static SmeConfirmationPolicy Counting(string delay, string validity)
        => new([(new LocalDate(2000, 1, 1), PeriodPattern.Roundtrip.Parse(delay).Value, PeriodPattern.Roundtrip.Parse(validity).Value)]);

    [Theory]
    [InlineData("2023-03-01", "2023-01-30", "2023-05-01/2024-04-30")]
    [InlineData("2023-01-10", "2022-11-29", "2023-03-01/2024-02-29")]
    public void Three_months_from_a_day_the_last_month_lacks_run_through_that_months_last_day_and_the_figures_hold_from_the_next(string confirmedOn, string fiscalYearEnd, string validDays)
        => Assert.Equal(DateRange.Parse(validDays), SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(LocalDatePattern.Iso.Parse(confirmedOn).Value, LocalDatePattern.Iso.Parse(fiscalYearEnd).Value)));

    [Fact]
    public void A_validity_of_a_month_and_a_day_from_a_31st_runs_through_the_shorter_months_last_day_and_one_day_more()
        => Assert.Equal(DateRange.Parse("2023-02-01/2023-03-01"), Counting("P0D", "P1M1D").ValidDays(new SmeConfirmation(new LocalDate(2023, 2, 1), new LocalDate(2023, 1, 30))));

    [Fact]
    public void A_delay_of_a_month_and_a_day_from_a_31st_runs_through_the_shorter_months_last_day_and_one_day_more()
        => Assert.Equal(DateRange.Parse("2023-03-02/2023-03-02"), Counting("P1M1D", "P1D").ValidDays(new SmeConfirmation(new LocalDate(2023, 2, 1), new LocalDate(2023, 1, 30))));

    [Fact]
    public void A_founding_year_confirmation_in_the_calendars_last_year_holds_through_its_last_day()
        => Assert.Equal(
            DateRange.Parse("9999-06-01/9999-12-31"),
            SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(9999, 6, 1), new LocalDate(9999, 12, 31))));

    [Fact]
    public void Figures_holding_past_the_calendars_last_day_hold_through_it()
        => Assert.Equal(
            DateRange.Parse("9999-06-01/9999-12-31"),
            SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(9999, 6, 1), new LocalDate(9998, 12, 31))));

    [Fact]
    public void Figures_that_would_start_to_hold_after_the_calendars_last_day_hold_on_no_day()
        => Assert.Equal(
            ((DateRange?)null, false),
            (SmeConfirmationPolicy.Default.ValidDays(new SmeConfirmation(new LocalDate(9999, 11, 15), new LocalDate(9999, 10, 31))),
             Confirmed(new SmeConfirmation(new LocalDate(9999, 11, 15), new LocalDate(9999, 10, 31))).IsSmallOrMediumEnterpriseOn(LocalDate.MaxIsoValue)));

    [Fact]
    public void A_delay_or_validity_of_int_MaxValue_years_ends_with_the_calendar()
    {
        var (delay, validity) = (Counting("P2147483647Y", "P1Y"), Counting("P3M", "P2147483647Y"));
        Assert.Equal(
            ((DateRange?)null, DateRange.Parse("2023-05-02/9999-12-31"), DateRange.Parse("2023-04-01/9999-12-31")),
            (delay.ValidDays(On2022Figures), delay.FoundingStatusDays(new LocalDate(2023, 5, 2)), validity.ValidDays(On2022Figures)));
    }

    [Fact]
    public void A_row_for_fiscal_years_ending_on_the_calendars_last_day_is_accepted()
        => Assert.Equal(
            DateRange.Parse("9999-12-31/9999-12-31"),
            new SmeConfirmationPolicy([(LocalDate.MaxIsoValue, Period.FromMonths(3), Period.FromYears(1))]).ValidDays(new SmeConfirmation(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue)));

    [Fact]
    public void The_status_at_founding_in_the_calendars_last_year_holds_through_its_last_day()
    {
        var company = FoundedOn(new LocalDate(9999, 6, 1), sme: true);
        Assert.Equal(
            (DateRange.Parse("9999-06-01/9999-12-31"), true),
            (SmeConfirmationPolicy.Default.FoundingStatusDays(company.FoundedOn), company.IsSmallOrMediumEnterpriseOn(LocalDate.MaxIsoValue)));
    }

    [Fact]
    public void The_status_at_founding_on_the_calendars_first_day_holds_through_31_March_of_the_next_year()
    {
        var company = FoundedOn(LocalDate.MinIsoValue, sme: true);
        Assert.Equal(
            (DateRange.Parse("-9998-01-01/-9997-03-31"), true, false),
            (SmeConfirmationPolicy.Default.FoundingStatusDays(LocalDate.MinIsoValue), company.IsSmallOrMediumEnterpriseOn(LocalDate.MinIsoValue), company.IsSmallOrMediumEnterpriseOn(new LocalDate(-9997, 4, 1))));
    }
}
