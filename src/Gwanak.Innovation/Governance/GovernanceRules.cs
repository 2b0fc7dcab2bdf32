namespace Gwanak.Innovation.Governance;

/// <summary>The rule ids of the governance context, as carried by <see cref="Primitives.DomainRuleException.RuleId"/>.</summary>
/// <remarks>
/// Source: the Popolo data specification (https://www.popoloproject.com/specs/post.html, /membership.html):
/// a <c>Post</c> is a position that exists independently of its holder, and a <c>Membership</c> dates a member's
/// seat. Here a post is one seat (a chair, a co-chair); a role held by several members at once is the
/// <see cref="Membership.Role"/> of memberships without a post.
/// </remarks>
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

    /// <summary>A history to replay is empty, does not start with the body's establishment, or establishes it twice.</summary>
    public const string HistoryMustStartWithEstablishment = "GOV-006";
}
