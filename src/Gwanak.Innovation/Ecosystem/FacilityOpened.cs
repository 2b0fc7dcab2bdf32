using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A facility opened.</summary>
/// <param name="Date">The opening day.</param>
/// <param name="Name">The facility's name.</param>
/// <param name="Kind">The kind of facility.</param>
/// <param name="Operator">The operating organisation.</param>
/// <param name="Location">The legal dong the facility lies in.</param>
/// <param name="InsideZone">True when the facility lies inside the venture promotion zone.</param>
/// <param name="Capacity">The number of tenant places.</param>
public sealed record FacilityOpened(
    LocalDate Date,
    LocalizedText Name,
    FacilityKind Kind,
    OrganizationId Operator,
    AdministrativeDistrictCode Location,
    bool InsideZone,
    int Capacity) : FacilityEvent(Date);
