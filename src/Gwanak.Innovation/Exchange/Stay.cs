using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Lodging at a place for a span of nights, as a hotel counts them.</summary>
/// <remarks>
/// The night of a day is the one that begins on that day's evening; a stay from 2023-07-05 for 3 nights checks out on
/// 2023-07-08, at the time of its <see cref="CheckOutPolicy"/>. A night is the delegation's when it is on the ground at
/// the place at midnight, or reaches it after midnight and before check-out (a flight landing at 00:30).
/// </remarks>
public sealed record Stay
{
    /// <summary>Creates a stay.</summary>
    /// <param name="place">The place of the lodging, one the itinerary arrives at.</param>
    /// <param name="lodging">The lodging's name.</param>
    /// <param name="firstNight">The local day whose night is the first one spent there (check-in day).</param>
    /// <param name="nights">How many nights, at least one.</param>
    /// <param name="checkOutPolicy">The lodging's check-out time; <see langword="null"/> for <see cref="Exchange.CheckOutPolicy.Default"/> (11:00 local).</param>
    /// <exception cref="ArgumentException">The place or the lodging is null, or <paramref name="nights"/> is less than one or would put the check-out day beyond the calendar (9999-12-31).</exception>
    public Stay(Place place, LocalizedText lodging, LocalDate firstNight, int nights, CheckOutPolicy? checkOutPolicy = null)
    {
        Place = Guard.Against.Null(place);
        Lodging = Guard.Against.Null(lodging);
        Guard.Against.NegativeOrZero(nights);
        if (nights > Period.DaysBetween(firstNight, LocalDate.MaxIsoValue))
        {
            throw new ArgumentOutOfRangeException(nameof(nights), nights, $"{nights} nights from {firstNight:uuuu-MM-dd} would check out after {LocalDate.MaxIsoValue:uuuu-MM-dd}, the end of the calendar the library counts in.");
        }

        FirstNight = firstNight;
        Nights = nights;
        CheckOutPolicy = checkOutPolicy ?? CheckOutPolicy.Default;
    }

    /// <summary>The place of the lodging.</summary>
    public Place Place { get; }

    /// <summary>The lodging's name.</summary>
    public LocalizedText Lodging { get; }

    /// <summary>The check-in day: the local day whose night is the first one spent there.</summary>
    public LocalDate FirstNight { get; }

    /// <summary>How many nights.</summary>
    public int Nights { get; }

    /// <summary>The check-out day, the morning after the last night.</summary>
    public LocalDate CheckOut => FirstNight.PlusDays(Nights);

    /// <summary>The lodging's check-out time, which ends each of its nights the next morning.</summary>
    public CheckOutPolicy CheckOutPolicy { get; }

    /// <summary>The stay in words.</summary>
    /// <returns>For example <c>Hotel (San Jose) 2023-07-05 +3 nights</c>.</returns>
    public override string ToString() => $"{Lodging.English} ({Place.Name.English}) {FirstNight:uuuu-MM-dd} +{Nights} nights";
}
