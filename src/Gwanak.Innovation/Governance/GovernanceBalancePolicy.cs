using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Organizations;

namespace Gwanak.Innovation.Governance;

/// <summary>
/// When a governance body counts as balanced: which sectors must hold a seat, and the largest share of seats
/// any one sector may hold. A value the caller can replace with the body's own charter.
/// </summary>
/// <remarks>
/// No statute fixes a balance for a district innovation governance. <see cref="Default"/> (as of 2023) reads
/// "민·관·산·학·연" in the press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다" (2023-08-23) as
/// all five sectors present, after the quintuple helix (Carayannis and Campbell), and caps any sector at 40% of the
/// seats, a quota-style limit of the kind Korean committees use for gender balance; replace it with the body's charter.
/// </remarks>
public sealed record GovernanceBalancePolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="requiredSectors">The sectors that must hold at least one seat.</param>
    /// <param name="maximumSeatShare">The largest share of seats one sector may hold, above 0 and at most 1.</param>
    /// <exception cref="ArgumentException">The sectors are null or hold an undefined value, or the share is out of range.</exception>
    public GovernanceBalancePolicy(IEnumerable<HelixSector> requiredSectors, decimal maximumSeatShare)
    {
        Guard.Against.Null(requiredSectors);
        RequiredSectors = requiredSectors.Select(s => Guard.Against.EnumOutOfRange(s, nameof(requiredSectors))).Distinct().Order().ToImmutableArray();
        if (maximumSeatShare <= 0m || maximumSeatShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumSeatShare), maximumSeatShare, "The largest share of seats must be above 0 and at most 1, for example 0.4 for 40%.");
        }

        MaximumSeatShare = maximumSeatShare;
    }

    /// <summary>The default as of 2023: all five sectors present and no sector above 40% of the seats.</summary>
    public static GovernanceBalancePolicy Default { get; } = new(Enum.GetValues<HelixSector>(), 0.40m);

    /// <summary>The sectors that must hold at least one seat, in enum order.</summary>
    public IReadOnlyList<HelixSector> RequiredSectors { get; }

    /// <summary>The largest share of seats one sector may hold.</summary>
    public decimal MaximumSeatShare { get; }

    /// <summary>True when the other policy asks for the same sectors and share.</summary>
    /// <param name="other">The other policy.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(GovernanceBalancePolicy? other)
        => other is not null && MaximumSeatShare == other.MaximumSeatShare && RequiredSectors.SequenceEqual(other.RequiredSectors);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MaximumSeatShare, RequiredSectors.Count);
}
