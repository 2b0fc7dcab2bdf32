namespace Gwanak.Innovation.Exchange;

/// <summary>The rule ids a <see cref="CityPartnership"/> enforces; each is listed in <c>docs/rules.md</c>.</summary>
public static class PartnershipRules
{
    /// <summary>CTY-001: the move is not allowed from the current stage (backwards, sideways, revive a tie that is not dormant).</summary>
    public const string IllegalStageMove = "CTY-001";

    /// <summary>CTY-002: an event is dated before the last recorded event of the tie.</summary>
    public const string EventBeforeLastEvent = "CTY-002";

    /// <summary>CTY-003: a sister-city tie needs a recorded council resolution approving it, passed on or before the move.</summary>
    public const string SisterCityNeedsCouncilResolution = "CTY-003";

    /// <summary>CTY-004: a sister-city tie needs the agreement that founds it.</summary>
    public const string SisterCityNeedsAgreement = "CTY-004";

    /// <summary>CTY-005: the district's policy demands a council resolution for a friendship tie and none is recorded.</summary>
    public const string FriendshipNeedsCouncilResolution = "CTY-005";

    /// <summary>CTY-006: an ended tie accepts nothing more.</summary>
    public const string PartnershipEnded = "CTY-006";

    /// <summary>CTY-007: a history to replay is empty, does not start with the partnership's opening, or opens it twice.</summary>
    public const string HistoryMustStartWithOpening = "CTY-007";
}
