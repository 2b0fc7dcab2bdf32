using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>How a governance body's seats were spread over the sectors on a date, judged by a policy.</summary>
/// <remarks>
/// <see cref="GovernanceBody.BalanceOn"/> builds it. The sectors are the five of 민·관·산·학·연 (press article
/// "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23; <see cref="HelixSector"/>). Two assessments are
/// equal when they are of the same date and policy and count the same seats.
/// </remarks>
public sealed record GovernanceBalance
{
    private readonly ImmutableSortedDictionary<HelixSector, int> seatsBySector;

    internal GovernanceBalance(
        LocalDate date,
        GovernanceBalancePolicy policy,
        ImmutableSortedDictionary<HelixSector, int> seatsBySector,
        int totalSeats,
        EquatableArray<HelixSector> missingSectors,
        EquatableArray<HelixSector> overRepresentedSectors)
    {
        Date = date;
        Policy = policy;
        this.seatsBySector = seatsBySector;
        TotalSeats = totalSeats;
        MissingSectors = missingSectors;
        OverRepresentedSectors = overRepresentedSectors;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The policy applied.</summary>
    public GovernanceBalancePolicy Policy { get; }

    /// <summary>The seats held by each of the five sectors (zero included), in enum order.</summary>
    public IReadOnlyDictionary<HelixSector, int> SeatsBySector => seatsBySector;

    /// <summary>All seats held on the date.</summary>
    public int TotalSeats { get; }

    /// <summary>Required sectors without a seat, in enum order.</summary>
    public EquatableArray<HelixSector> MissingSectors { get; }

    /// <summary>Sectors holding more than the policy's largest share, in enum order.</summary>
    public EquatableArray<HelixSector> OverRepresentedSectors { get; }

    /// <summary>True when the body has seats, no required sector is missing and no sector holds too many seats.</summary>
    public bool IsBalanced => TotalSeats > 0 && MissingSectors.Count == 0 && OverRepresentedSectors.Count == 0;

    /// <summary>True when the other assessment is of the same date and policy and counts the same seats.</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(GovernanceBalance? other)
        => other is not null
            && Date == other.Date
            && Policy.Equals(other.Policy)
            && TotalSeats == other.TotalSeats
            && seatsBySector.SequenceEqual(other.seatsBySector)
            && MissingSectors == other.MissingSectors
            && OverRepresentedSectors == other.OverRepresentedSectors;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Policy, TotalSeats, MissingSectors, OverRepresentedSectors);
}
