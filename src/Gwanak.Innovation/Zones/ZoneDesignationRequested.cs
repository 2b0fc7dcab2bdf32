using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The city or province governor requested designation from the Minister of SMEs and Startups.</summary>
/// <param name="Date">The day of the request.</param>
/// <param name="RequestedBy">The requesting government, for example the Seoul Metropolitan Government.</param>
public sealed record ZoneDesignationRequested(LocalDate Date, OrganizationId RequestedBy) : ZoneEvent(Date);
