using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// The legs of a trip in order, with the stays between them: a checked timeline in which the delegation is always
/// either on a leg or on the ground where the previous leg arrived.
/// </summary>
/// <remarks>
/// The home zone is the zone of the first departure. <see cref="Length"/> is computed from the legs' instants: the days
/// are the home zone's calendar days from the first departure to the last arrival, the nights are the local midnights
/// spent on the ground away from the starting place. Never from subtracting the local dates of different zones.
/// </remarks>
public sealed class Itinerary
{
    private readonly ImmutableArray<TravelLeg> legs;
    private readonly ImmutableArray<Stay> stays;

    private Itinerary(ImmutableArray<TravelLeg> legs, ImmutableArray<Stay> stays)
    {
        this.legs = legs;
        this.stays = stays;
        Length = new TripLength(CountNights(), CountDays());
    }

    /// <summary>The legs, in order.</summary>
    public IReadOnlyList<TravelLeg> Legs => legs;

    /// <summary>The stays, by first night.</summary>
    public IReadOnlyList<Stay> Stays => stays;

    /// <summary>Where the trip starts: the place the first leg leaves.</summary>
    public Place Home => legs[0].From;

    /// <summary>The home zone: the zone of the first departure.</summary>
    public DateTimeZone HomeZone => legs[0].Departure.Zone;

    /// <summary>The first departure.</summary>
    public Instant Start => legs[0].Departure.ToInstant();

    /// <summary>The last arrival.</summary>
    public Instant End => legs[^1].Arrival.ToInstant();

    /// <summary>The nights and days, for example 7박 9일.</summary>
    public TripLength Length { get; }

    /// <summary>The first day in the home zone.</summary>
    public LocalDate FirstDay => Start.InZone(HomeZone).Date;

    /// <summary>The last day in the home zone.</summary>
    public LocalDate LastDay => End.InZone(HomeZone).Date;

    /// <summary>Checks and creates an itinerary.</summary>
    /// <param name="legs">The legs, in order; at least one.</param>
    /// <param name="stays">The stays, in any order; optional.</param>
    /// <returns>The itinerary.</returns>
    /// <exception cref="System.ArgumentException">No legs, or a null leg or stay.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="TripRules.LegsOverlap"/>, <see cref="TripRules.LegGoesBackInTime"/>, <see cref="TripRules.GapBetweenLegs"/>,
    /// <see cref="TripRules.StayOutsideTimeAtPlace"/> or <see cref="TripRules.StaysOverlap"/>, naming the legs or stays at fault.
    /// </exception>
    public static Itinerary Create(IEnumerable<TravelLeg> legs, IEnumerable<Stay>? stays = null)
        => TryCreate(legs, stays, out var itinerary, out var problem) ? itinerary! : throw problem!;

    /// <summary>Checks an itinerary without throwing for a broken rule, so a screen can show the problem.</summary>
    /// <param name="legs">The legs, in order; at least one.</param>
    /// <param name="stays">The stays, in any order; optional.</param>
    /// <param name="itinerary">The itinerary, when valid.</param>
    /// <param name="problem">The broken rule, when not.</param>
    /// <returns><see langword="true"/> when the itinerary is valid.</returns>
    /// <exception cref="System.ArgumentException">No legs, or a null leg or stay (programming errors, not user errors).</exception>
    public static bool TryCreate(IEnumerable<TravelLeg> legs, IEnumerable<Stay>? stays, out Itinerary? itinerary, out DomainRuleException? problem)
    {
        Guard.Against.Null(legs);
        var legArray = legs.ToImmutableArray();
        Guard.Against.Expression(n => n == 0, legArray.Length, "An itinerary has at least one leg.", nameof(legs));
        Guard.Against.Expression(n => n > 0, legArray.Count(l => l is null), "A leg is null.", nameof(legs));
        var stayArray = (stays ?? []).ToImmutableArray();
        Guard.Against.Expression(n => n > 0, stayArray.Count(s => s is null), "A stay is null.", nameof(stays));
        stayArray = [.. stayArray.OrderBy(s => s.FirstNight.AtStartOfDayInZone(s.Place.Zone).ToInstant())];

        itinerary = null;
        problem = CheckLegs(legArray) ?? CheckStays(legArray, stayArray);
        if (problem is not null)
        {
            return false;
        }

        itinerary = new Itinerary(legArray, stayArray);
        return true;
    }

    /// <summary>Where the delegation was on the ground at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The place, or <see langword="null"/> while on a leg, before the first departure or after the last arrival.</returns>
    public Place? GroundPlaceAt(Instant instant)
    {
        foreach (var (place, from, to) in GroundTimes(legs))
        {
            if (from <= instant && instant < to)
            {
                return place;
            }
        }

        return null;
    }

