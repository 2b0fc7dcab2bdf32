using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A startup fund: a target size, contributors' commitments and investments into companies, each dated, so that
/// committed, invested and remaining amounts can be asked for any day.
/// </summary>
/// <remarks>
/// Gwanak raised a KRW 20 bn startup support fund (창업지원펀드 200억 원) and set up a KRW 6 bn S-Valley company fund
/// for early-stage firms (관악S밸리기업지원펀드 60억 원) (seed article, 2023). Invariants on every day: committed =
/// invested + remaining, and remaining is never negative (<see cref="FundRules.InvestmentExceedsRemaining"/>);
/// committed never exceeds the target size (<see cref="FundRules.CommitmentsExceedTarget"/>).
/// </remarks>
public sealed class Fund : IEquatable<Fund>
{
    private readonly FundEstablished establishment;

    private Fund(FundEstablished establishment, ImmutableArray<FundEvent> history)
    {
        this.establishment = establishment;
        History = history;
        Commitments = [.. history.OfType<FundCommitmentMade>()];
        Investments = [.. history.OfType<FundInvestmentMade>()];
    }

    /// <summary>The name.</summary>
    public LocalizedText Name => establishment.Name;

    /// <summary>The managing organisation.</summary>
    public OrganizationId Manager => establishment.Manager;

    /// <summary>The target size.</summary>
    public Money TargetSize => establishment.TargetSize;

    /// <summary>The day of establishment.</summary>
    public LocalDate EstablishedOn => establishment.Date;

    /// <summary>The commitments, in the order recorded.</summary>
    public ImmutableArray<FundCommitmentMade> Commitments { get; }

    /// <summary>The investments, in the order recorded.</summary>
    public ImmutableArray<FundInvestmentMade> Investments { get; }

    /// <summary>Every step, in the order recorded; the fund is their fold.</summary>
    public ImmutableArray<FundEvent> History { get; }

    /// <summary>Establishes a fund.</summary>
    /// <param name="establishedOn">The day of establishment.</param>
    /// <param name="name">The name.</param>
    /// <param name="manager">The managing organisation.</param>
    /// <param name="targetSize">The target size, more than zero.</param>
    /// <returns>The fund, with nothing committed yet.</returns>
    /// <exception cref="ArgumentException">The name is missing or the target size is not positive.</exception>
    public static Fund Establish(LocalDate establishedOn, LocalizedText name, OrganizationId manager, Money targetSize)
        => Replay([new FundEstablished(establishedOn, name, manager, targetSize)]);

    /// <summary>Rebuilds a fund from its history.</summary>
    /// <param name="history">The steps, starting with a <see cref="FundEstablished"/>.</param>
    /// <returns>The fund, equal to the one that produced the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule (its rule id says which).</exception>
    public static Fund Replay(IEnumerable<FundEvent> history)
        => EventHistory.Replay(history, (FundEstablished established) => new Fund(Checked(established), [established]), (fund, e) => fund.Apply(e), e => e.Date, FundRules.HistoryMustStartWithEstablishment, "A fund's history starts with its establishment");

    /// <summary>A contributor commits money.</summary>
    /// <param name="date">The day of the commitment.</param>
    /// <param name="contributor">The contributor.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the commitment.</returns>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.CommitmentsExceedTarget"/>.</exception>
    public Fund Commit(LocalDate date, OrganizationId contributor, Money amount)
        => Apply(new FundCommitmentMade(date, contributor, amount));

    /// <summary>The fund invests in a company.</summary>
    /// <param name="date">The day of the investment.</param>
    /// <param name="company">The company.</param>
    /// <param name="amount">The amount, more than zero.</param>
    /// <returns>The fund with the investment.</returns>
    /// <exception cref="DomainRuleException"><see cref="FundRules.CurrencyDiffersFromFund"/>, <see cref="FundRules.BeforeEstablishment"/>, <see cref="FundRules.InvestmentExceedsRemaining"/>.</exception>
    public Fund Invest(LocalDate date, BusinessRegistrationNumber company, Money amount)
        => Apply(new FundInvestmentMade(date, company, amount));

    /// <summary>True when an investment of an amount on a day would be accepted.</summary>
    /// <param name="date">The day.</param>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when <see cref="Invest"/> would succeed.</returns>
    public bool CanInvest(LocalDate date, Money amount)
        => amount.Currency == TargetSize.Currency && amount.Amount > 0m && date >= EstablishedOn && ShortfallOnOrAfter(date, amount) is null;

