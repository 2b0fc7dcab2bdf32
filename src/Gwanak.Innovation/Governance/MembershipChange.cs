using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>A member joining or leaving a governance body, as listed by <see cref="GovernanceBody.ChangesBetween"/>.</summary>
/// <remarks>Dates follow the Popolo <c>Membership</c>: a membership holds from its <c>start_date</c> through its <c>end_date</c>.</remarks>
public sealed record MembershipChange
{
    internal MembershipChange(LocalDate date, MembershipChangeKind kind, Membership membership)
    {
        Date = date;
        Kind = kind;
        Membership = membership;
    }

    /// <summary>The first day with the membership (joined) or the first day without it (left).</summary>
    public LocalDate Date { get; }

    /// <summary>Joined or left.</summary>
    public MembershipChangeKind Kind { get; }

    /// <summary>The membership.</summary>
    public Membership Membership { get; }
}
