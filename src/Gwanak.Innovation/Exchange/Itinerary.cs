using System;
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
/// spent on the ground away from the starting place, and the nights of a stay that the delegation reached after
/// midnight from a leg, before the lodging's check-out time (a flight landing at 00:30 at a hotel booked from the
/// evening before). Never from subtracting the local dates of different zones.
/// </remarks>
public sealed class Itinerary : IEquatable<Itinerary>
{
    /// <summary>Checks and creates an itinerary.</summary>
    /// <param name="legs">The legs, in order; at least one.</param>
    /// <param name="stays">The stays, in any order; kept by first night.</param>
    /// <exception cref="ArgumentException">No legs, or a null leg or stay.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="TripRules.LegsOverlap"/>, <see cref="TripRules.LegGoesBackInTime"/>, <see cref="TripRules.GapBetweenLegs"/>,
    /// <see cref="TripRules.StayOutsideTimeAtPlace"/> or <see cref="TripRules.StaysOverlap"/>, naming the legs or stays at fault.
    /// </exception>
    public Itinerary(EquatableArray<TravelLeg> legs, EquatableArray<Stay> stays = default)
    {
        stays = CheckArguments(legs, stays);
        if (Check(legs, stays) is { } refusal)
        {
            throw refusal.ToException();
        }

        Legs = legs;
        Stays = stays;
        Length = new TripLength(CountNights(), CountDays());
    }

    /// <summary>The legs, in order.</summary>
    public EquatableArray<TravelLeg> Legs { get; }

    /// <summary>The stays, by first night.</summary>
    public EquatableArray<Stay> Stays { get; }

    /// <summary>Where the trip starts: the place the first leg leaves.</summary>
    public Place Home => Legs[0].From;

    /// <summary>The home zone: the zone of the first departure.</summary>
    public DateTimeZone HomeZone => Legs[0].Departure.Zone;

    /// <summary>The first departure.</summary>
    public Instant Start => Legs[0].Departure.ToInstant();

    /// <summary>The last arrival.</summary>
    public Instant End => Legs[^1].Arrival.ToInstant();

    /// <summary>The nights and days, for example 7박 9일.</summary>
    public TripLength Length { get; }

    /// <summary>The first day in the home zone.</summary>
    public LocalDate FirstDay => Start.InZone(HomeZone).Date;

    /// <summary>The last day in the home zone.</summary>
    public LocalDate LastDay => End.InZone(HomeZone).Date;

    /// <summary>Checks an itinerary without throwing for a broken rule, so a screen can show the problem.</summary>
    /// <param name="legs">The legs, in order; at least one.</param>
    /// <param name="stays">The stays, in any order; optional.</param>
    /// <returns>The itinerary, or the refusal naming the legs or stays at fault.</returns>
    /// <exception cref="ArgumentException">No legs, or a null leg or stay (programming errors, not user errors).</exception>
    public static Decision<Itinerary> TryCreate(EquatableArray<TravelLeg> legs, EquatableArray<Stay> stays = default)
        => Check(legs, CheckArguments(legs, stays)) is { } refusal ? new(refusal) : new(new Itinerary(legs, stays));

