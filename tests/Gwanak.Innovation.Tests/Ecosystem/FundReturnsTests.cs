using System;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FundReturnsTests
{
    private static readonly LocalDate Established = new(2021, 1, 4);
    private static readonly LocalDate Invested = new(2021, 9, 1);
    private static readonly LocalDate Exited = new(2024, 5, 2);
    private static readonly OrganizationId District = new("gwanak-gu-office");
    private static readonly OrganizationId Partner = new("seoul-credit-guarantee");

    /// <summary>Committed 100억 (district 40억, partner 60억), 10억 invested in company 1 and 5억 in company 2.</summary>
    private static Fund Invested2021() => Fund.Create(new FundId("gwanak-startup-fund"), Established, LocalizedText.Of("en", "Startup fund"), District, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4))
        .Commit(Established, District, Money.Parse("40억 원"))
        .Commit(Established, Partner, Money.Parse("60억 원"))
        .Invest(Invested, Brn(1), Money.Parse("10억 원"))
        .Invest(Invested, Brn(2), Money.Parse("5억 원"));

    /// <summary>Company 1 sold for 25억 on 2024-05-02.</summary>
    private static Fund Sold() => Invested2021().Exit(Exited, Brn(1), Money.Parse("10억 원"), Money.Parse("25억 원"));

    [Fact]
    public void An_exit_lowers_what_is_held_at_cost()
        => Assert.Equal((Money.Parse("15억 원"), Money.Parse("5억 원")), (Sold().HeldAtCostOn(Exited.PlusDays(-1)), Sold().HeldAtCostOn(Exited)));

    [Fact]
    public void An_exit_leaves_what_was_invested_as_it_was()
        => Assert.Equal(Money.Parse("15억 원"), Sold().InvestedOn(Exited));

    [Fact]
    public void An_exit_is_counted_at_cost_and_by_its_proceeds()
        => Assert.Equal((Money.Parse("10억 원"), Money.Parse("25억 원"), Money.Parse("15억 원")), (Sold().ExitedAtCostOn(Exited), Sold().ProceedsOn(Exited), Sold().RealizedGainOn(Exited)));

    [Fact]
    public void A_write_off_realises_a_loss_of_its_cost()
        => Assert.Equal(Money.Won(-500_000_000m), Invested2021().Exit(Exited, Brn(2), Money.Parse("5억 원"), Money.Won(0m)).RealizedGainOn(Exited));

    [Fact]
    public void What_is_held_is_asked_per_company()
        => Assert.Equal((Money.Won(0m), Money.Parse("5억 원")), (Sold().HeldAtCostIn(Brn(1), Exited), Sold().HeldAtCostIn(Brn(2), Exited)));

    [Fact]
    public void An_exit_of_exactly_what_is_held_is_accepted()
        => Assert.True(Invested2021().CanExit(Exited, Brn(1), Money.Parse("10억 원"), Money.Parse("1억 원")));

    [Fact]
    public void An_exit_of_more_than_is_held_in_the_company_is_refused_with_FND_008()
        => Assert.Equal(FundRules.ExitExceedsHolding, Invested2021().TryExit(Exited, Brn(2), Money.Won(500_000_001m), Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void An_exit_before_the_investment_is_refused_with_FND_008()
        => Assert.Equal(FundRules.ExitExceedsHolding, Assert.Throws<DomainRuleException>(() => Invested2021().Exit(Invested.PlusDays(-1), Brn(1), Money.Parse("1억 원"), Money.Parse("1억 원"))).RuleId);

    [Fact]
    public void A_back_dated_exit_that_would_leave_a_later_holding_negative_is_refused_with_FND_008()
        => Assert.Equal(FundRules.ExitExceedsHolding, Sold().TryExit(new LocalDate(2023, 1, 2), Brn(1), Money.Parse("1억 원"), Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void The_refusal_of_an_exit_names_what_is_held()
        => Assert.Contains("it holds 5억 원 at cost there", Invested2021().TryExit(Exited, Brn(2), Money.Parse("6억 원"), Money.Won(0m)).Refusal!.Message, StringComparison.Ordinal);

    [Fact]
    public void Proceeds_in_dollars_are_refused_with_FND_001()
        => Assert.Equal(FundRules.CurrencyDiffersFromFund, Invested2021().TryExit(Exited, Brn(1), Money.Parse("1억 원"), Money.Dollars(10m)).Refusal?.RuleId);

    [Fact]
    public void Negative_proceeds_are_refused_naming_them()
        => Assert.Equal("proceeds", Assert.Throws<ArgumentException>(() => Invested2021().Exit(Exited, Brn(1), Money.Parse("1억 원"), Money.Won(-1m))).ParamName);

    [Fact]
    public void A_distribution_of_all_the_proceeds_is_accepted()
        => Assert.Equal(Money.Won(0m), Sold().Distribute(Exited, District, Money.Parse("10억 원")).Distribute(Exited, Partner, Money.Parse("15억 원")).UndistributedOn(Exited));

    [Fact]
    public void Distributions_are_counted_in_all_and_per_contributor()
    {
        var fund = Sold().Distribute(Exited.PlusDays(30), District, Money.Parse("10억 원")).Distribute(Exited.PlusDays(30), Partner, Money.Parse("15억 원"));
        Assert.Equal((Money.Parse("25억 원"), Money.Parse("15억 원")), (fund.DistributedOn(Exited.PlusDays(30)), fund.DistributedTo(Partner, Exited.PlusDays(30))));
    }

    [Fact]
    public void A_distribution_beyond_the_proceeds_is_refused_with_FND_009()
        => Assert.Equal(FundRules.DistributionExceedsProceeds, Sold().TryDistribute(Exited, District, Money.Won(2_500_000_001m)).Refusal?.RuleId);

    [Fact]
    public void A_distribution_the_day_before_the_exit_is_refused_with_FND_009()
        => Assert.Equal(FundRules.DistributionExceedsProceeds, Sold().TryDistribute(Exited.PlusDays(-1), District, Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void A_distribution_to_an_organisation_that_committed_nothing_is_refused_with_FND_011()
        => Assert.Equal(FundRules.NotAContributor, Sold().TryDistribute(Exited, new OrganizationId("stranger"), Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void Capital_returned_lowers_the_remaining_capacity()
    {
        var fund = Invested2021().ReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("30억 원"));
        Assert.Equal((Money.Parse("30억 원"), Money.Parse("55억 원")), (fund.ReturnedOn(new LocalDate(2025, 1, 6)), fund.RemainingOn(new LocalDate(2025, 1, 6))));
    }

    [Fact]
    public void Committed_is_invested_plus_returned_plus_remaining()
    {
        var fund = Invested2021().ReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("30억 원"));
        var day = new LocalDate(2025, 1, 6);
        Assert.Equal(fund.CommittedOn(day), fund.InvestedOn(day) + fund.ReturnedOn(day) + fund.RemainingOn(day));
    }

    [Fact]
    public void Capital_returned_is_counted_per_contributor()
        => Assert.Equal(Money.Parse("30억 원"), Invested2021().ReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("30억 원")).ReturnedTo(Partner, new LocalDate(2025, 1, 6)));

    [Fact]
    public void Returning_all_that_remains_is_accepted()
        => Assert.True(Invested2021().CanReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("60억 원")));

    [Fact]
    public void Returning_more_than_remains_is_refused_with_FND_010()
        => Assert.Equal(FundRules.ReturnExceedsRemaining, Invested2021().ReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("60억 원")).TryReturnCapital(new LocalDate(2025, 1, 6), District, Money.Parse("26억 원")).Refusal?.RuleId);

    [Fact]
    public void Returning_more_than_the_contributor_committed_is_refused_with_FND_010()
        => Assert.Equal(FundRules.ReturnExceedsRemaining, Invested2021().TryReturnCapital(new LocalDate(2025, 1, 6), District, Money.Parse("41억 원")).Refusal?.RuleId);

    [Fact]
    public void The_refusal_of_a_return_names_the_contributors_unreturned_commitment()
        => Assert.Contains("of gwanak-gu-office's commitment has not been returned", Invested2021().TryReturnCapital(new LocalDate(2025, 1, 6), District, Money.Parse("41억 원")).Refusal!.Message, StringComparison.Ordinal);

    [Fact]
    public void A_back_dated_return_that_would_starve_a_later_investment_is_refused_with_FND_010()
    {
        var fund = Invested2021().Invest(new LocalDate(2023, 3, 2), Brn(3), Money.Parse("80억 원"));
        Assert.Equal(FundRules.ReturnExceedsRemaining, fund.TryReturnCapital(new LocalDate(2022, 1, 3), Partner, Money.Parse("10억 원")).Refusal?.RuleId);
    }

    [Fact]
    public void A_return_to_an_organisation_that_committed_later_is_refused_with_FND_011()
    {
        var fund = Invested2021().Commit(new LocalDate(2023, 3, 2), new OrganizationId("late-partner"), Money.Parse("10억 원"));
        Assert.Equal(FundRules.NotAContributor, fund.TryReturnCapital(new LocalDate(2023, 3, 1), new OrganizationId("late-partner"), Money.Parse("1억 원")).Refusal?.RuleId);
    }

    [Fact]
    public void An_investment_after_capital_was_returned_fits_within_what_remains()
        => Assert.Equal(FundRules.InvestmentExceedsRemaining, Invested2021().ReturnCapital(new LocalDate(2022, 1, 3), Partner, Money.Parse("60억 원")).TryInvest(new LocalDate(2022, 6, 1), Brn(3), Money.Parse("26억 원")).Refusal?.RuleId);

    [Fact]
    public void A_distribution_before_establishment_is_refused_with_FND_004()
        => Assert.Equal(FundRules.BeforeEstablishment, Sold().TryDistribute(Established.PlusDays(-1), District, Money.Parse("1억 원")).Refusal?.RuleId);

    [Fact]
    public void Each_kind_of_step_is_listed_in_the_order_recorded()
    {
        var fund = Sold().Distribute(Exited, District, Money.Parse("10억 원")).ReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("1억 원")).ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(1));
        Assert.Equal((2, 1, 1, 1, 1), (fund.Investments.Count, fund.Exits.Count, fund.Distributions.Count, fund.CapitalReturns.Count, fund.TermExtensions.Count));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_fund()
    {
        var fund = Sold().Distribute(Exited, District, Money.Parse("10억 원")).ReturnCapital(new LocalDate(2025, 1, 6), Partner, Money.Parse("1억 원")).ExtendTerm(new LocalDate(2028, 12, 1), Period.FromYears(1));
        Assert.Equal(fund, Fund.Replay(fund.History));
    }

    [Fact]
    public void Replay_of_a_forged_distribution_names_the_rule_and_the_event()
    {
        var history = Invested2021().History;
        var e = Assert.Throws<DomainRuleException>(() => Fund.Replay([.. history, new FundDistributionMade(history[0].Fund, Exited, District, Money.Parse("1억 원"))]));
        Assert.Equal((FundRules.DistributionExceedsProceeds, history.Count), (e.RuleId, e.EventIndex));
    }
}
