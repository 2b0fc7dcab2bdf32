using Gwanak.Innovation.Districts;
using Gwanak.Innovation.EntityFrameworkCore;
using Microsoft.AspNetCore.OutputCaching;

namespace DistrictPortal.Portal;

/// <summary>
/// The whole district as one value for the pages that ask questions across its records (the scorecard, the governance
/// body, the zone, trips, partnerships, the calendar), loaded from the store and kept for a short while; a write on this
/// node drops it and the cached pages at once, and another node's write is seen within <see cref="Lifetime"/>. The lists read the store's read
/// models instead.
/// </summary>
public sealed class DistrictSnapshots(PortalDistrict district, IOutputCacheStore pages)
{
    /// <summary>The tag of every page the output cache keeps (<see cref="PortalOutputCache"/>): a write evicts them all.</summary>
    public const string PagesTag = "district";

    /// <summary>How long a snapshot is kept.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (InnovationDistrict District, NodaTime.Instant LoadedAt)? current;

    /// <summary>The district, loaded now or recently.</summary>
    public async Task<InnovationDistrict> GetAsync(DistrictStore store, CancellationToken cancellationToken)
    {
        var now = district.Clock.GetCurrentInstant();
        if (current is { } fresh && now - fresh.LoadedAt < NodaTime.Duration.FromTimeSpan(Lifetime))
        {
            return fresh.District;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loaded && now - loaded.LoadedAt < NodaTime.Duration.FromTimeSpan(Lifetime))
            {
                return loaded.District;
            }

            var value = await store.LoadAsync(cancellationToken) ?? throw new InvalidOperationException($"The store does not hold {district.Code}.");
            current = (value, now);
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops the snapshot and the cached pages after a write, so the next page shows it.</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        current = null;
        await pages.EvictByTagAsync(PagesTag, cancellationToken);
    }
}
