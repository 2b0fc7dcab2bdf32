using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Zones;

/// <summary>
/// The answer to "which incentives apply to this company in this zone on this day", with the reasons when some do not,
/// as <see cref="IncentivePolicy.ApplicableTo"/> gives it; two answers are equal when they hold the same rows and reasons.
/// </summary>
public sealed record IncentiveEligibility
{
    internal IncentiveEligibility(EquatableArray<Incentive> incentives, EquatableArray<string> reasons)
    {
        Incentives = incentives;
        Reasons = reasons;
    }

    /// <summary>The incentives that apply, in the order of the table's rows.</summary>
    public EquatableArray<Incentive> Incentives { get; }

    /// <summary>
    /// Why incentives of the table do not apply (zone not designated, company outside the zone, not confirmed);
    /// empty when nothing was held back.
    /// </summary>
    public EquatableArray<string> Reasons { get; }
}
