namespace Gwanak.Innovation.Exchange;

/// <summary>The rule ids an <see cref="Itinerary"/> and an <see cref="OverseasTrip"/> enforce; each is listed in <c>docs/rules.md</c>.</summary>
public static class TripRules
{
    /// <summary>TRP-001: a leg leaves before the previous leg has arrived (the legs overlap).</summary>
    public const string LegsOverlap = "TRP-001";

    /// <summary>TRP-002: a leg arrives before it leaves, or leaves before the previous leg left (the itinerary goes back in time).</summary>
    public const string LegGoesBackInTime = "TRP-002";

    /// <summary>TRP-003: a leg leaves from another place than the previous one arrived at (a gap where the delegation is nowhere).</summary>
    public const string GapBetweenLegs = "TRP-003";

    /// <summary>
    /// TRP-004: the legs do not put the delegation on the ground at a stay's place for one of its nights, neither at
    /// midnight nor from an arrival after midnight before the lodging's check-out time (<see cref="CheckOutPolicy"/>).
    /// </summary>
    public const string StayOutsideTimeAtPlace = "TRP-004";

    /// <summary>TRP-005: two stays claim the same night.</summary>
    public const string StaysOverlap = "TRP-005";

    /// <summary>TRP-006: a visit begins outside the trip's time on the ground (before the first arrival, on a leg, or after the last departure).</summary>
    public const string VisitOutsideTrip = "TRP-006";

    /// <summary>TRP-007: a visit's follow-up is due before the visit.</summary>
    public const string FollowUpBeforeVisit = "TRP-007";
}
