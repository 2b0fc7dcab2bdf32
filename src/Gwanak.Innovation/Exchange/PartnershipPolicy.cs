using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// What a district's own ordinance asks before a tie moves up, beyond what the law always asks
/// (a council resolution and a founding agreement for a sister city).
/// </summary>
/// <remarks>
/// Whether a friendship tie needs a council resolution differs between districts' international exchange ordinances
/// (국제교류 조례); the default says it does not, as stated on <see cref="StatedOn"/>. A district whose ordinance
/// demands one passes its own policy.
/// <para>Source: DESIGN.md §3 — friendship ties are usually made by a letter of intent or agreement without council approval.</para>
/// </remarks>
/// <param name="FriendshipNeedsCouncilResolution">True when a friendship tie needs a council resolution approving it.</param>
/// <param name="StatedOn">The day the policy was stated (the default: the seed's trip, 2023-07-05).</param>
public sealed record PartnershipPolicy(bool FriendshipNeedsCouncilResolution, LocalDate StatedOn)
{
    /// <summary>The default: a friendship tie needs no council resolution (stated 2023-07-05).</summary>
    public static PartnershipPolicy Default { get; } = new(false, new LocalDate(2023, 7, 5));

    /// <summary>A policy for a district whose ordinance demands a council resolution for a friendship tie too.</summary>
    /// <param name="statedOn">The day the ordinance took effect.</param>
    /// <returns>The policy.</returns>
    public static PartnershipPolicy FriendshipByResolution(LocalDate statedOn) => new(true, statedOn);
}
