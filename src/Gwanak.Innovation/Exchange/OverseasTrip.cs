using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>An official overseas trip (공무국외출장): a delegation, its itinerary and the visits it made.</summary>
public sealed class OverseasTrip
{
    private readonly ImmutableArray<Visit> visits;

    private OverseasTrip(LocalizedText title, Delegation delegation, Itinerary itinerary, ImmutableArray<Visit> visits)
    {
        Title = title;
        Delegation = delegation;
        Itinerary = itinerary;
        this.visits = visits;
    }

    /// <summary>The trip's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Who travelled.</summary>
    public Delegation Delegation { get; }

    /// <summary>The legs and stays.</summary>
    public Itinerary Itinerary { get; }

    /// <summary>The visits, in the order they happened.</summary>
    public IReadOnlyList<Visit> Visits => visits;

    /// <summary>The nights and days, for example 7박 9일.</summary>
    public TripLength Length => Itinerary.Length;

    /// <summary>Creates a trip.</summary>
    /// <param name="title">The trip's title.</param>
    /// <param name="delegation">Who travels.</param>
    /// <param name="itinerary">The legs and stays.</param>
    /// <param name="visits">The visits, in any order.</param>
    /// <returns>The trip.</returns>
    /// <exception cref="System.ArgumentNullException">A value is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="TripRules.VisitOutsideTrip"/>: a visit is outside the time on the ground.</exception>
    public static OverseasTrip Create(LocalizedText title, Delegation delegation, Itinerary itinerary, IEnumerable<Visit>? visits = null)
    {
        var trip = new OverseasTrip(Guard.Against.Null(title), Guard.Against.Null(delegation), Guard.Against.Null(itinerary), []);
        foreach (var visit in visits ?? [])
        {
            trip = trip.WithVisit(visit);
        }

        return trip;
    }

    /// <summary>True when the visit begins while the delegation is on the ground during the trip (not before it, after it, or on a leg).</summary>
    /// <param name="visit">The visit.</param>
    /// <returns><see langword="true"/> when <see cref="WithVisit"/> would accept it.</returns>
    public bool CanAddVisit(Visit visit)
    {
        Guard.Against.Null(visit);
        return Itinerary.GroundPlaceAt(visit.LocalStart.ToInstant()) is not null;
    }

    /// <summary>The trip with one more visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>The trip with the visit, visits kept in time order.</returns>
    /// <exception cref="DomainRuleException"><see cref="TripRules.VisitOutsideTrip"/>: the visit is outside the time on the ground.</exception>
    public OverseasTrip WithVisit(Visit visit)
    {
        if (!CanAddVisit(visit))
        {
            var home = Itinerary.HomeZone;
            throw new DomainRuleException(TripRules.VisitOutsideTrip, $"The visit to {visit.Organization} at {visit.LocalStart:uuuu-MM-dd HH:mm x} ({visit.LocalStart.ToInstant().InZone(home):uuuu-MM-dd HH:mm x} at home) is not while the delegation is on the ground: the trip runs from {Itinerary.Start.InZone(home):uuuu-MM-dd HH:mm x} to {Itinerary.End.InZone(home):uuuu-MM-dd HH:mm x}, and a visit cannot begin on a leg. Give the visit's local time.");
        }

        return new OverseasTrip(Title, Delegation, Itinerary, [.. visits.Append(visit).OrderBy(v => v.LocalStart.ToInstant())]);
    }

    /// <summary>The day-by-day report of the trip with its outcomes grouped.</summary>
    /// <param name="organizationNames">
    /// The names of the organisations visited, as the portal registers them (the trip knows only their ids); an
    /// organisation without a name here is shown by its id.
    /// </param>
    /// <returns>The report.</returns>
    public TripReport Report(IReadOnlyDictionary<OrganizationId, LocalizedText>? organizationNames = null) => TripReport.For(this, organizationNames);
}
