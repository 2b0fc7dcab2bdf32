using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The fund gave a contributor back committed capital it will not invest (출자금 반환), lowering what remains to invest.</summary>
[EventType("fund.capital-returned")]
public sealed record FundCapitalReturned : FundEvent
{
    /// <summary>Records the payment.</summary>
    /// <param name="fund">The fund's id.</param>
    /// <param name="date">The day of the payment.</param>
    /// <param name="contributor">The contributor the capital goes back to.</param>
    /// <param name="amount">The amount returned, more than zero.</param>
    /// <exception cref="System.ArgumentException">An id is default or the amount is not positive.</exception>
    public FundCapitalReturned(FundId fund, LocalDate date, OrganizationId contributor, Money amount)
        : base(fund, date)
    {
        Contributor = Guard.Against.Default(contributor);
        Guard.Against.NegativeOrZero(amount.Amount, nameof(amount));
        Amount = amount;
    }

    /// <summary>The contributor the capital goes back to.</summary>
    public OrganizationId Contributor { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }
}
