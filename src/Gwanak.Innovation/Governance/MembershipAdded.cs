namespace Gwanak.Innovation.Governance;

/// <summary>A membership was recorded on the body.</summary>
public sealed record MembershipAdded : GovernanceEvent
{
    internal MembershipAdded(Membership membership) => Membership = membership;

    /// <summary>The membership as recorded.</summary>
    public Membership Membership { get; }
}
