using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The district planned a venture promotion zone.</summary>
/// <param name="Date">The day of the plan.</param>
/// <param name="Name">The zone's name.</param>
/// <param name="District">The autonomous district (시·군·구) the zone lies in.</param>
/// <param name="AreaSquareKilometres">The area in km².</param>
/// <param name="SubAreas">The named sub-areas (for Gwanak 낙성벤처밸리, 신림창업밸리, 서울대지구).</param>
/// <param name="AdministrativeDongs">The administrative dongs (행정동) the zone lies in, by name.</param>
/// <param name="LegalDongs">The legal dongs (법정동) the zone covers.</param>
/// <param name="AnchorInstitutions">The anchor institutions in the zone (universities, research institutes, public bodies).</param>
public sealed record ZonePlanned(
    LocalDate Date,
    LocalizedText Name,
    AdministrativeDistrictCode District,
    decimal AreaSquareKilometres,
    ImmutableArray<LocalizedText> SubAreas,
    ImmutableArray<LocalizedText> AdministrativeDongs,
    ImmutableArray<AdministrativeDistrictCode> LegalDongs,
    ImmutableArray<OrganizationId> AnchorInstitutions) : ZoneEvent(Date);
