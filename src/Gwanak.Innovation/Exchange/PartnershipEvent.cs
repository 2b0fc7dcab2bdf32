using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>Something that happened to a city partnership; the partnership is the fold of these events.</summary>
/// <param name="Date">The day it happened.</param>
public abstract record PartnershipEvent(LocalDate Date);
