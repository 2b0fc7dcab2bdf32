using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// One calendar day of a trip in the home zone: where the delegation was and what it did, in time order, as
/// <see cref="TripReport.Days"/> lists it for an official overseas trip (공무국외출장, docs/domain.md).
/// </summary>
public sealed record TripReportDay
{
    internal TripReportDay(int number, LocalDate homeDate, EquatableArray<Place> places, bool inTransit, EquatableArray<TripReportEntry> entries)
    {
        Number = number;
        HomeDate = homeDate;
        Places = places;
        InTransit = inTransit;
        Entries = entries;
    }

    /// <summary>The day's number, 1 for the day of departure.</summary>
    public int Number { get; }

    /// <summary>The day in the home zone.</summary>
    public LocalDate HomeDate { get; }

    /// <summary>
    /// The places where the delegation was on the ground that day, in time order, the places of its visits included
    /// (it may also have been in the air).
    /// </summary>
    public EquatableArray<Place> Places { get; }

    /// <summary>True when the delegation spent part of the day on a leg.</summary>
    public bool InTransit { get; }

    /// <summary>What happened, in time order.</summary>
    public EquatableArray<TripReportEntry> Entries { get; }
}
