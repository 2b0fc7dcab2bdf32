using System;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using NodaTime.Text;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FundTermTests
{
    private static readonly LocalDate Established = new(2021, 1, 4);
    private static readonly OrganizationId District = new("gwanak-gu-office");

    private static Fund EightYearsInvestingForFour() => Fund.Create(new FundId("gwanak-startup-fund"), Established, LocalizedText.Of("en", "Startup fund"), District, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
        .Commit(Established, District, Money.Parse("100억 원"));

    private static Fund Of(string established, string term, string? investmentPeriod = null)
        => Fund.Create(new FundId("f"), LocalDatePattern.Iso.Parse(established).Value, LocalizedText.Of("en", "F"), District, Money.Won(100m), PeriodPattern.Roundtrip.Parse(term).Value, investmentPeriod is null ? null : PeriodPattern.Roundtrip.Parse(investmentPeriod).Value);

    private static Fund EightYears() => Fund.Create(new FundId("gwanak-startup-fund"), Established, LocalizedText.Of("en", "Startup fund"), District, Money.Parse("200억 원"), Period.FromYears(8))
        .Commit(Established, District, Money.Parse("100억 원"));

    [Fact]
    public void An_eight_year_term_runs_from_the_day_of_establishment_through_the_day_before_its_anniversary()
        => Assert.Equal(DateRange.Parse("2021-01-04/2029-01-03"), EightYears().TermDays);

    [Fact]
    public void A_term_from_29_February_ends_on_the_last_day_of_February()
        => Assert.Equal(new LocalDate(2027, 2, 28), Fund.Create(new FundId("f"), new LocalDate(2024, 2, 29), LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromYears(3)).TermDays.End);

    [Fact]
    public void An_investment_on_the_last_day_of_the_investment_period_is_accepted()
        => Assert.True(EightYearsInvestingForFour().CanInvest(new LocalDate(2025, 1, 3), Brn(1), Money.Parse("1억 원")));

    [Fact]
    public void An_investment_the_day_after_the_investment_period_is_refused_with_FND_006()
        => Assert.Equal(FundRules.InvestmentPeriodOver, EightYearsInvestingForFour().TryInvest(new LocalDate(2025, 1, 4), Brn(1), Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void Without_an_investment_period_a_fund_invests_on_the_last_day_of_its_term()
        => Assert.True(EightYears().CanInvest(new LocalDate(2029, 1, 3), Brn(1), Money.Parse("1억 원")));

    [Fact]
    public void An_investment_after_the_term_is_refused_with_FND_006()
        => Assert.Equal(FundRules.InvestmentPeriodOver, Assert.Throws<DomainRuleException>(() => EightYears().Invest(new LocalDate(2029, 1, 4), Brn(1), Money.Parse("1억 원"))).RuleId);

    [Fact]
    public void The_refusal_of_a_late_investment_names_the_end_of_the_investment_period()
        => Assert.Contains("whose investment period ended on 2025-01-03", EightYearsInvestingForFour().TryInvest(new LocalDate(2026, 1, 5), Brn(1), Money.Parse("1억 원")).Refusal!.Message, StringComparison.Ordinal);

    [Fact]
    public void A_commitment_after_the_term_is_refused_with_FND_007()
        => Assert.Equal(FundRules.TermOver, EightYears().TryCommit(new LocalDate(2029, 1, 4), District, Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void An_extension_adds_to_the_term()
        => Assert.Equal(new LocalDate(2030, 1, 3), EightYears().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(1)).TermDays.End);

    [Fact]
    public void Extensions_add_up()
        => Assert.Equal(Period.FromYears(8) + Period.FromYears(1) + Period.FromMonths(6), EightYears().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(1)).ExtendTerm(new LocalDate(2029, 12, 1), Period.FromMonths(6)).Term);

    [Fact]
    public void An_extension_decided_on_the_last_day_of_the_term_is_accepted()
        => Assert.True(EightYears().CanExtendTerm(new LocalDate(2029, 1, 3), Period.FromYears(1)));

    [Fact]
    public void An_extension_decided_after_the_term_is_refused_with_FND_007()
        => Assert.Equal(FundRules.TermOver, EightYears().TryExtendTerm(new LocalDate(2029, 1, 4), Period.FromYears(1)).Refusal?.RuleId);

    [Fact]
    public void An_extension_before_establishment_is_refused_with_FND_004()
        => Assert.Equal(FundRules.BeforeEstablishment, EightYears().TryExtendTerm(Established.PlusDays(-1), Period.FromYears(1)).Refusal?.RuleId);

    [Fact]
    public void An_extension_lets_the_fund_invest_in_the_added_time()
        => Assert.True(EightYears().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(1)).CanInvest(new LocalDate(2029, 6, 1), Brn(1), Money.Parse("1억 원")));

    [Fact]
    public void An_extension_does_not_lengthen_the_investment_period()
        => Assert.False(EightYearsInvestingForFour().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(1)).CanInvest(new LocalDate(2029, 6, 1), Brn(1), Money.Parse("1억 원")));

    [Fact]
    public void An_exit_after_the_term_is_accepted_while_the_fund_is_wound_up()
    {
        var fund = EightYears().Invest(new LocalDate(2022, 1, 3), Brn(1), Money.Parse("5억 원"));
        Assert.True(fund.CanExit(new LocalDate(2030, 3, 2), Brn(1), Money.Parse("5억 원"), Money.Parse("7억 원")));
    }

    [Fact]
    public void An_investment_period_longer_than_the_term_is_refused_naming_it()
        => Assert.Equal("investmentPeriod", Assert.Throws<ArgumentException>(() => Fund.Create(new FundId("f"), Established, LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromYears(4), Period.FromYears(5))).ParamName);

    [Fact]
    public void A_zero_term_is_refused_naming_it()
        => Assert.Equal("term", Assert.Throws<ArgumentException>(() => Fund.Create(new FundId("f"), Established, LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.Zero)).ParamName);

    [Fact]
    public void A_term_with_a_time_of_day_is_refused_naming_it()
        => Assert.Equal("term", Assert.Throws<ArgumentException>(() => Fund.Create(new FundId("f"), Established, LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromHours(5))).ParamName);

    [Fact]
    public void A_negative_extension_is_refused_naming_it()
        => Assert.Equal("extension", Assert.Throws<ArgumentException>(() => EightYears().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(-1))).ParamName);

    [Fact]
    public void The_refusal_of_an_investment_after_the_term_names_the_end_of_the_term()
        => Assert.Equal(
            $"Tried to record an investment in {Brn(1)} on 2029-01-04 in Startup fund, whose term ended on 2029-01-03; a fund invests within its investment period and its term.",
            EightYears().TryInvest(new LocalDate(2029, 1, 4), Brn(1), Money.Parse("1억 원")).Refusal?.Message);

    [Fact]
    public void The_refusal_of_an_investment_after_an_investment_period_as_long_as_the_term_names_the_end_of_the_term()
        => Assert.Equal(
            $"Tried to record an investment in {Brn(1)} on 2029-01-04 in Startup fund, whose term ended on 2029-01-03; a fund invests within its investment period and its term.",
            Fund.Create(new FundId("gwanak-startup-fund"), Established, LocalizedText.Of("en", "Startup fund"), District, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(8))
                .Commit(Established, District, Money.Parse("100억 원"))
                .TryInvest(new LocalDate(2029, 1, 4), Brn(1), Money.Parse("1억 원")).Refusal?.Message);

    [Fact]
    public void A_term_ending_beyond_the_calendar_is_refused_naming_the_term_its_first_day_and_the_calendars_end()
        => Assert.Equal(
            $"The term P8Y from 9999-01-01 ends after 9999-12-31, the end of the calendar the library counts in. (Parameter 'term'){Environment.NewLine}Actual value was P8Y.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Fund.Create(new FundId("f"), new LocalDate(9999, 1, 1), LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromYears(8))).Message);

    [Fact]
    public void An_investment_period_longer_than_the_term_is_refused_naming_both()
        => Assert.Equal(
            "The investment period P5Y outlasts the term P4Y; a fund invests within its term. (Parameter 'investmentPeriod')",
            Assert.Throws<ArgumentException>(() => Fund.Create(new FundId("f"), Established, LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromYears(4), Period.FromYears(5))).Message);

    [Fact]
    public void A_negative_extension_is_refused_naming_the_period_and_what_a_period_must_be()
        => Assert.Equal(
            "The period P-1Y has a negative unit; periods are counted forward. (Parameter 'extension')",
            Assert.Throws<ArgumentException>(() => EightYears().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(-1))).Message);

    [Fact]
    public void A_term_in_hours_is_refused_naming_the_period_and_the_units_a_term_is_counted_in()
        => Assert.Equal(
            "The period PT5H has a time-of-day unit; use years, months, weeks and days only. (Parameter 'term')",
            Assert.Throws<ArgumentException>(() => Fund.Create(new FundId("f"), Established, LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromHours(5))).Message);

    [Fact]
    public void A_zero_investment_period_is_refused_naming_it_even_on_the_calendars_last_day()
        => Assert.Equal(
            "The period must be longer than zero. (Parameter 'investmentPeriod')",
            Assert.Throws<ArgumentException>(() => Fund.Create(new FundId("f"), LocalDate.MaxIsoValue, LocalizedText.Of("en", "F"), District, Money.Won(1m), Period.FromDays(1), Period.Zero)).Message);

    [Theory]
    [InlineData("2023-01-31", "P1M1D", "2023-01-31/2023-03-01")]
    [InlineData("2023-01-29", "P1M1D", "2023-01-29/2023-03-01")]
    [InlineData("2022-08-31", "P6M2W", "2022-08-31/2023-03-14")]
    [InlineData("2024-02-29", "P1Y1M1D", "2024-02-29/2025-03-29")]
    [InlineData("2023-01-31", "P1M", "2023-01-31/2023-02-28")]
    [InlineData("2023-01-15", "P1M1D", "2023-01-15/2023-02-15")]
    public void A_term_of_months_and_days_counts_its_months_first_then_its_days(string established, string term, string termDays)
        => Assert.Equal(DateRange.Parse(termDays), Of(established, term).TermDays);

    [Fact]
    public void An_extension_by_a_day_of_a_months_term_ending_on_the_last_day_of_February_lets_the_fund_invest_on_1_March()
    {
        var extended = Of("2023-01-31", "P1M").Commit(new LocalDate(2023, 1, 31), District, Money.Won(100m)).ExtendTerm(new LocalDate(2023, 2, 10), Period.FromDays(1));
        Assert.Equal(
            (Period.FromMonths(1) + Period.FromDays(1), DateRange.Parse("2023-01-31/2023-03-01"), true, FundRules.InvestmentPeriodOver),
            (extended.Term, extended.TermDays, extended.CanInvest(new LocalDate(2023, 3, 1), Brn(1), Money.Won(1m)), extended.TryInvest(new LocalDate(2023, 3, 2), Brn(1), Money.Won(1m)).Refusal?.RuleId));
    }

    [Fact]
    public void An_investment_period_of_a_month_and_a_day_outlasts_a_months_term_from_a_31st()
        => Assert.Equal(
            "The investment period P1M1D outlasts the term P1M; a fund invests within its term. (Parameter 'investmentPeriod')",
            Assert.Throws<ArgumentException>(() => Of("2023-01-31", "P1M", "P1M1D")).Message);

    [Theory]
    [InlineData("9999-01-01", "P1Y")]
    [InlineData("9999-12-01", "P1M")]
    [InlineData("9999-12-31", "P1D")]
    [InlineData("9998-12-31", "P1Y1D")]
    [InlineData("9999-10-31", "P1M31D")]
    public void A_term_ending_on_the_calendars_last_day_is_accepted(string established, string term)
    {
        var fund = Of(established, term);
        Assert.Equal((LocalDate.MaxIsoValue, true), (fund.TermDays.End, fund.CanCommit(LocalDate.MaxIsoValue, District, Money.Won(1m))));
    }

    [Theory]
    [InlineData("9999-12-31", "P2D")]
    [InlineData("9999-10-31", "P1M32D")]
    [InlineData("9999-01-02", "P1Y")]
    public void A_term_ending_a_day_after_the_calendars_last_day_is_refused_naming_the_term_its_first_day_and_the_calendars_end(string established, string term)
        => Assert.Equal(
            $"The term {term} from {established} ends after 9999-12-31, the end of the calendar the library counts in. (Parameter 'term'){Environment.NewLine}Actual value was {term}.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Of(established, term)).Message);

    [Fact]
    public void An_extension_to_the_calendars_last_day_is_accepted_and_one_a_day_longer_is_CAL_001_in_every_form()
    {
        var fund = Of("9999-01-01", "P6M");
        var (date, longer) = (new LocalDate(9999, 6, 30), Period.FromMonths(6) + Period.FromDays(1));
        var refused = TransitionForms.Agree(() => fund.CanExtendTerm(date, longer), () => fund.TryExtendTerm(date, longer), () => fund.ExtendTerm(date, longer)).Refusal;
        Assert.Equal(
            (DateRange.Parse("9999-01-01/9999-12-31"), CalendarRules.DateBeyondCalendar, "Tried to record an extension of the term by P6M1D on 9999-06-30 in F, whose term ends on 9999-06-30; the extended term would end after 9999-12-31, the end of the calendar the library counts in."),
            (fund.ExtendTerm(date, Period.FromMonths(6)).TermDays, refused?.RuleId, refused?.Message));
    }

    [Fact]
    public void A_fund_of_the_calendars_last_day_records_every_step_on_it_and_answers_on_both_ends_of_the_calendar()
    {
        var last = LocalDate.MaxIsoValue;
        var fund = Of("9999-12-31", "P1D")
            .Commit(last, District, Money.Won(100m))
            .Invest(last, Brn(1), Money.Won(60m))
            .Exit(last, Brn(1), Money.Won(10m), Money.Won(25m))
            .Distribute(last, District, Money.Won(5m))
            .ReturnCapital(last, District, Money.Won(20m));
        Assert.Equal(
            (100m, 60m, 20m, 20m, 50m, 50m, 10m, 25m, 15m, 5m, 20m),
            (fund.CommittedOn(last).Amount, fund.InvestedOn(last).Amount, fund.ReturnedOn(last).Amount, fund.RemainingOn(last).Amount, fund.HeldAtCostOn(last).Amount, fund.HeldAtCostIn(Brn(1), last).Amount,
             fund.ExitedAtCostOn(last).Amount, fund.ProceedsOn(last).Amount, fund.RealizedGainOn(last).Amount, fund.DistributedOn(last).Amount, fund.UndistributedOn(last).Amount));
        Assert.Equal(
            (100m, 20m, 5m, 0m, 0m, 0m),
            (fund.CommittedBy(District, last).Amount, fund.ReturnedTo(District, last).Amount, fund.DistributedTo(District, last).Amount,
             fund.CommittedOn(LocalDate.MinIsoValue).Amount, fund.CommittedBy(District, LocalDate.MinIsoValue).Amount, fund.HeldAtCostIn(Brn(1), LocalDate.MinIsoValue).Amount));
        Assert.Equal(
            (CalendarRules.DateBeyondCalendar, "Tried to record an extension of the term by P1D on 9999-12-31 in F, whose term ends on 9999-12-31; the extended term would end after 9999-12-31, the end of the calendar the library counts in."),
            (fund.TryExtendTerm(last, Period.FromDays(1)).Refusal?.RuleId, fund.TryExtendTerm(last, Period.FromDays(1)).Refusal?.Message));
    }

    [Fact]
    public void A_fund_of_the_calendars_first_day_is_extended_from_it_and_answers_on_it()
    {
        var first = LocalDate.MinIsoValue;
        var fund = Of("-9998-01-01", "P1D").Commit(first, District, Money.Won(100m)).ExtendTerm(first, Period.FromMonths(1));
        Assert.Equal(
            (DateRange.Parse("-9998-01-01/-9998-02-01"), 100m, 100m, true, FundRules.TermOver),
            (fund.TermDays, fund.CommittedOn(first).Amount, fund.RemainingOn(LocalDate.MaxIsoValue).Amount, fund.CanInvest(new LocalDate(-9998, 2, 1), Brn(1), Money.Won(1m)), fund.TryCommit(new LocalDate(-9998, 2, 2), District, Money.Won(1m)).Refusal?.RuleId));
    }
}
