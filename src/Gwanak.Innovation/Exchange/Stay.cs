using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Lodging at a place for a span of nights, as a hotel counts them.</summary>
/// <remarks>The night of a day is the one that begins on that day's evening; a stay from 2023-07-05 for 3 nights checks out on 2023-07-08.</remarks>
public sealed record Stay
{
    /// <summary>Creates a stay.</summary>
    /// <param name="place">The place of the lodging, one the itinerary arrives at.</param>
    /// <param name="lodging">The lodging's name.</param>
    /// <param name="firstNight">The local day whose night is the first one spent there (check-in day).</param>
    /// <param name="nights">How many nights, at least one.</param>
    /// <exception cref="ArgumentException">A value is null or <paramref name="nights"/> is less than one.</exception>
    public Stay(Place place, LocalizedText lodging, LocalDate firstNight, int nights)
    {
        Place = Guard.Against.Null(place);
        Lodging = Guard.Against.Null(lodging);
        Guard.Against.NegativeOrZero(nights);
        FirstNight = firstNight;
        Nights = nights;
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

    /// <summary>The stay in words.</summary>
    /// <returns>For example <c>Hotel (San Jose) 2023-07-05 +3 nights</c>.</returns>
    public override string ToString() => $"{Lodging.English} ({Place.Name.English}) {FirstNight:uuuu-MM-dd} +{Nights} nights";
}
