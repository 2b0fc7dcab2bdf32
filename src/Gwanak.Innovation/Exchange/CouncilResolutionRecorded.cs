using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>The local council passed a resolution about the tie; the event is dated on the resolution's day.</summary>
[EventType("city-partnership.council-resolution-recorded")]
public sealed record CouncilResolutionRecorded : PartnershipEvent
{
    /// <summary>Records a resolution.</summary>
    /// <param name="partnership">The partnership's id.</param>
    /// <param name="resolution">The resolution; its day is the event's <see cref="PartnershipEvent.Date"/>.</param>
    /// <exception cref="System.ArgumentException">The id is default or the resolution is null.</exception>
    public CouncilResolutionRecorded(PartnershipId partnership, CouncilResolution resolution)
        : base(partnership, Guard.Against.Null(resolution).Date) => Resolution = resolution;

    /// <summary>The resolution.</summary>
    public CouncilResolution Resolution { get; }
}
