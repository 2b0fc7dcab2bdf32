using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A step in the life of a city partnership, as a district stores it; the partnership is the fold of its steps (<see cref="CityPartnership.Replay"/>).</summary>
public abstract record PartnershipEvent : IDomainEvent<PartnershipId>
{
    private protected PartnershipEvent(PartnershipId partnership, LocalDate date)
    {
        Partnership = Guard.Against.Default(partnership);
        Date = date;
    }

    /// <summary>The partnership the step happened to.</summary>
    public PartnershipId Partnership { get; }

    /// <summary>The day of the step.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    PartnershipId IDomainEvent<PartnershipId>.AggregateId => Partnership;
}
