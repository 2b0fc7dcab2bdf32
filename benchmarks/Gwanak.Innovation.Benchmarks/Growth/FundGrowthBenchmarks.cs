using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A fund's money: 20 contributors commit on the first day, then, spread over 2,000 days in date order, groups of eight
/// investments of KRW 100 m (500 companies in turn), an exit at half that cost for twice the money and a distribution of
/// half the proceeds. Transition: <see cref="Fund.Invest"/>; question: <see cref="Fund.InvestedOn"/>.
/// </summary>
public class FundGrowthBenchmarks : GrowthBenchmarks<Fund, FundEvent>
{
    private const int Contributors = 20;
    private const int Companies = 500;
    private const int Days = 2_000;
    private static readonly FundId Id = new("growth-fund");
    private static readonly LocalDate Established = new(2000, 1, 1);
    private static readonly Money Eok = Money.Won(100_000_000m);
    private static readonly Money HalfEok = Money.Won(50_000_000m);

    private LocalDate middle;
    private LocalDate last;
    private BusinessRegistrationNumber newcomer;

    /// <summary>An investment in a new company on the last day of the history.</summary>
    /// <returns>The fund with one more investment.</returns>
    [Benchmark]
    public Fund Transition() => Built.Invest(last, newcomer, Eok);

    /// <summary>The total invested on a day in the middle of the history.</summary>
    /// <returns>The amount.</returns>
    [Benchmark]
    public Money DateQuestion() => Built.InvestedOn(middle);

    /// <inheritdoc/>
    protected override (IReadOnlyList<FundEvent> Events, int Count) Generate(int events)
    {
        var contributors = Enumerable.Range(0, Contributors).Select(i => new OrganizationId($"contributor-{i}")).ToArray();
        var companies = Enumerable.Range(0, Companies).Select(Made.Brn).ToArray();
        var share = Money.Won(events * 100_000_000m / Contributors);
        var history = new List<FundEvent>(events)
        {
            new FundEstablished(Id, Established, LocalizedText.Create("성장 펀드", "Growth fund"), new OrganizationId("gwanak-gu"), Money.Won(events * 100_000_000m), Period.FromYears(8), null),
        };
        history.AddRange(contributors.Select(c => new FundCommitmentMade(Id, Established, c, share)));
        int investments = 0;
        for (int i = 0; history.Count < events; i++)
        {
            var day = Established.PlusDays((int)((long)history.Count * Days / events));
            var company = companies[i / 10 % Companies];
            history.Add((i % 10) switch
            {
                8 => new FundExitMade(Id, day, company, HalfEok, Eok),
                9 => new FundDistributionMade(Id, day, contributors[i / 10 % Contributors], HalfEok),
                _ => new FundInvestmentMade(Id, day, company, Eok),
            });
            investments += i % 10 < 8 ? 1 : 0;
        }

        middle = Established.PlusDays(Days / 2);
        last = history[^1].Date;
        newcomer = Made.Brn(Companies);
        return (history, investments);
    }

    /// <inheritdoc/>
    protected override int Loop(FundEvent[] events)
    {
        // The events are in date order: running totals as of the latest day are all the rules need.
        var fund = (FundEstablished)events[0];
        var lastDay = fund.Date.Plus(fund.Term).PlusDays(-1);
        decimal committed = 0m;
        decimal remaining = 0m;
        decimal undistributed = 0m;
        var committedBy = new Dictionary<OrganizationId, decimal>();
        var heldIn = new Dictionary<BusinessRegistrationNumber, decimal>();
        int investments = 0;
        for (int i = 1; i < events.Length; i++)
        {
            var e = events[i];
            Require(e.Date >= fund.Date, "before establishment");
            switch (e)
            {
                case FundCommitmentMade c:
                    Require(c.Amount.Currency == fund.TargetSize.Currency, "currency");
                    Require(c.Date <= lastDay, "term over");
                    Require(committed + c.Amount.Amount <= fund.TargetSize.Amount, "commitments exceed the target");
                    committed += c.Amount.Amount;
                    remaining += c.Amount.Amount;
                    committedBy[c.Contributor] = committedBy.GetValueOrDefault(c.Contributor) + c.Amount.Amount;
                    break;
                case FundInvestmentMade v:
                    Require(v.Amount.Currency == fund.TargetSize.Currency, "currency");
                    Require(v.Date <= lastDay, "investment period over");
                    Require(remaining >= v.Amount.Amount, "investment exceeds remaining");
                    remaining -= v.Amount.Amount;
                    heldIn[v.Company] = heldIn.GetValueOrDefault(v.Company) + v.Amount.Amount;
                    investments++;
                    break;
                case FundExitMade x:
                    Require(x.Cost.Currency == fund.TargetSize.Currency && x.Proceeds.Currency == fund.TargetSize.Currency, "currency");
                    Require(heldIn.GetValueOrDefault(x.Company) >= x.Cost.Amount, "exit exceeds holding");
                    heldIn[x.Company] -= x.Cost.Amount;
                    undistributed += x.Proceeds.Amount;
                    break;
                case FundDistributionMade d:
                    Require(d.Amount.Currency == fund.TargetSize.Currency, "currency");
                    Require(committedBy.GetValueOrDefault(d.Contributor) > 0m, "not a contributor");
                    Require(undistributed >= d.Amount.Amount, "distribution exceeds proceeds");
                    undistributed -= d.Amount.Amount;
                    break;
            }
        }

        return investments;
    }

    /// <inheritdoc/>
    protected override Fund ReplayHistory(FundEvent[] events) => Fund.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(Fund aggregate) => aggregate.Investments.Count;
}
