using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>A step in the life of a venture promotion zone, as a district stores it; the zone is the fold of its steps (<see cref="VenturePromotionZone.Replay"/>).</summary>
public abstract record ZoneEvent : IDomainEvent<ZoneId>
{
    private protected ZoneEvent(ZoneId zone, LocalDate date)
    {
        Zone = Guard.Against.Default(zone);
        Date = date;
    }

    /// <summary>The zone the step happened to.</summary>
    public ZoneId Zone { get; }

    /// <summary>The day the step took effect.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    ZoneId IDomainEvent<ZoneId>.AggregateId => Zone;
}
