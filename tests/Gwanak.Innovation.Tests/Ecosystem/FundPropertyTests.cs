using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ecosystem;

public sealed class FundPropertyTests
{
    private const decimal Eok = 100_000_000m;
    private static readonly LocalDate Established = new(2021, 1, 4);
    private static readonly OrganizationId[] Contributors = [new("gwanak-gu-office"), new("seoul-credit-guarantee"), new("partner-bank")];

    [Fact]
    public void Any_sequence_of_steps_is_decided_as_a_scan_of_the_steps_would_and_every_report_figure_is_right_on_any_day()
    {
        var step = Gen.Select(Gen.Int[0, 5], Gen.Int[-20, 3_400], Gen.Int[0, 2], Gen.Int[1, 40], Gen.Int[0, 60]);
        step.Array[0, 40].Sample(steps =>
        {
            var fund = Fund.Create(new FundId("f"), Established, LocalizedText.Of("en", "Fund"), Contributors[0], Money.Won(200 * Eok), Period.FromYears(8), Period.FromYears(4));
            var model = new Model();
            foreach (var (kind, day, who, eok, proceedsEok) in steps)
            {
                var date = Established.PlusDays(day);
                var amount = Money.Won(eok * Eok);
                var proceeds = Money.Won(proceedsEok * Eok);
                var recorded = new Step(kind, date, who, eok * Eok, proceedsEok * Eok);
                var decision = kind switch
                {
                    0 => TransitionForms.Agree(() => fund.CanCommit(date, Contributors[who], amount), () => fund.TryCommit(date, Contributors[who], amount), () => fund.Commit(date, Contributors[who], amount)),
                    1 => TransitionForms.Agree(() => fund.CanInvest(date, Brn(who), amount), () => fund.TryInvest(date, Brn(who), amount), () => fund.Invest(date, Brn(who), amount)),
                    2 => TransitionForms.Agree(() => fund.CanExit(date, Brn(who), amount, proceeds), () => fund.TryExit(date, Brn(who), amount, proceeds), () => fund.Exit(date, Brn(who), amount, proceeds)),
                    3 => TransitionForms.Agree(() => fund.CanDistribute(date, Contributors[who], amount), () => fund.TryDistribute(date, Contributors[who], amount), () => fund.Distribute(date, Contributors[who], amount)),
                    4 => TransitionForms.Agree(() => fund.CanReturnCapital(date, Contributors[who], amount), () => fund.TryReturnCapital(date, Contributors[who], amount), () => fund.ReturnCapital(date, Contributors[who], amount)),
                    _ => TransitionForms.Agree(() => fund.CanExtendTerm(date, Period.FromMonths(eok)), () => fund.TryExtendTerm(date, Period.FromMonths(eok)), () => fund.ExtendTerm(date, Period.FromMonths(eok))),
                };
                Assert.Equal(model.Decide(recorded), decision.Refusal?.RuleId);
                if (decision.TryGetValue(out var next))
                {
                    fund = next;
                    model.Steps.Add(recorded);
                }
            }

            var replayed = Fund.Replay(fund.History);
            Assert.Equal(fund, replayed);
            Assert.Equal(model.TermEnd, fund.TermDays.End);

            // The replay built its running totals in place; a step taken from what it returned copies them.
            _ = (replayed.TryInvest(Established.PlusDays(400), Brn(0), Money.Won(1_0000_0000m)), replayed.TryCommit(Established.PlusDays(10), Contributors[0], Money.Won(1_0000_0000m)));
            foreach (var answering in (Fund[])[fund, replayed])
            {
                AssertAgreesWith(model, answering);
            }
        });
    }

