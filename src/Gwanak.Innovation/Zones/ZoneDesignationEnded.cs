using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>The designation was lifted or revoked; the zone is no longer designated from this day.</summary>
/// <param name="Date">The first day the zone is no longer designated.</param>
/// <param name="Revoked">True when revoked for no longer meeting the requirements; false when lifted.</param>
/// <param name="NoticeReference">The reference of the notice.</param>
/// <param name="Reason">The stated reason.</param>
public sealed record ZoneDesignationEnded(LocalDate Date, bool Revoked, string NoticeReference, string Reason) : ZoneEvent(Date);
