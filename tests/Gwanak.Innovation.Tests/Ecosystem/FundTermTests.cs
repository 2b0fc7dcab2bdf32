using System;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FundTermTests
{
    private static readonly LocalDate Established = new(2021, 1, 4);
    private static readonly OrganizationId District = new("gwanak-gu-office");

    private static Fund EightYearsInvestingForFour() => Fund.Create(new FundId("gwanak-startup-fund"), Established, LocalizedText.Of("en", "Startup fund"), District, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
        .Commit(Established, District, Money.Parse("100억 원"));

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
            "The period P-1Y must be longer than zero, in years, months, weeks and days, none negative. (Parameter 'extension')",
            Assert.Throws<ArgumentException>(() => EightYears().ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(-1))).Message);
}
