using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages.Facilities;

/// <summary>
/// The startup facilities open on a day with their capacity, occupancy and occupancy rate that day, from the read model
/// and its tenancies: no facility is replayed.
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store) : DistrictPage(district)
{
    /// <summary>The facilities open on the day.</summary>
    public IReadOnlyList<FacilitySummary> Facilities { get; private set; } = [];

    /// <summary>The facilities opened after the day.</summary>
    public int Later { get; private set; }

    public IReadOnlyDictionary<OrganizationId, string> Names { get; private set; } = new Dictionary<OrganizationId, string>();

    /// <summary>The places in all the facilities open on the day.</summary>
    public int Capacity => Facilities.Sum(f => f.Capacity);

    /// <summary>The places taken on the day.</summary>
    public int Occupancy => Facilities.Sum(f => f.OccupancyOn(AsOf));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Facilities = await store.Facilities.Where(f => f.OpenedOn <= AsOf).Include(f => f.Tenancies).OrderByDescending(f => f.InsideZone).ThenBy(f => f.OpenedOn).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        Later = await store.Facilities.CountAsync(f => f.OpenedOn > AsOf, cancellationToken);
        Names = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
    }

    public string NameOf(OrganizationId id) => Names.GetValueOrDefault(id, id.Value);

    /// <summary>A facility's place, by the national registry's name on the day.</summary>
    public string PlaceOf(AdministrativeDistrictCode code)
        => AdministrativeDistrictRegistry.Builtin.TryGetOn(code, AsOf, out var place) || AdministrativeDistrictRegistry.Builtin.TryGet(code, out place)
            ? Show(place.Name)
            : code.ToString();

    /// <summary>The share of places taken.</summary>
    public static string Rate(int occupancy, int capacity) => capacity == 0 ? "—" : Percent((decimal)occupancy / capacity);
}
