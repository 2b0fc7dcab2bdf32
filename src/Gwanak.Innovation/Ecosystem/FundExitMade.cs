using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The fund exited (part of) an investment (투자 회수): it sold the holding, with the proceeds received, or wrote it off, with none.</summary>
[EventType("fund.exit-made")]
public sealed record FundExitMade : FundEvent
{
    /// <summary>Records an exit.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day of the exit.</param>
    /// <param name="company">The company whose holding is exited.</param>
    /// <param name="cost">The part of the holding exited, at what it cost the fund, more than zero.</param>
    /// <param name="proceeds">The money received, zero or more: zero for a write-off.</param>
    /// <exception cref="System.ArgumentException">An id or the company is default, the cost is not positive, or the proceeds are negative.</exception>
    public FundExitMade(FundId fund, LocalDate date, BusinessRegistrationNumber company, Money cost, Money proceeds)
        : base(fund, date)
    {
        Company = Guard.Against.Default(company);
        Guard.Against.NegativeOrZero(cost.Amount, nameof(cost));
        Guard.Against.Negative(proceeds.Amount, nameof(proceeds));
        Cost = cost;
        Proceeds = proceeds;
    }

    /// <summary>The company whose holding is exited.</summary>
    public BusinessRegistrationNumber Company { get; }

    /// <summary>The part of the holding exited, at cost.</summary>
    public Money Cost { get; }

    /// <summary>The money received; zero for a write-off.</summary>
    public Money Proceeds { get; }
}
