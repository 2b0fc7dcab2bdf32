using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// One line of a trip report's day: when (at home and on the local clock), where, and what happened, as
/// <see cref="TripReportDay.Entries"/> lists it from the trip's legs, nights and visits.
/// </summary>
public sealed record TripReportEntry
{
    internal TripReportEntry(ZonedDateTime homeTime, ZonedDateTime localTime, Place place, LocalizedText description, OrganizationId? organization)
    {
        HomeTime = homeTime;
        LocalTime = localTime;
        Place = place;
        Description = description;
        Organization = organization;
    }

    /// <summary>When, on the home clock.</summary>
    public ZonedDateTime HomeTime { get; }

    /// <summary>When, on the clock of <see cref="Place"/>.</summary>
    public ZonedDateTime LocalTime { get; }

    /// <summary>Where it happened (for a leg, where it left).</summary>
    public Place Place { get; }

    /// <summary>What happened, in Korean and English.</summary>
    public LocalizedText Description { get; }

    /// <summary>The organisation visited, for a visit.</summary>
    public OrganizationId? Organization { get; }
}
