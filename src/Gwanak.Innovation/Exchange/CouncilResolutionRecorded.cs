namespace Gwanak.Innovation.Exchange;

/// <summary>The local council passed a resolution about the tie.</summary>
/// <param name="Resolution">The resolution; the event is dated on its day.</param>
public sealed record CouncilResolutionRecorded(CouncilResolution Resolution) : PartnershipEvent(Resolution.Date);