    /// <summary>Where the delegation was on the ground at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The place, or <see langword="null"/> while on a leg, before the first departure or after the last arrival.</returns>
    public Place? GroundPlaceAt(Instant instant)
    {
        foreach (var (place, from, to) in GroundTimes(Legs.AsImmutableArray()))
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

    /// <summary>Refuses a missing leg or a null leg or stay; returns the stays by first night.</summary>
    private static EquatableArray<Stay> CheckArguments(EquatableArray<TravelLeg> legs, EquatableArray<Stay> stays)
    {
        Guard.Against.Expression(n => n == 0, legs.Count, "An itinerary has at least one leg.", nameof(legs));
        Guard.Against.Expression(n => n > 0, legs.Count(l => l is null), "A leg is null.", nameof(legs));
        Guard.Against.Expression(n => n > 0, stays.Count(s => s is null), "A stay is null.", nameof(stays));
        return [.. stays.OrderBy(s => s.FirstNight.AtStartOfDayInZone(s.Place.Zone).ToInstant())];
    }

    private static Refusal? Check(EquatableArray<TravelLeg> legs, EquatableArray<Stay> stays)
        => CheckLegs(legs.AsImmutableArray()) ?? CheckStays(legs.AsImmutableArray(), stays.AsImmutableArray());

    private static string Name(ImmutableArray<TravelLeg> legs, int index) => $"leg {index + 1} ({legs[index]})";

    private static Refusal? CheckLegs(ImmutableArray<TravelLeg> legs)
    {
        // Time first, then places: a leg listed out of order is reported as such, not as the gap it also makes.
        for (int i = 0; i < legs.Length; i++)
        {
            var leg = legs[i];
            if (leg.Arrival.ToInstant() < leg.Departure.ToInstant())
            {
                return new Refusal(TripRules.LegGoesBackInTime, $"{Name(legs, i)} arrives at {leg.Arrival:uuuu-MM-dd HH:mm x} before it leaves at {leg.Departure:uuuu-MM-dd HH:mm x}: a leg arrives after it leaves. Check the dates and zones.");
            }

            if (i == 0)
            {
                continue;
            }

            var previous = legs[i - 1];
            if (leg.Departure.ToInstant() < previous.Departure.ToInstant())
            {
                return new Refusal(TripRules.LegGoesBackInTime, $"{Name(legs, i)} leaves at {leg.Departure:uuuu-MM-dd HH:mm x}, before {Name(legs, i - 1)} left at {previous.Departure:uuuu-MM-dd HH:mm x}: list the legs in the order they are travelled.");
            }

            if (leg.Departure.ToInstant() < previous.Arrival.ToInstant())
            {
                return new Refusal(TripRules.LegsOverlap, $"{Name(legs, i)} leaves at {leg.Departure:uuuu-MM-dd HH:mm x}, before {Name(legs, i - 1)} arrives at {previous.Arrival:uuuu-MM-dd HH:mm x}: the legs overlap. A leg leaves after the previous one arrived.");
            }

        }

        for (int i = 1; i < legs.Length; i++)
        {
            if (legs[i].From != legs[i - 1].To)
            {
                return new Refusal(TripRules.GapBetweenLegs, $"{Name(legs, i - 1)} arrives at {legs[i - 1].To.Name.English}, but {Name(legs, i)} leaves from {legs[i].From.Name.English}: between them the delegation is nowhere. Add the move between the two places.");
            }
        }

        return null;
    }

    private static Refusal? CheckStays(ImmutableArray<TravelLeg> legs, ImmutableArray<Stay> stays)
    {
        var ground = GroundTimes(legs).ToArray();
        var claimed = new Dictionary<Instant, Stay>();
        foreach (var stay in stays)
        {
            for (var night = stay.FirstNight; night < stay.CheckOut; night = night.PlusDays(1))
            {
                var midnight = night.PlusDays(1).AtStartOfDayInZone(stay.Place.Zone).ToInstant();
                if (ReachedAt(ground, stay, night) is null)
                {
                    return new Refusal(TripRules.StayOutsideTimeAtPlace, $"The stay {stay} claims the night of {night:uuuu-MM-dd}, but the legs do not put the delegation on the ground at {stay.Place.Name.English} from midnight to the check-out time the next morning ({stay.CheckOutPolicy.Time:HH:mm} local). A stay's nights lie between the arrival there, at the latest before that check-out time, and the next departure.");
                }

                if (claimed.TryGetValue(midnight, out var other))
                {
                    return new Refusal(TripRules.StaysOverlap, $"The stays {other} and {stay} both claim the night of {night:uuuu-MM-dd}: a delegation sleeps in one lodging a night.");
                }

                claimed.Add(midnight, stay);
            }
        }

        return null;
    }

    /// <summary>
    /// When the delegation is at a stay's place for one of its nights: the midnight that begins the night's morning when on
    /// the ground there then, or the arrival there after midnight and before the check-out time; <see langword="null"/> when
    /// neither.
    /// </summary>
    internal static Instant? ReachedAt(IReadOnlyCollection<(Place Place, Instant From, Instant To)> ground, Stay stay, LocalDate night)
    {
        var midnight = night.PlusDays(1).AtStartOfDayInZone(stay.Place.Zone).ToInstant();
        var checkOut = stay.CheckOutPolicy.CheckOutAfter(night, stay.Place.Zone);
        Instant? reached = null;
        foreach (var (place, from, to) in ground)
        {
            if (place != stay.Place)
            {
                continue;
            }

            if (from <= midnight && midnight < to)
            {
                return midnight;
            }

            if (midnight < from && from < checkOut && (reached is null || from < reached))
            {
                reached = from;
            }
        }

        return reached;
    }

    /// <summary>
    /// The nights away: the local midnights on the ground away from home, and each night of a stay whose midnight the
    /// delegation spent on a leg and whose lodging it reached before check-out (still a night at a lodging).
    /// </summary>
    private int CountNights()
    {
        var ground = GroundTimes(Legs.AsImmutableArray()).ToArray();
        int onTheGround = ground.Where(g => g.Place != Home).Sum(g => MidnightsBetween(g.Place.Zone, g.From, g.To));
        int reachedAfterMidnight = 0;
        foreach (var stay in Stays)
        {
            for (var night = stay.FirstNight; night < stay.CheckOut; night = night.PlusDays(1))
            {
                var midnight = night.PlusDays(1).AtStartOfDayInZone(stay.Place.Zone).ToInstant();
                // Every night of a stay was reached before check-out (or the itinerary was refused): off the ground at
                // its midnight, after the start, the delegation was on its way to the lodging.
                if (Start < midnight && GroundPlaceAt(midnight) is null)
                {
                    reachedAfterMidnight++;
                }
            }
        }

        return onTheGround + reachedAfterMidnight;
    }

    private int CountDays() => Period.DaysBetween(FirstDay, LastDay) + 1;

    /// <inheritdoc/>
    public bool Equals(Itinerary? other) => other is not null && Legs == other.Legs && Stays == other.Stays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Itinerary);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Legs, Stays);
}
