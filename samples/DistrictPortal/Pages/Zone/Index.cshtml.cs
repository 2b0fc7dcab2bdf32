using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace DistrictPortal.Pages.Zone;

/// <summary>
/// The district's venture business promotion zones on a day (Venture Act Art. 18-4; docs/domain.md, "Venture business
/// promotion zones"): the designation status, the area and its legal dongs, the designation criteria report of that day
/// (ZON-101 to ZON-103, with their figures and sources) and the incentives a confirmed venture company in the zone gets
/// that day under <see cref="IncentivePolicy.Default"/>.
/// </summary>
/// <remarks>
/// The criteria report's evidence: the district's registered companies, the zone's anchor institutions, and the kinds of
/// infrastructure the portal's settings state for the zone (<c>District:ZoneInfrastructure:&lt;zone id&gt;</c>), since
/// the district's records do not hold them; a zone with none stated fails ZON-103 and the page says why.
/// </remarks>
public sealed class IndexModel(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots, IConfiguration configuration) : DistrictPage(district)
{
    /// <summary>The zones planned by the day, each as it stood that day.</summary>
    public IReadOnlyList<ZoneOnDay> Zones { get; private set; } = [];

    /// <summary>The zones planned after the day.</summary>
    public int Later { get; private set; }

    public IReadOnlyDictionary<OrganizationId, LocalizedText> Names { get; private set; } = new Dictionary<OrganizationId, LocalizedText>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        Names = snapshot.Organizations.ToDictionary(o => o.Id, o => o.Name);
        var zones = new List<ZoneOnDay>();
        foreach (var recorded in snapshot.Zones.Where(z => z.History[0].Date <= AsOf))
        {
            // A zone's steps are dated in order (ZON-001), so the steps through the day are the zone as it stood then.
            var zone = VenturePromotionZone.Replay(recorded.History.TakeWhile(e => e.Date <= AsOf));
            var infrastructure = InfrastructureOf(zone.Id);
            var evidence = new ZoneDesignationEvidence(zone, AsOf, snapshot.VentureCompanies, zone.AnchorInstitutions, infrastructure);
            bool capitalRegion = IncentivePolicy.IsInCapitalRegion(zone.District);
            var incentives = zone.IsDesignatedOn(AsOf)
                ? IncentivePolicy.Default.Rows
                    .Where(r => r.ValidDays.Contains(AsOf) && r.Region switch
                    {
                        IncentiveRegion.CapitalRegion => capitalRegion,
                        IncentiveRegion.OutsideCapitalRegion => !capitalRegion,
                        _ => true,
                    })
                    .OrderBy(r => r.Kind)
                    .ToArray()
                : [];
            int ventures = snapshot.VentureCompanies.Count(c => c.IsConfirmedVentureOn(AsOf) && zone.CoversOn(c.Location, AsOf));
            zones.Add(new ZoneOnDay(zone, DesignationCriteria.VentureAct.Evaluate(evidence), infrastructure, incentives, ventures));
        }

        Zones = zones;
        Later = snapshot.Zones.Count - zones.Count;
    }

    public string NameOf(OrganizationId id) => Names.TryGetValue(id, out var name) ? Show(name) : id.Value;

    /// <summary>A legal dong's name on the day, from the national registry, with its code.</summary>
    public string DongName(AdministrativeDistrictCode code)
        => AdministrativeDistrictRegistry.Builtin.TryGetOn(code, AsOf, out var dong) || AdministrativeDistrictRegistry.Builtin.TryGet(code, out dong)
            ? $"{Show(dong.Name)} ({code})"
            : code.ToString();

    private IReadOnlyList<InfrastructureKind> InfrastructureOf(ZoneId zone)
        => [.. (configuration.GetSection($"District:ZoneInfrastructure:{zone}").Get<string[]>() ?? [])
            .Select(name => Enum.TryParse<InfrastructureKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : (InfrastructureKind?)null)
            .OfType<InfrastructureKind>()
            .Distinct()
            .Order()];

    /// <summary>A zone as it stood on the day, with its criteria report and incentives.</summary>
    public sealed record ZoneOnDay(VenturePromotionZone Zone, DesignationCriteriaReport Report, IReadOnlyList<InfrastructureKind> Infrastructure, IReadOnlyList<Incentive> Incentives, int ConfirmedVentures);
}
