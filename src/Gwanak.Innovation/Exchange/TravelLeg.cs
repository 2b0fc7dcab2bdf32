using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A move of the delegation from one place to another, leaving and arriving on the clocks of each place.</summary>
/// <remarks>
/// The departure is a <see cref="ZonedDateTime"/> in the zone of <see cref="From"/> and the arrival one in the zone of
/// <see cref="To"/>, as a boarding pass prints them; the trip's nights and days are computed from these instants.
/// </remarks>
public sealed record TravelLeg
{
    /// <summary>Creates a leg.</summary>
    /// <param name="mode">Flight or ground move.</param>
    /// <param name="from">Where it leaves.</param>
    /// <param name="to">Where it arrives.</param>
    /// <param name="departure">When it leaves, in the zone of <paramref name="from"/>.</param>
    /// <param name="arrival">When it arrives, in the zone of <paramref name="to"/>.</param>
    /// <param name="service">The flight number or service, for example <c>KE023</c>; optional.</param>
    /// <exception cref="ArgumentException">
    /// A place is null, a time is not in its place's zone, or a time falls within two days of either end of the calendar
    /// (-9998-01-01 and 9999-12-31), where the days and nights of the trip could not be counted in every zone.
    /// </exception>
    public TravelLeg(TravelMode mode, Place from, Place to, ZonedDateTime departure, ZonedDateTime arrival, string? service = null)
    {
        From = Guard.Against.Null(from);
        To = Guard.Against.Null(to);
        if (!departure.Zone.Equals(from.Zone))
        {
            throw new ArgumentException($"The departure is given in {departure.Zone.Id}, but {from} is in {from.Zone.Id}: give it as the clocks there show it.", nameof(departure));
        }

        if (!arrival.Zone.Equals(to.Zone))
        {
            throw new ArgumentException($"The arrival is given in {arrival.Zone.Id}, but {to} is in {to.Zone.Id}: give it as the clocks there show it.", nameof(arrival));
        }

        InsideCalendar(departure, nameof(departure));
        InsideCalendar(arrival, nameof(arrival));
        Mode = mode;
        Departure = departure;
        Arrival = arrival;
        Service = string.IsNullOrWhiteSpace(service) ? null : service.Trim();
    }

    // A trip's days and nights are counted in the home zone and at each stay's place, a day either side of the times:
    // two days from the calendar's ends leave room for any zone (offsets stay within 18 hours).
    private static void InsideCalendar(ZonedDateTime time, string name)
    {
        var date = time.ToInstant().InUtc().Date;
        if (date < LocalDate.MinIsoValue.PlusDays(2) || date > LocalDate.MaxIsoValue.PlusDays(-2))
        {
            throw new ArgumentOutOfRangeException(name, time, $"The time {time} is within two days of the end of the calendar the library counts in ({LocalDate.MinIsoValue:uuuu-MM-dd} to {LocalDate.MaxIsoValue:uuuu-MM-dd}); a trip's days are counted a day either side of its legs in every zone.");
        }
    }

    /// <summary>Flight or ground move.</summary>
    public TravelMode Mode { get; }

    /// <summary>Where it leaves.</summary>
    public Place From { get; }

    /// <summary>Where it arrives.</summary>
    public Place To { get; }

    /// <summary>When it leaves, on the clocks of <see cref="From"/>.</summary>
    public ZonedDateTime Departure { get; }

    /// <summary>When it arrives, on the clocks of <see cref="To"/>.</summary>
    public ZonedDateTime Arrival { get; }

    /// <summary>The flight number or service, if given.</summary>
    public string? Service { get; }

    /// <summary>The leg in words, for example <c>KE023 Seoul (Incheon) → San Francisco</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Service is null ? string.Empty : Service + " ") + $"{From.Name.English} → {To.Name.English}";
}
