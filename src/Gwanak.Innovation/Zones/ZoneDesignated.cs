using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The Minister of SMEs and Startups designated the zone and published a notice.</summary>
/// <param name="Date">The day the designation took effect (Gwanak: 2022-01-10).</param>
/// <param name="DesignatedBy">The designating authority, the Ministry of SMEs and Startups.</param>
/// <param name="NoticeReference">The reference of the published notice (고시).</param>
public sealed record ZoneDesignated(LocalDate Date, OrganizationId DesignatedBy, string NoticeReference) : ZoneEvent(Date);
