using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Exchange;
using NodaTime;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class ItineraryPropertyTests
{
    private static readonly Place[] Places =
    [
        Place.Of("서울", "Seoul", "KR", "Asia/Seoul"),
        Place.Of("로스앤젤레스", "Los Angeles", "US", "America/Los_Angeles"),
        Place.Of("키리티마티", "Kiritimati", "KI", "Pacific/Kiritimati"),
        Place.Of("파고파고", "Pago Pago", "AS", "Pacific/Pago_Pago"),
        Place.Of("카트만두", "Kathmandu", "NP", "Asia/Kathmandu"),
        Place.Of("세인트존스", "St. John's", "CA", "America/St_Johns"),
        Place.Of("로드하우섬", "Lord Howe Island", "AU", "Australia/Lord_Howe"),
        Place.Of("베를린", "Berlin", "DE", "Europe/Berlin"),
        Place.Of("산티아고", "Santiago", "CL", "America/Santiago"),
    ];

    private static readonly Instant Earliest = Instant.FromUtc(2022, 1, 1, 0, 0);

    /// <summary>A valid itinerary: legs joined place to place, each leaving after the previous arrived.</summary>
    private static readonly Gen<TravelLeg[]> GenLegs =
        Gen.Select(
            Gen.Int[0, Places.Length - 1],
            Gen.Int[0, 60 * 24 * 700],
            Gen.Select(Gen.Int[0, Places.Length - 1], Gen.Int[0, 60 * 24 * 4], Gen.Int[0, 60 * 20]).Array[1, 6])
        .Select((home, startMinutes, steps) =>
        {
            var legs = new List<TravelLeg>();
            var at = Earliest.Plus(Duration.FromMinutes(startMinutes));
            var from = Places[home];
            foreach (var (to, wait, flight) in steps)
            {
                var departs = at.Plus(Duration.FromMinutes(wait));
                var arrives = departs.Plus(Duration.FromMinutes(flight));
                legs.Add(new TravelLeg(TravelMode.Flight, from, Places[to], departs.InZone(from.Zone), arrives.InZone(Places[to].Zone)));
                from = Places[to];
                at = arrives;
            }

            return legs.ToArray();
        });

    private static int BruteForceDays(TravelLeg[] legs)
    {
        var home = legs[0].Departure.Zone;
        var start = legs[0].Departure.ToInstant();
        var end = legs[^1].Arrival.ToInstant();
        int days = 0;
        for (var day = start.Minus(Duration.FromDays(3)).InZone(home).Date; day.AtStartOfDayInZone(home).ToInstant() <= end; day = day.PlusDays(1))
        {
            var dayStart = day.AtStartOfDayInZone(home).ToInstant();
            var dayEnd = day.PlusDays(1).AtStartOfDayInZone(home).ToInstant();
            if (dayStart <= end && start < dayEnd)
            {
                days++;
            }
        }

        return days;
    }

    private static int BruteForceNights(TravelLeg[] legs)
    {
        int nights = 0;
        for (int i = 0; i + 1 < legs.Length; i++)
        {
            var place = legs[i].To;
            if (place == legs[0].From)
            {
                continue;
            }

            var arrived = legs[i].Arrival.ToInstant();
            var leaves = legs[i + 1].Departure.ToInstant();
            for (var day = arrived.Minus(Duration.FromDays(2)).InZone(place.Zone).Date; day.AtStartOfDayInZone(place.Zone).ToInstant() < leaves; day = day.PlusDays(1))
            {
                if (day.AtStartOfDayInZone(place.Zone).ToInstant() >= arrived)
                {
                    nights++;
                }
            }
        }

        return nights;
    }

    [Fact]
    public void Nights_and_days_agree_with_a_day_by_day_walk()
        => GenLegs.Sample(legs =>
        {
            var length = new Itinerary([.. legs]).Length;
            return length.Days == BruteForceDays(legs) && length.Nights == BruteForceNights(legs);
        }, iter: 2000);

    [Fact]
    public void Every_generated_itinerary_has_at_least_one_day()
        => GenLegs.Sample(legs => new Itinerary([.. legs]).Length.Days >= 1, iter: 500);
}
