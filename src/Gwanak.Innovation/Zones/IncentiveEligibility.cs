using System.Collections.Immutable;

namespace Gwanak.Innovation.Zones;

/// <summary>The answer to "which incentives apply to this company in this zone on this day", with the reasons when some do not.</summary>
/// <param name="Incentives">The incentives that apply.</param>
/// <param name="Reasons">Why incentives of the table do not apply (zone not designated, company outside the zone, not confirmed); empty when nothing was held back.</param>
public sealed record IncentiveEligibility(ImmutableArray<Incentive> Incentives, ImmutableArray<string> Reasons);
