using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A company's stay in a facility: from its move-in day through its move-out day (open while it stays).</summary>
/// <param name="Tenant">The tenant company.</param>
/// <param name="Days">The days it occupies a place, move-in and move-out day included.</param>
public sealed record Tenancy(BusinessRegistrationNumber Tenant, DateRange Days);
