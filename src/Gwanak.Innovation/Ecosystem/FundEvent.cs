using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A step in the life of a fund, as a district stores it; the fund is the fold of its steps (<see cref="Ecosystem.Fund.Replay"/>).</summary>
public abstract record FundEvent : IDomainEvent<FundId>
{
    private protected FundEvent(FundId fund, LocalDate date)
    {
        Fund = Guard.Against.Default(fund);
        Date = date;
    }

    /// <summary>The fund the step happened to.</summary>
    public FundId Fund { get; }

    /// <summary>The day of the step.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    FundId IDomainEvent<FundId>.AggregateId => Fund;
}
