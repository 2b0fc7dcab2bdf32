using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>A member joining or leaving a governance body, as listed by <see cref="GovernanceBody.ChangesBetween"/>.</summary>
/// <param name="Date">The first day with the membership (joined) or the first day without it (left).</param>
/// <param name="Kind">Joined or left.</param>
/// <param name="Membership">The membership.</param>
public sealed record MembershipChange(LocalDate Date, MembershipChangeKind Kind, Membership Membership);
