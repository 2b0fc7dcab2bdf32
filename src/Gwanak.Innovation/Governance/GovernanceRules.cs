namespace Gwanak.Innovation.Governance;

/// <summary>The stable ids of the rules about governance bodies; <see cref="Primitives.RuleCatalog"/> gives each its meaning and source.</summary>
public static class GovernanceRules
{
    /// <summary>A membership names a post the body does not have.</summary>
    public const string UnknownPost = "GOV-001";

    /// <summary>A post would be held by two memberships on the same day (a Popolo post has one holder at a time).</summary>
    public const string PostAlreadyHeld = "GOV-002";

    /// <summary>The same member (organisation, and person acting for it) would hold two memberships on the same day.</summary>
    public const string OverlappingMembership = "GOV-003";

    /// <summary>A membership that has already ended was ended again.</summary>
    public const string MembershipAlreadyEnded = "GOV-004";

    /// <summary>A post was added with the key of a post the body already has.</summary>
    public const string DuplicatePost = "GOV-005";

    /// <summary>A membership was ended on a day before its first day.</summary>
    public const string EndedBeforeFirstDay = "GOV-007";

    /// <summary>A membership was ended that the body does not have (no membership of that member begins on that day).</summary>
    public const string UnknownMembership = "GOV-008";
}
