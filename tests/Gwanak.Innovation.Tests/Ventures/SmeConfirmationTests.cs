using System;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;
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
}
