using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace DistrictPortal.Pages.Partnerships;

/// <summary>
/// The district's city partnerships as they stood on a day: the stage (exploring, letter of intent, friendship city, sister
/// city, dormant, ended), the last activity and whether the tie has been quiet for longer than two years, counted from the
/// day after its last activity as the Civil Code counts periods (docs/domain.md, "City partnerships").
/// </summary>
public sealed class IndexModel(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots) : DistrictPage(district)
{
    /// <summary>How long a tie may go without activity before the page flags it.</summary>
    public static readonly Period QuietThreshold = Period.FromYears(2);

    /// <summary>The ties opened by the day, each as it stood that day.</summary>
    public IReadOnlyList<CityPartnership> Partnerships { get; private set; } = [];

    /// <summary>The ties opened after the day.</summary>
    public int Later { get; private set; }

    public IReadOnlyDictionary<OrganizationId, LocalizedText> Names { get; private set; } = new Dictionary<OrganizationId, LocalizedText>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        Names = snapshot.Organizations.ToDictionary(o => o.Id, o => o.Name);

        // A tie's events are recorded in date order (CTY rules), so the events through the day are the tie as it stood then.
        Partnerships =
        [
            .. snapshot.CityPartnerships
                .Where(p => p.Since <= AsOf)
                .Select(p => CityPartnership.Replay(p.History.TakeWhile(e => e.Date <= AsOf)))
                .OrderByDescending(p => p.Stage <= PartnershipStage.SisterCity ? (int)p.Stage : -1)
                .ThenBy(p => Show(p.City.Name), StringComparer.CurrentCulture),
        ];
        Later = snapshot.CityPartnerships.Count - Partnerships.Count;
    }

    /// <summary>The event that was the tie's last activity (not a move to dormant or ended).</summary>
    public static PartnershipEvent LastActivity(CityPartnership tie)
        => tie.History.Last(e => e.Date == tie.LastActivityOn && e is not PartnershipWentDormant and not PartnershipEnded);

    /// <summary>The partner city's name, with its region and country.</summary>
    public static string Where(PartnerCity city) => city.Region is { } region ? $"{Show(region)}, {city.CountryCode}" : city.CountryCode;
}
