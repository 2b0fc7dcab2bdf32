using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The fund invested in a company.</summary>
[EventType("fund.investment-made")]
public sealed record FundInvestmentMade : FundEvent
{
    /// <summary>Records an investment.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day of the investment.</param>
    /// <param name="company">The company invested in.</param>
    /// <param name="amount">The amount invested, more than zero.</param>
    /// <exception cref="System.ArgumentException">An id or the company is default, or the amount is not positive.</exception>
    public FundInvestmentMade(FundId fund, LocalDate date, BusinessRegistrationNumber company, Money amount)
        : base(fund, date)
    {
        Company = Guard.Against.Default(company);
        Guard.Against.NegativeOrZero(amount.Amount, nameof(amount));
        Amount = amount;
    }

    /// <summary>The company invested in.</summary>
    public BusinessRegistrationNumber Company { get; }

    /// <summary>The amount invested.</summary>
    public Money Amount { get; }
}
