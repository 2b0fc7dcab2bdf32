using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace DistrictPortal.Pages.Trips;

/// <summary>The district's official overseas trips (공무국외출장), with their days at home, 박/일 length and where each stands on a day.</summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots) : DistrictPage(district)
{
    public IReadOnlyList<OverseasTrip> Trips { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        Trips = [.. snapshot.OverseasTrips.OrderByDescending(t => t.Itinerary.Start).ThenBy(t => t.Id)];
    }

    /// <summary>Where a trip stands on a day: ahead, under way or over, by its first and last days at home.</summary>
    public static TripProgress ProgressOn(OverseasTrip trip, LocalDate date)
        => date < trip.Itinerary.FirstDay ? TripProgress.Ahead : date > trip.Itinerary.LastDay ? TripProgress.Over : TripProgress.UnderWay;

    /// <summary>A link to a trip on the page's day.</summary>
    public string Link(TripId id) => $"/trips/{Uri.EscapeDataString(id.Value)}?date={Show(AsOf)}";
}

/// <summary>Where a trip stands on a day.</summary>
public enum TripProgress
{
    /// <summary>Before its first day.</summary>
    Ahead,

    /// <summary>From its first day through its last.</summary>
    UnderWay,

    /// <summary>After its last day.</summary>
    Over,
}