    /// <summary>The total committed on a day (commitments dated on or before it).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money CommittedOn(LocalDate date) => Money.Sum(Commitments.Where(c => c.Date <= date).Select(c => c.Amount), TargetSize.Currency);

    /// <summary>The total invested on a day (investments dated on or before it).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money InvestedOn(LocalDate date) => Money.Sum(Investments.Where(i => i.Date <= date).Select(i => i.Amount), TargetSize.Currency);

    /// <summary>The capacity remaining on a day: committed minus invested, never negative.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money RemainingOn(LocalDate date) => CommittedOn(date) - InvestedOn(date);

    /// <summary>What a contributor has committed by a day.</summary>
    /// <param name="contributor">The contributor.</param>
    /// <param name="date">The day.</param>
    /// <returns>The amount, in the fund's currency.</returns>
    public Money CommittedBy(OrganizationId contributor, LocalDate date)
        => Money.Sum(Commitments.Where(c => c.Contributor == contributor && c.Date <= date).Select(c => c.Amount), TargetSize.Currency);

    /// <inheritdoc/>
    public bool Equals(Fund? other) => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Fund);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, History.Length);

    /// <summary>The name and target size.</summary>
    /// <returns>For example <c>관악구 창업지원펀드 (200억 원)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({TargetSize.ToKoreanString()})";

    private static FundEstablished Checked(FundEstablished established)
    {
        Guard.Against.Null(established.Name, nameof(established));
        if (established.TargetSize.Amount <= 0m)
        {
            throw new ArgumentException($"The target size {established.TargetSize} must be more than zero.", "targetSize");
        }

        return established;
    }

    private (LocalDate Day, Money Remaining)? ShortfallOnOrAfter(LocalDate date, Money amount)
    {
        foreach (var day in History.Skip(1).Select(e => e.Date).Where(d => d > date).Prepend(date).Distinct().Order())
        {
            var remaining = RemainingOn(day);
            if (remaining < amount)
            {
                return (day, remaining);
            }
        }

        return null;
    }

    private Fund Apply(FundEvent e)
    {
        if (e is FundEstablished)
        {
            throw new DomainRuleException(FundRules.HistoryMustStartWithEstablishment, $"{Name.Korean} was already established on {EstablishedOn:uuuu-MM-dd}; a history has exactly one establishment, at its start.");
        }

        var (amount, what) = e switch
        {
            FundCommitmentMade c => (c.Amount, $"a commitment by {c.Contributor}"),
            FundInvestmentMade i => (i.Amount, $"an investment in {i.Company}"),
            _ => throw new ArgumentException($"Unknown fund event {e.GetType().Name}.", nameof(e)),
        };
        if (amount.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(e), amount, $"The amount of {what} must be more than zero.");
        }

        if (amount.Currency != TargetSize.Currency)
        {
            throw new DomainRuleException(FundRules.CurrencyDiffersFromFund, $"Tried to record {what} of {amount} in {Name.Korean}, whose target size is {TargetSize}; amounts are in the fund's currency.");
        }

        if (e.Date < EstablishedOn)
        {
            throw new DomainRuleException(FundRules.BeforeEstablishment, $"Tried to record {what} on {e.Date:uuuu-MM-dd} in {Name.Korean}, established on {EstablishedOn:uuuu-MM-dd}; steps are dated from the establishment on.");
        }

        if (e is FundCommitmentMade)
        {
            var total = Money.Sum(Commitments.Select(c => c.Amount), TargetSize.Currency) + amount;
            if (total > TargetSize)
            {
                throw new DomainRuleException(FundRules.CommitmentsExceedTarget, $"Tried to record {what} of {amount.ToKoreanString()} in {Name.Korean}; commitments would total {total.ToKoreanString()}, beyond the target size of {TargetSize.ToKoreanString()}.");
            }
        }
        else if (ShortfallOnOrAfter(e.Date, amount) is { } shortfall)
        {
            throw new DomainRuleException(FundRules.InvestmentExceedsRemaining, $"Tried to record {what} of {amount.ToKoreanString()} on {e.Date:uuuu-MM-dd} in {Name.Korean}, but on {shortfall.Day:uuuu-MM-dd} only {shortfall.Remaining.ToKoreanString()} remains (committed minus invested); an investment fits within the remaining capacity.");
        }

        return new Fund(establishment, History.Add(e));
    }
}
