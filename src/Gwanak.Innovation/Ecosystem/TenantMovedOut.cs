using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A tenant moved out of a facility; <see cref="FacilityEvent.Date"/> is its last day there.</summary>
/// <param name="Date">The move-out day, the last day the tenant occupies its place.</param>
/// <param name="Tenant">The tenant company.</param>
public sealed record TenantMovedOut(LocalDate Date, BusinessRegistrationNumber Tenant) : FacilityEvent(Date);
