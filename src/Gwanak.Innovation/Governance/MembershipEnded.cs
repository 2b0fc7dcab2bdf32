using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>An open membership was ended on a last day.</summary>
public sealed record MembershipEnded : GovernanceEvent
{
    internal MembershipEnded(Membership membership, LocalDate lastDay)
    {
        Membership = membership;
        LastDay = lastDay;
    }

    /// <summary>The membership as it was before it ended.</summary>
    public Membership Membership { get; }

    /// <summary>The last day of the membership.</summary>
    public LocalDate LastDay { get; }
}
