using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A contributor committed money to the fund.</summary>
[EventType("fund.commitment-made")]
public sealed record FundCommitmentMade : FundEvent
{
    /// <summary>Records a commitment.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day of the commitment.</param>
    /// <param name="contributor">The contributing organisation (the district, the city, a bank...).</param>
    /// <param name="amount">The amount committed, more than zero.</param>
    /// <exception cref="System.ArgumentException">An id is default or the amount is not positive.</exception>
    public FundCommitmentMade(FundId fund, LocalDate date, OrganizationId contributor, Money amount)
        : base(fund, date)
    {
        Contributor = Guard.Against.Default(contributor);
        Guard.Against.NegativeOrZero(amount.Amount, nameof(amount));
        Amount = amount;
    }

    /// <summary>The contributing organisation.</summary>
    public OrganizationId Contributor { get; }

    /// <summary>The amount committed.</summary>
    public Money Amount { get; }
}
