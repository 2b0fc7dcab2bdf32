using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Something that happened to an aggregate, as a district stores it: a public, immutable record with a stable type
/// name (<see cref="EventTypeAttribute"/>) that a portal builds from its stored fields and replays.
/// </summary>
public interface IDomainEvent
{
    /// <summary>The day it happened (for a signature, the date at the place of signing).</summary>
    LocalDate Date { get; }
}
