using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FundTests
{
    private static readonly LocalDate Established = new(2021, 1, 4);
    private static readonly OrganizationId District = new("gwanak-gu-office");
    private static readonly OrganizationId Partner = new("seoul-credit-guarantee");

    private static readonly FundId StartupFundId = new("gwanak-startup-fund");

    private static Fund StartupFund() => Fund.Create(StartupFundId, Established, LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), District, Money.Parse("200억 원"), Period.FromYears(8), Period.FromYears(4));

    [Fact]
    public void The_startup_support_fund_targets_KRW_20_billion()
        => Assert.Equal("200억 원", StartupFund().TargetSize.ToKoreanString());

    [Fact]
    public void The_S_Valley_company_fund_targets_KRW_6_billion()
        => Assert.Equal(Money.Won(6_000_000_000m), Fund.Create(new FundId("gwanak-s-valley-fund"), Established, LocalizedText.Create("관악S밸리기업지원펀드", "Gwanak S-Valley company fund"), District, Money.Parse("60억원"), Period.FromYears(8), Period.FromYears(4)).TargetSize);

    [Fact]
    public void Committed_invested_and_remaining_are_asked_for_a_day()
    {
        var fund = StartupFund()
            .Commit(Established, District, Money.Parse("50억 원"))
            .Commit(new LocalDate(2021, 6, 1), Partner, Money.Parse("150억 원"))
            .Invest(new LocalDate(2021, 9, 1), Brn(1), Money.Parse("3억 원"));
        var day = new LocalDate(2021, 9, 1);
        Assert.Equal(("200억 원", "3억 원", "197억 원"), (fund.CommittedOn(day).ToKoreanString(), fund.InvestedOn(day).ToKoreanString(), fund.RemainingOn(day).ToKoreanString()));
    }

    [Fact]
    public void Amounts_dated_later_are_not_counted_on_an_earlier_day()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("50억 원")).Commit(new LocalDate(2021, 6, 1), Partner, Money.Parse("150억 원"));
        Assert.Equal(Money.Parse("50억 원"), fund.CommittedOn(new LocalDate(2021, 5, 31)));
    }

    [Fact]
    public void Commitments_are_reported_per_contributor()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("50억 원")).Commit(new LocalDate(2021, 6, 1), Partner, Money.Parse("150억 원"));
        Assert.Equal(Money.Parse("150억 원"), fund.CommittedBy(Partner, new LocalDate(2021, 6, 1)));
    }

    [Fact]
    public void An_amount_in_dollars_is_refused_with_FND_001()
        => Assert.Equal(FundRules.CurrencyDiffersFromFund, Assert.Throws<DomainRuleException>(() => StartupFund().Commit(Established, District, Money.Dollars(1_000m))).RuleId);

    [Fact]
    public void Commitments_beyond_the_target_are_refused_with_FND_002()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("200억 원"));
        Assert.Equal(FundRules.CommitmentsExceedTarget, Assert.Throws<DomainRuleException>(() => fund.Commit(Established, Partner, Money.Won(1m))).RuleId);
    }

    [Fact]
    public void An_investment_of_exactly_the_remaining_capacity_is_accepted()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원")).Invest(Established, Brn(1), Money.Parse("10억 원"));
        Assert.True(fund.RemainingOn(Established).IsZero);
    }

    [Fact]
    public void An_investment_beyond_the_remaining_capacity_is_refused_with_FND_003()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원"));
        Assert.Equal(FundRules.InvestmentExceedsRemaining, Assert.Throws<DomainRuleException>(() => fund.Invest(Established, Brn(1), Money.Won(1_000_000_001m))).RuleId);
    }

    [Fact]
    public void An_investment_before_the_money_is_committed_is_refused_with_FND_003()
    {
        var fund = StartupFund().Commit(new LocalDate(2021, 6, 1), District, Money.Parse("10억 원"));
        Assert.Equal(FundRules.InvestmentExceedsRemaining, Assert.Throws<DomainRuleException>(() => fund.Invest(new LocalDate(2021, 5, 31), Brn(1), Money.Parse("1억 원"))).RuleId);
    }

    [Fact]
    public void A_back_dated_investment_that_would_leave_a_later_day_negative_is_refused_with_FND_003()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원")).Invest(new LocalDate(2021, 9, 1), Brn(1), Money.Parse("8억 원"));
        Assert.Equal(FundRules.InvestmentExceedsRemaining, Assert.Throws<DomainRuleException>(() => fund.Invest(new LocalDate(2021, 3, 1), Brn(2), Money.Parse("5억 원"))).RuleId);
    }

    [Fact]
    public void A_commitment_before_establishment_is_refused_with_FND_004()
        => Assert.Equal(FundRules.BeforeEstablishment, Assert.Throws<DomainRuleException>(() => StartupFund().Commit(Established.PlusDays(-1), District, Money.Parse("1억 원"))).RuleId);

    [Fact]
    public void Replay_without_establishment_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => Fund.Replay([new FundCommitmentMade(StartupFundId, Established, District, Money.Won(1m))])).RuleId);

    [Fact]
    public void Replay_without_establishment_names_the_first_event_and_its_day()
        => Assert.Contains(
            $"starts with fund.commitment-made of gwanak-startup-fund on {Established:uuuu-MM-dd}",
            Assert.Throws<DomainRuleException>(() => Fund.Replay([new FundCommitmentMade(StartupFundId, Established, District, Money.Won(1m))])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => Fund.Replay([])).RuleId);

    [Fact]
    public void Replay_of_a_second_establishment_is_refused_with_HIS_001_at_its_position()
    {
        var history = StartupFund().Commit(Established, District, Money.Won(1m)).History;
        var e = Assert.Throws<DomainRuleException>(() => Fund.Replay([.. history, history[0]]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_funds_step_is_refused_with_HIS_002()
    {
        var other = new FundCommitmentMade(new FundId("another-fund"), Established, District, Money.Won(1m));
        var e = Assert.Throws<DomainRuleException>(() => Fund.Replay([StartupFund().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_investment_names_the_rule_and_the_event()
    {
        var forged = new FundInvestmentMade(StartupFundId, Established, Brn(1), Money.Parse("1억 원"));
        var e = Assert.Throws<DomainRuleException>(() => Fund.Replay([StartupFund().History[0], forged]));
        Assert.Equal((FundRules.InvestmentExceedsRemaining, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void A_zero_amount_is_refused_as_an_argument_naming_the_amount()
        => Assert.Equal("amount", Assert.Throws<System.ArgumentException>(() => StartupFund().Commit(Established, District, Money.Won(0m))).ParamName);

    [Fact]
    public void A_default_contributor_is_refused_as_an_argument_naming_it()
        => Assert.Equal("contributor", Assert.Throws<System.ArgumentException>(() => StartupFund().Commit(Established, default, Money.Won(1m))).ParamName);

    [Fact]
    public void A_default_fund_id_is_refused_as_an_argument_naming_it()
        => Assert.Equal("id", Assert.Throws<System.ArgumentException>(() => Fund.Create(default, Established, LocalizedText.Of("en", "A fund"), District, Money.Won(1m), Period.FromYears(8), Period.FromYears(4))).ParamName);

    [Fact]
    public void TryInvest_returns_the_refusal_and_leaves_the_fund_as_it_was()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원"));
        var decision = fund.TryInvest(Established, Brn(1), Money.Parse("11억 원"));
        Assert.Equal((false, FundRules.InvestmentExceedsRemaining, 2), (decision.IsAccepted, decision.Refusal?.RuleId, fund.Version));
    }

    [Fact]
    public void The_refusal_names_the_day_the_money_runs_short()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원")).Invest(new LocalDate(2021, 9, 1), Brn(1), Money.Parse("8억 원"));
        Assert.Contains("on 2021-09-01 only 2억 원 remains", fund.TryInvest(new LocalDate(2021, 3, 1), Brn(2), Money.Parse("5억 원")).Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_fund()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원")).Invest(new LocalDate(2021, 9, 1), Brn(1), Money.Parse("8억 원"));
        Assert.Equal(fund, Fund.Replay(fund.History));
    }

    [Fact]
    public void CanInvest_answers_before_acting()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원"));
        Assert.Equal((true, false), (fund.CanInvest(Established, Brn(1), Money.Parse("10억 원")), fund.CanInvest(Established, Brn(1), Money.Parse("11억 원"))));
    }

    [Fact]
    public void Committed_is_invested_plus_remaining_and_remaining_is_never_negative_on_any_day()
    {
        var step = Gen.Select(Gen.Bool, Gen.Int[0, 700], Gen.Int[1, 60]);
        step.Array[0, 30].Sample(steps =>
        {
            var fund = StartupFund();
            var committed = new List<(LocalDate Date, decimal Won)>();
            var invested = new List<(LocalDate Date, decimal Won)>();
            foreach (var (commit, day, eok) in steps)
            {
                var date = Established.PlusDays(day);
                var amount = Money.Won(eok * 100_000_000m);
                if (commit)
                {
                    bool can = fund.CanCommit(date, District, amount);
                    var decision = fund.TryCommit(date, District, amount);
                    Assert.Equal(can, decision.IsAccepted);
                    if (decision.TryGetValue(out var next))
                    {
                        fund = next;
                        committed.Add((date, amount.Amount));
                    }
                    else
                    {
                        Assert.Equal(FundRules.CommitmentsExceedTarget, decision.Refusal!.RuleId);
                    }
                }
                else if (fund.CanInvest(date, Brn(day), amount))
                {
                    fund = fund.Invest(date, Brn(day), amount);
                    invested.Add((date, amount.Amount));
                }
                else
                {
                    Assert.Equal(FundRules.InvestmentExceedsRemaining, Assert.Throws<DomainRuleException>(() => fund.Invest(date, Brn(day), amount)).RuleId);
                }
            }

            Assert.Equal(fund, Fund.Replay(fund.History));
            for (int d = 0; d <= 800; d += 7)
            {
                var date = Established.PlusDays(d);
                var expectedCommitted = Money.Won(committed.Where(c => c.Date <= date).Sum(c => c.Won));
                var expectedInvested = Money.Won(invested.Where(i => i.Date <= date).Sum(i => i.Won));
                Assert.Equal((expectedCommitted, expectedInvested), (fund.CommittedOn(date), fund.InvestedOn(date)));
                Assert.Equal(fund.CommittedOn(date), fund.InvestedOn(date) + fund.RemainingOn(date));
                Assert.False(fund.RemainingOn(date).IsNegative);
                Assert.True(fund.CommittedOn(date) <= fund.TargetSize);
            }
        });
    }

    [Fact]
    public void A_fund_reads_as_its_Korean_name_and_its_target_size()
        => Assert.Equal("관악구 창업지원펀드 (200억 원)", StartupFund().ToString());

    [Fact]
    public void The_refusal_of_commitments_beyond_the_target_names_the_total_they_would_reach()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("200억 원"));
        Assert.Equal(
            "Tried to record a commitment by seoul-credit-guarantee of 1억 원 in 관악구 창업지원펀드; commitments would total 201억 원, beyond the target size of 200억 원.",
            fund.TryCommit(Established, Partner, Money.Parse("1억 원")).Refusal?.Message);
    }

    [Fact]
    public void The_refusal_of_commitments_past_the_largest_amount_says_so_instead_of_a_total()
    {
        var largest = Money.Won(decimal.MaxValue);
        var fund = Fund.Create(StartupFundId, Established, LocalizedText.Create("관악구 창업지원펀드", "Gwanak startup support fund"), District, largest, Period.FromYears(8)).Commit(Established, District, largest);
        Assert.Equal(
            $"Tried to record a commitment by seoul-credit-guarantee of 1 원 in 관악구 창업지원펀드; commitments would total more than the largest amount, beyond the target size of {largest.ToKoreanString()}.",
            fund.TryCommit(Established, Partner, Money.Won(1m)).Refusal?.Message);
    }

    [Fact]
    public void The_refusal_of_exit_proceeds_past_the_largest_amount_names_that_amount_with_thousands_separators()
    {
        var fund = StartupFund()
            .Commit(Established, District, Money.Won(1_000m))
            .Invest(new LocalDate(2021, 1, 5), Brn(1), Money.Won(1_000m))
            .Exit(new LocalDate(2021, 1, 6), Brn(1), Money.Won(1m), Money.Won(decimal.MaxValue));
        Assert.Equal(
            $"Tried to record an exit from {Brn(1)} with proceeds of 1 원 in 관악구 창업지원펀드; its exit proceeds would total more than the largest amount an amount holds (±79,228,162,514,264,337,593,543,950,335).",
            fund.TryExit(new LocalDate(2021, 1, 7), Brn(1), Money.Won(1m), Money.Won(1m)).Refusal?.Message);
    }

    [Fact]
    public void The_refusals_of_a_step_out_of_the_fund_s_days_or_of_a_stranger_name_the_step_and_its_own_day()
    {
        var fund = StartupFund().Commit(Established, District, Money.Parse("10억 원"));
        Assert.Equal(
            "Tried to record a commitment by seoul-credit-guarantee on 2021-01-03 in 관악구 창업지원펀드, established on 2021-01-04; steps are dated from the establishment on.",
            fund.TryCommit(Established.PlusDays(-1), Partner, Money.Parse("1억 원")).Refusal?.Message);
        Assert.Equal(
            "Tried to record a commitment by seoul-credit-guarantee on 2029-01-04 in 관악구 창업지원펀드, whose term ended on 2029-01-03; commitments and extensions are made within the term.",
            fund.TryCommit(new LocalDate(2029, 1, 4), Partner, Money.Parse("1억 원")).Refusal?.Message);
        Assert.Equal(
            "Tried to record capital returned to seoul-credit-guarantee on 2021-02-01 in 관악구 창업지원펀드, to which seoul-credit-guarantee has committed nothing by that day; the fund pays its contributors.",
            fund.TryReturnCapital(new LocalDate(2021, 2, 1), Partner, Money.Parse("1억 원")).Refusal?.Message);
    }
}