    internal static IEnumerable<(Place Place, Instant From, Instant To)> GroundTimes(ImmutableArray<TravelLeg> legs)
    {
        for (int i = 0; i + 1 < legs.Length; i++)
        {
            yield return (legs[i].To, legs[i].Arrival.ToInstant(), legs[i + 1].Departure.ToInstant());
        }
    }

    /// <summary>The local midnights of a zone in [from, to).</summary>
    internal static int MidnightsBetween(DateTimeZone zone, Instant from, Instant to)
    {
        if (to <= from)
        {
            return 0;
        }

        var first = from.InZone(zone).Date;
        if (first.AtStartOfDayInZone(zone).ToInstant() < from)
        {
            first = first.PlusDays(1);
        }

        var last = to.InZone(zone).Date;
        if (last.AtStartOfDayInZone(zone).ToInstant() >= to)
        {
            last = last.PlusDays(-1);
        }

        return last < first ? 0 : Period.DaysBetween(first, last) + 1;
    }

    private static string Name(ImmutableArray<TravelLeg> legs, int index) => $"leg {index + 1} ({legs[index]})";

    private static DomainRuleException? CheckLegs(ImmutableArray<TravelLeg> legs)
    {
        // Time first, then places: a leg listed out of order is reported as such, not as the gap it also makes.
        for (int i = 0; i < legs.Length; i++)
        {
            var leg = legs[i];
            if (leg.Arrival.ToInstant() < leg.Departure.ToInstant())
            {
                return new DomainRuleException(TripRules.LegGoesBackInTime, $"{Name(legs, i)} arrives at {leg.Arrival:uuuu-MM-dd HH:mm x} before it leaves at {leg.Departure:uuuu-MM-dd HH:mm x}: a leg arrives after it leaves. Check the dates and zones.");
            }

            if (i == 0)
            {
                continue;
            }

            var previous = legs[i - 1];
            if (leg.Departure.ToInstant() < previous.Departure.ToInstant())
            {
                return new DomainRuleException(TripRules.LegGoesBackInTime, $"{Name(legs, i)} leaves at {leg.Departure:uuuu-MM-dd HH:mm x}, before {Name(legs, i - 1)} left at {previous.Departure:uuuu-MM-dd HH:mm x}: list the legs in the order they are travelled.");
            }

            if (leg.Departure.ToInstant() < previous.Arrival.ToInstant())
            {
                return new DomainRuleException(TripRules.LegsOverlap, $"{Name(legs, i)} leaves at {leg.Departure:uuuu-MM-dd HH:mm x}, before {Name(legs, i - 1)} arrives at {previous.Arrival:uuuu-MM-dd HH:mm x}: the legs overlap. A leg leaves after the previous one arrived.");
            }

        }

        for (int i = 1; i < legs.Length; i++)
        {
            if (legs[i].From != legs[i - 1].To)
            {
                return new DomainRuleException(TripRules.GapBetweenLegs, $"{Name(legs, i - 1)} arrives at {legs[i - 1].To.Name.English}, but {Name(legs, i)} leaves from {legs[i].From.Name.English}: between them the delegation is nowhere. Add the move between the two places.");
            }
        }

        return null;
    }

    private static DomainRuleException? CheckStays(ImmutableArray<TravelLeg> legs, ImmutableArray<Stay> stays)
    {
        var ground = GroundTimes(legs).ToArray();
        var claimed = new Dictionary<Instant, Stay>();
        foreach (var stay in stays)
        {
            for (var night = stay.FirstNight; night < stay.CheckOut; night = night.PlusDays(1))
            {
                var midnight = night.PlusDays(1).AtStartOfDayInZone(stay.Place.Zone).ToInstant();
                if (!ground.Any(g => g.Place == stay.Place && g.From <= midnight && midnight < g.To))
                {
                    return new DomainRuleException(TripRules.StayOutsideTimeAtPlace, $"The stay {stay} claims the night of {night:uuuu-MM-dd}, but the legs do not put the delegation on the ground at {stay.Place.Name.English} that night. A stay's nights lie between the arrival there and the next departure.");
                }

                if (claimed.TryGetValue(midnight, out var other))
                {
                    return new DomainRuleException(TripRules.StaysOverlap, $"The stays {other} and {stay} both claim the night of {night:uuuu-MM-dd}: a delegation sleeps in one lodging a night.");
                }

                claimed.Add(midnight, stay);
            }
        }

        return null;
    }

    private int CountNights()
        => GroundTimes(legs).Where(g => g.Place != Home).Sum(g => MidnightsBetween(g.Place.Zone, g.From, g.To));

    private int CountDays() => Period.DaysBetween(FirstDay, LastDay) + 1;
}
