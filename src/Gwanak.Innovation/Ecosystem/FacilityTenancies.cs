using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A facility's tenancies, indexed for its decisions and questions: the places taken by day as running totals, each
/// tenant's stays sorted by their first day, and the stays by the days they cover. Tenancies may arrive in any date order; every change and question costs O(log n).
/// </summary>
internal sealed class FacilityTenancies
{
    private readonly AppendList<Tenancy> recorded;
    private readonly PositionsByKey<BusinessRegistrationNumber> byTenant;
    private readonly DatedTotals<int> occupancy;
    private readonly DatedIntervals days;

    private FacilityTenancies(AppendList<Tenancy> recorded, PositionsByKey<BusinessRegistrationNumber> byTenant, DatedTotals<int> occupancy, DatedIntervals days)
    {
        this.recorded = recorded;
        this.byTenant = byTenant;
        this.occupancy = occupancy;
        this.days = days;
    }

    /// <summary>No tenancies.</summary>
    public static FacilityTenancies Empty { get; } = new(AppendList<Tenancy>.Empty, PositionsByKey<BusinessRegistrationNumber>.Empty, DatedTotals<int>.Empty, DatedIntervals.Empty);

    /// <summary>Every tenancy in the order recorded, closed where the tenant moved out.</summary>
    public IReadOnlyList<Tenancy> Recorded => recorded;

    /// <summary>The tenancies that cover a day, in the order recorded.</summary>
    public IEnumerable<Tenancy> On(LocalDate date) => days.On(date).Select(i => recorded[i]);

    /// <summary>The places taken on a day.</summary>
    public int OccupancyOn(LocalDate date) => occupancy.On(date);

    /// <summary>The first day of a stay on which all places are already taken, or <see langword="null"/> when a place is free on every day of it.</summary>
    public LocalDate? FirstFullDay(DateRange stay, int capacity)
    {
        var last = stay.End ?? LocalDate.MaxIsoValue;
        if (occupancy.HighestIn(stay.Start, last) < capacity)
        {
            return null;
        }

        // The highest occupancy from the first day grows with the last day asked: find the first day it reaches the capacity.
        int lo = 0;
        int hi = Period.DaysBetween(stay.Start, last);
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (occupancy.HighestIn(stay.Start, stay.Start.PlusDays(mid)) >= capacity)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return stay.Start.PlusDays(lo);
    }

    /// <summary>The days of a stay of the tenant that share a day with the given stay, or <see langword="null"/>.</summary>
    public DateRange? StayOverlapping(BusinessRegistrationNumber tenant, DateRange stay)
    {
        // The tenant's stays never overlap: only the last one starting on or before the stay and the first one after can meet it.
        if (byTenant.LatestBy(tenant, stay.Start) is { } before && DaysOf(before.Position).Overlaps(stay))
        {
            return DaysOf(before.Position);
        }

        return byTenant.EarliestAfter(tenant, stay.Start) is { } after && DaysOf(after.Position).Overlaps(stay) ? DaysOf(after.Position) : null;
    }

    /// <summary>The days of the tenant's open stay (without a last day yet), or <see langword="null"/>.</summary>
    public DateRange? OpenStayOf(BusinessRegistrationNumber tenant)
        => byTenant.Latest(tenant) is { } last && DaysOf(last.Position) is { IsOpen: true } open ? open : null;

    /// <summary>The tenancies with one more stay.</summary>
    public FacilityTenancies MovedIn(BusinessRegistrationNumber tenant, DateRange stay)
    {
        return new(
            recorded.Add(new Tenancy(tenant, stay)),
            byTenant.Add(tenant, stay.Start, recorded.Count),
            Freed(occupancy.Add(stay.Start, 1), stay.End),
            days.Add(stay, recorded.Count));
    }

    /// <summary>The tenancies with the tenant's open stay closed on its last day.</summary>
    public FacilityTenancies MovedOut(BusinessRegistrationNumber tenant, LocalDate lastDay)
    {
        // The tenant's stays are indexed by first day, which a move-out keeps: only the recorded tenancy changes.
        int open = byTenant.Latest(tenant)?.Position ?? throw new UnreachableException($"{tenant} moves out only after its open stay was found.");
        var closed = recorded[open].Days.EndingOn(lastDay);
        return new(
            recorded.SetItem(open, new Tenancy(tenant, closed)),
            byTenant,
            Freed(occupancy, lastDay),
            days.Replace(closed.Start, open, closed));
    }

    // The place is free again the day after the last day.
    private static DatedTotals<int> Freed(DatedTotals<int> totals, LocalDate? lastDay)
        => lastDay is { } last && last < LocalDate.MaxIsoValue ? totals.Add(last.PlusDays(1), -1) : totals;

    // The days of a stay, as its recorded tenancy has them (closed when the tenant moved out).
    private DateRange DaysOf(int position) => recorded[position].Days;
}
