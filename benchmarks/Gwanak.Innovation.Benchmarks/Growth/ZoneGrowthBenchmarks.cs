using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A venture promotion zone's area amendments: planned, requested and designated, then one amendment a day, the area
/// covering one legal dong or two in turn. Transition: <see cref="VenturePromotionZone.AmendArea"/>; question:
/// <see cref="VenturePromotionZone.AreaOn"/>.
/// </summary>
public class ZoneGrowthBenchmarks : GrowthBenchmarks<VenturePromotionZone, ZoneEvent>
{
    private static readonly ZoneId Id = new("growth-zone");
    private static readonly LocalDate Planned = new(2000, 1, 1);
    private static readonly AdministrativeDistrictCode Bongcheon = AdministrativeDistrictCode.Parse("1162010100");
    private static readonly AdministrativeDistrictCode Sillim = AdministrativeDistrictCode.Parse("1162010200");
    private static readonly EquatableArray<AdministrativeDistrictCode> One = [Bongcheon];
    private static readonly EquatableArray<AdministrativeDistrictCode> Two = [Bongcheon, Sillim];

    private LocalDate middle;
    private LocalDate next;

    /// <summary>An amendment the day after the last event.</summary>
    /// <returns>The zone with one more amendment.</returns>
    [Benchmark]
    public VenturePromotionZone Transition() => Built.AmendArea(next, 0.7m, Two, "notice");

    /// <summary>The area on a day in the middle of the history.</summary>
    /// <returns>The area in square kilometres.</returns>
    [Benchmark]
    public decimal DateQuestion() => Built.AreaOn(middle);

    /// <inheritdoc/>
    protected override (IReadOnlyList<ZoneEvent> Events, int Count) Generate(int events)
    {
        var history = new List<ZoneEvent>(events)
        {
            new ZonePlanned(Id, Planned, LocalizedText.Create("성장 지구", "Growth zone"), AdministrativeDistrictCode.Seoul.Gwanak, 0.67m, [], [], Two, []),
            new ZoneDesignationRequested(Id, Planned, new OrganizationId("seoul")),
            new ZoneDesignated(Id, Planned, new OrganizationId("mss"), "designation"),
        };
        for (int day = 1; history.Count < events; day++)
        {
            history.Add(new ZoneAreaAmended(Id, Planned.PlusDays(day), 0.5m + (day % 10 / 100m), day % 2 == 0 ? One : Two, "amendment"));
        }

        middle = Planned.PlusDays(events / 2);
        next = history[^1].Date.PlusDays(1);
        return (history, events - 3);
    }

    /// <inheritdoc/>
    protected override int Loop(ZoneEvent[] events)
    {
        var plan = (ZonePlanned)events[0];
        var status = ZoneDesignationStatus.Planned;
        var last = plan.Date;
        int amendments = 0;
        for (int i = 1; i < events.Length; i++)
        {
            var e = events[i];
            Require(e.Date >= last, "step before the previous step");
            last = e.Date;
            switch (e)
            {
                case ZoneDesignationRequested:
                    Require(status == ZoneDesignationStatus.Planned, "request only when planned");
                    status = ZoneDesignationStatus.Requested;
                    break;
                case ZoneDesignated:
                    Require(status == ZoneDesignationStatus.Requested, "designate only when requested");
                    status = ZoneDesignationStatus.Designated;
                    break;
                case ZoneAreaAmended a:
                    Require(status == ZoneDesignationStatus.Designated, "amend only when designated");
                    foreach (var dong in a.LegalDongs)
                    {
                        Require(dong.District == plan.District, "legal dong outside the district");
                    }

                    amendments++;
                    break;
            }
        }

        return amendments;
    }

    /// <inheritdoc/>
    protected override VenturePromotionZone ReplayHistory(ZoneEvent[] events) => VenturePromotionZone.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(VenturePromotionZone aggregate) => aggregate.Version - 3;
}
