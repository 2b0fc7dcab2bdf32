using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>One row of an incentive table: a kind of incentive, its rate, the days and the region it applies to.</summary>
/// <param name="Kind">The kind of incentive.</param>
/// <param name="Rate">The reduction as a fraction (0.375 for 37.5%); 1 for a full exemption.</param>
/// <param name="ValidDays">The days the row applies.</param>
/// <param name="Region">The region of the zone it applies to.</param>
/// <param name="RequiresConfirmedVenture">True when only confirmed venture companies benefit.</param>
/// <param name="Source">Where the row comes from.</param>
public sealed record Incentive(IncentiveKind Kind, decimal Rate, DateRange ValidDays, IncentiveRegion Region, bool RequiresConfirmedVenture, string Source);
