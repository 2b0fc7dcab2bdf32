using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// What a district's own ordinance asks before a tie moves up, beyond what the law always asks
/// (a council resolution and a founding agreement for a sister city).
/// </summary>
/// <remarks>
/// Whether a friendship tie needs a council resolution differs between districts' ordinances on international exchange
/// (국제교류 조례); the Local Autonomy Act (지방자치법) Art. 47 leaves it to them. The default says it does not, as stated
/// on <see cref="StatedOn"/>: a friendship tie (우호도시) is usually made by a letter of intent or an agreement without a
/// council resolution. A district whose ordinance demands one passes its own policy. Each move up records the policy it
/// was decided under (<see cref="PartnershipAdvanced.Policy"/>), so a replay decides it again by the same policy.
/// </remarks>
public sealed record PartnershipPolicy
{
    /// <summary>Creates a policy, as a district's ordinance states it.</summary>
    /// <param name="friendshipNeedsCouncilResolution">True when a friendship tie needs a council resolution approving it.</param>
    /// <param name="statedOn">The day the policy was stated, for example the day the ordinance took effect.</param>
    /// <exception cref="System.ArgumentException">The day is <see langword="default"/>.</exception>
    public PartnershipPolicy(bool friendshipNeedsCouncilResolution, LocalDate statedOn)
    {
        FriendshipNeedsCouncilResolution = friendshipNeedsCouncilResolution;
        StatedOn = Guard.Against.Default(statedOn);
    }

    /// <summary>The default: a friendship tie needs no council resolution (stated 2023-07-05).</summary>
    public static PartnershipPolicy Default { get; } = new(false, new LocalDate(2023, 7, 5));

    /// <summary>True when a friendship tie needs a council resolution approving it.</summary>
    public bool FriendshipNeedsCouncilResolution { get; }

    /// <summary>
    /// The day the policy was stated (the default: 2023-07-05, the day Gwanak-gu's delegation left to find new friendship
    /// cities in California, press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23).
    /// </summary>
    public LocalDate StatedOn { get; }

    /// <summary>A policy for a district whose ordinance demands a council resolution for a friendship tie too.</summary>
    /// <param name="statedOn">The day the ordinance took effect.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="System.ArgumentException">The day is <see langword="default"/>.</exception>
    public static PartnershipPolicy FriendshipByResolution(LocalDate statedOn) => new(true, statedOn);
}