    private static void AssertAgreesWith(Model model, Fund fund)
    {
        for (int d = -7; d <= 3_500; d += 29)
        {
            var date = Established.PlusDays(d);
            Assert.Equal(Money.Won(model.Committed(date)), fund.CommittedOn(date));
            Assert.Equal(Money.Won(model.Sum(1, date)), fund.InvestedOn(date));
            Assert.Equal(Money.Won(model.Sum(4, date)), fund.ReturnedOn(date));
            Assert.Equal(Money.Won(model.Remaining(date)), fund.RemainingOn(date));
            Assert.Equal(Money.Won(model.Sum(1, date) - model.Sum(2, date)), fund.HeldAtCostOn(date));
            Assert.Equal(Money.Won(model.Proceeds(date)), fund.ProceedsOn(date));
            Assert.Equal(Money.Won(model.Sum(3, date)), fund.DistributedOn(date));
            Assert.Equal(fund.CommittedOn(date), fund.InvestedOn(date) + fund.ReturnedOn(date) + fund.RemainingOn(date));
            Assert.False(fund.RemainingOn(date).IsNegative || fund.UndistributedOn(date).IsNegative || fund.HeldAtCostOn(date).IsNegative);
            Assert.True(fund.CommittedOn(date) <= fund.TargetSize);
            for (int who = 0; who < 3; who++)
            {
                Assert.Equal(Money.Won(model.Held(who, date)), fund.HeldAtCostIn(Brn(who), date));
                Assert.Equal(Money.Won(model.Sum(4, date, who)), fund.ReturnedTo(Contributors[who], date));
                Assert.Equal(Money.Won(model.Sum(3, date, who)), fund.DistributedTo(Contributors[who], date));
            }
        }
    }

    private sealed record Step(int Kind, LocalDate Date, int Who, decimal Amount, decimal Proceeds);

    /// <summary>The fund's rules decided by scanning every accepted step (kinds: 0 commit, 1 invest, 2 exit, 3 distribute, 4 return, 5 extend).</summary>
    private sealed class Model
    {
        public List<Step> Steps { get; } = [];

        public LocalDate TermEnd => Established.PlusMonths(96 + Steps.Where(s => s.Kind == 5).Sum(s => (int)(s.Amount / Eok))).PlusDays(-1);

        private static LocalDate InvestmentEnd => Established.PlusYears(4).PlusDays(-1);

        public decimal Sum(int kind, LocalDate date, int? who = null) => Steps.Where(s => s.Kind == kind && s.Date <= date && (who is null || s.Who == who)).Sum(s => s.Amount);

        public decimal Committed(LocalDate date) => Sum(0, date);

        public decimal Remaining(LocalDate date) => Sum(0, date) - Sum(1, date) - Sum(4, date);

        public decimal Proceeds(LocalDate date) => Steps.Where(s => s.Kind == 2 && s.Date <= date).Sum(s => s.Proceeds);

        public decimal Held(int who, LocalDate date) => Sum(1, date, who) - Sum(2, date, who);

        public string? Decide(Step s)
        {
            if (s.Date < Established)
            {
                return FundRules.BeforeEstablishment;
            }

            var days = Steps.Select(x => x.Date).Where(d => d > s.Date).Append(s.Date).ToList();
            return s.Kind switch
            {
                0 => s.Date > TermEnd ? FundRules.TermOver : Committed(LocalDate.MaxIsoValue) + s.Amount > 200 * Eok ? FundRules.CommitmentsExceedTarget : null,
                1 => s.Date > InvestmentEnd || s.Date > TermEnd ? FundRules.InvestmentPeriodOver : days.Any(d => Remaining(d) < s.Amount) ? FundRules.InvestmentExceedsRemaining : null,
                2 => days.Any(d => Held(s.Who, d) < s.Amount) ? FundRules.ExitExceedsHolding : null,
                3 => Sum(0, s.Date, s.Who) <= 0 ? FundRules.NotAContributor : days.Any(d => Proceeds(d) - Sum(3, d) < s.Amount) ? FundRules.DistributionExceedsProceeds : null,
                4 => Sum(0, s.Date, s.Who) <= 0 ? FundRules.NotAContributor : days.Any(d => Remaining(d) < s.Amount || Sum(0, d, s.Who) - Sum(4, d, s.Who) < s.Amount) ? FundRules.ReturnExceedsRemaining : null,
                _ => s.Date > TermEnd ? FundRules.TermOver : null,
            };
        }
    }
}
