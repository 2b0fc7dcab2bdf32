using NodaTime;

namespace Gwanak.Innovation.Zones;

/// <summary>A step in the life of a venture promotion zone; the zone is the fold of its steps.</summary>
/// <param name="Date">The day the step took effect.</param>
public abstract record ZoneEvent(LocalDate Date);
