using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>An official overseas trip (공무국외출장): a delegation, its itinerary and the visits it made.</summary>
public sealed class OverseasTrip : IEquatable<OverseasTrip>
{
    /// <summary>Creates a trip.</summary>
    /// <param name="id">The trip's id.</param>
    /// <param name="title">The trip's title.</param>
    /// <param name="delegation">Who travels.</param>
    /// <param name="itinerary">The legs and stays.</param>
    /// <param name="visits">The visits, in any order; kept in the order they happened.</param>
    /// <exception cref="ArgumentException">The id is default, or a value or a visit is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="TripRules.VisitOutsideTrip"/>: a visit is outside the time on the ground.</exception>
    public OverseasTrip(TripId id, LocalizedText title, Delegation delegation, Itinerary itinerary, EquatableArray<Visit> visits = default)
    {
        Id = Guard.Against.Default(id);
        Title = Guard.Against.Null(title);
        Delegation = Guard.Against.Null(delegation);
        Itinerary = Guard.Against.Null(itinerary);
        foreach (var visit in visits)
        {
            Guard.Against.Null(visit, nameof(visits));
            if (RefuseVisit(visit) is { } refusal)
            {
                throw refusal.ToException();
            }
        }

        Visits = [.. visits.OrderBy(v => v.LocalStart.ToInstant())];
    }

    /// <summary>The trip's id.</summary>
    public TripId Id { get; }

    /// <summary>The trip's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Who travelled.</summary>
    public Delegation Delegation { get; }

    /// <summary>The legs and stays.</summary>
    public Itinerary Itinerary { get; }

    /// <summary>The visits, in the order they happened.</summary>
    public EquatableArray<Visit> Visits { get; }

    /// <summary>The nights and days, for example 7박 9일.</summary>
    public TripLength Length => Itinerary.Length;

    /// <summary>True when the visit begins while the delegation is on the ground during the trip (not before it, after it, or on a leg).</summary>
    /// <param name="visit">The visit.</param>
    /// <returns><see langword="true"/> when <see cref="WithVisit"/> would accept it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is null.</exception>
    public bool CanAddVisit(Visit visit) => RefuseVisit(Guard.Against.Null(visit)) is null;

    /// <summary>The trip with one more visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>The trip with the visit, visits kept in time order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="TripRules.VisitOutsideTrip"/>: the visit is outside the time on the ground.</exception>
    [Transition]
    public OverseasTrip WithVisit(Visit visit) => new(Id, Title, Delegation, Itinerary, [.. Visits, Guard.Against.Null(visit)]);

    /// <summary>The day-by-day report of the trip with its outcomes grouped.</summary>
    /// <param name="organizationNames">
    /// The names of the organisations visited, as the portal registers them (the trip knows only their ids); an
    /// organisation without a name here is shown by its id.
    /// </param>
    /// <returns>The report.</returns>
    public TripReport Report(IReadOnlyDictionary<OrganizationId, LocalizedText>? organizationNames = null) => TripReport.For(this, organizationNames);

    /// <inheritdoc/>
    public bool Equals(OverseasTrip? other) => other is not null && Id == other.Id && Title.Equals(other.Title) && Delegation.Equals(other.Delegation) && Itinerary.Equals(other.Itinerary) && Visits == other.Visits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OverseasTrip);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Visits.Count);

    private Refusal? RefuseVisit(Visit visit)
    {
        if (Itinerary.GroundPlaceAt(visit.LocalStart.ToInstant()) is not null)
        {
            return null;
        }

        var home = Itinerary.HomeZone;
        return new Refusal(TripRules.VisitOutsideTrip, $"The visit to {visit.Organization} at {visit.LocalStart:uuuu-MM-dd HH:mm x} ({visit.LocalStart.ToInstant().InZone(home):uuuu-MM-dd HH:mm x} at home) is not while the delegation is on the ground: the trip runs from {Itinerary.Start.InZone(home):uuuu-MM-dd HH:mm x} to {Itinerary.End.InZone(home):uuuu-MM-dd HH:mm x}, and a visit cannot begin on a leg. Give the visit's local time.");
    }
}
