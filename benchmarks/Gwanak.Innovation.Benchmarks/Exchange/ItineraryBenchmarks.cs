using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Exchange;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Exchange;

/// <summary>
/// Checking an itinerary and computing its nights and days (the <see cref="Itinerary"/> constructor) against a hand-written
/// day-by-day walk that only counts (no checks). Goal: checking and counting a realistic trip stays within a few
/// microseconds, so a portal can recompute it on every edit.
/// </summary>
[MemoryDiagnoser]
public class ItineraryBenchmarks
{
    private TravelLeg[] legs = [];

    /// <summary>Number of legs: the 2023 California trip has 8; 64 is a long study tour.</summary>
    [Params(8, 64)]
    public int Legs { get; set; }

    /// <summary>Builds a round trip Seoul ⇄ California with the given number of legs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var seoul = Place.Of("인천", "Incheon", "KR", "Asia/Seoul");
        var places = new[]
        {
            Place.Of("샌프란시스코", "San Francisco", "US", "America/Los_Angeles"),
            Place.Of("산타클라라", "Santa Clara", "US", "America/Los_Angeles"),
        };
        var list = new List<TravelLeg>();
        var at = Instant.FromUtc(2023, 7, 5, 9, 40);
        var from = seoul;
        for (int i = 0; i < Legs; i++)
        {
            var to = i == Legs - 1 ? seoul : places[i % 2];
            var arrives = at.Plus(Duration.FromHours(i == 0 || i == Legs - 1 ? 11 : 1));
            list.Add(new TravelLeg(TravelMode.Ground, from, to, at.InZone(from.Zone), arrives.InZone(to.Zone)));
            at = arrives.Plus(Duration.FromHours(20));
            from = to;
        }

        legs = [.. list];
    }

    /// <summary>Hand-written baseline: walks day by day, counting home days and local midnights on the ground.</summary>
    /// <returns>Nights plus days.</returns>
    [Benchmark(Baseline = true)]
    public int DayByDayWalk()
    {
        var home = legs[0].Departure.Zone;
        var start = legs[0].Departure.ToInstant();
        var end = legs[^1].Arrival.ToInstant();
        int days = 0;
        for (var d = start.InZone(home).Date; d.AtStartOfDayInZone(home).ToInstant() <= end; d = d.PlusDays(1))
        {
            days++;
        }

        int nights = 0;
        for (int i = 0; i + 1 < legs.Length; i++)
        {
            var zone = legs[i].To.Zone;
            var arrived = legs[i].Arrival.ToInstant();
            var leaves = legs[i + 1].Departure.ToInstant();
            for (var d = arrived.InZone(zone).Date; d.AtStartOfDayInZone(zone).ToInstant() < leaves; d = d.PlusDays(1))
            {
                if (d.AtStartOfDayInZone(zone).ToInstant() >= arrived)
                {
                    nights++;
                }
            }
        }

        return nights + days;
    }

    /// <summary>The library: checks the legs, then computes the length from the instants.</summary>
    /// <returns>Nights plus days.</returns>
    [Benchmark]
    public int CreateAndMeasure()
    {
        var length = new Itinerary([.. legs]).Length;
        return length.Nights + length.Days;
    }
}
