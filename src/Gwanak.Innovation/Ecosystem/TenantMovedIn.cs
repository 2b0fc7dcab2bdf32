using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A tenant moved into a facility, possibly recorded with its move-out day already known.</summary>
/// <param name="Date">The move-in day.</param>
/// <param name="Tenant">The tenant company.</param>
/// <param name="LastDay">The move-out day (last day in the facility) when known.</param>
public sealed record TenantMovedIn(LocalDate Date, BusinessRegistrationNumber Tenant, LocalDate? LastDay) : FacilityEvent(Date);
