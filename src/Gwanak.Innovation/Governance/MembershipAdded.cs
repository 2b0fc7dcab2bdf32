using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Governance;

/// <summary>A membership was recorded on the body; the event is dated on the membership's first day.</summary>
[EventType("governance-body.membership-added")]
public sealed record MembershipAdded : GovernanceEvent
{
    /// <summary>Records a membership.</summary>
    /// <param name="body">The body's own organisation id.</param>
    /// <param name="membership">The membership as recorded; its first day is the event's <see cref="GovernanceEvent.Date"/>.</param>
    /// <exception cref="System.ArgumentException">The id is default or the membership is null.</exception>
    public MembershipAdded(OrganizationId body, Membership membership)
        : base(body, Guard.Against.Null(membership).Period.Start) => Membership = membership;

    /// <summary>The membership as recorded.</summary>
    public Membership Membership { get; }
}
