namespace Gwanak.Innovation.Exchange;

/// <summary>The stable ids of the rules about city partnerships; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class PartnershipRules
{
    /// <summary>The move is not allowed from the current stage (backwards, sideways, up while dormant, revive a tie that is not dormant, dormant twice).</summary>
    public const string IllegalStageMove = "CTY-001";

    /// <summary>An event is dated before the last recorded event of the tie.</summary>
    public const string EventBeforeLastEvent = "CTY-002";

    /// <summary>A sister-city tie needs a recorded council resolution approving it, passed on or before the move.</summary>
    public const string SisterCityNeedsCouncilResolution = "CTY-003";

    /// <summary>A sister-city tie needs the agreement that founds it.</summary>
    public const string SisterCityNeedsAgreement = "CTY-004";

    /// <summary>The district's policy demands a council resolution for a friendship tie and none is recorded.</summary>
    public const string FriendshipNeedsCouncilResolution = "CTY-005";

    /// <summary>An ended tie accepts nothing more.</summary>
    public const string PartnershipEnded = "CTY-006";
}
