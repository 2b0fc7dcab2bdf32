using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The fund paid a contributor out of the proceeds of its exits (분배).</summary>
[EventType("fund.distribution-made")]
public sealed record FundDistributionMade : FundEvent
{
    /// <summary>Records the payment.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day of the payment.</param>
    /// <param name="contributor">The contributor paid.</param>
    /// <param name="amount">The amount paid, more than zero.</param>
    /// <exception cref="System.ArgumentException">An id is default or the amount is not positive.</exception>
    public FundDistributionMade(FundId fund, LocalDate date, OrganizationId contributor, Money amount)
        : base(fund, date)
    {
        Contributor = Guard.Against.Default(contributor);
        Guard.Against.NegativeOrZero(amount.Amount, nameof(amount));
        Amount = amount;
    }

    /// <summary>The contributor paid.</summary>
    public OrganizationId Contributor { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }
}
