using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A step in the life of a facility, as a district stores it; the facility is the fold of its steps (<see cref="Ecosystem.Facility.Replay"/>).</summary>
public abstract record FacilityEvent : IDomainEvent<FacilityId>
{
    private protected FacilityEvent(FacilityId facility, LocalDate date)
    {
        Facility = Guard.Against.Default(facility);
        Date = date;
    }

    /// <summary>The facility the step happened to.</summary>
    public FacilityId Facility { get; }

    /// <summary>The day of the step.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    FacilityId IDomainEvent<FacilityId>.AggregateId => Facility;
}
