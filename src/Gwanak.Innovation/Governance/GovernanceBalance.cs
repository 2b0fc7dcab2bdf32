using System.Collections.Generic;
using Gwanak.Innovation.Organizations;
using NodaTime;

namespace Gwanak.Innovation.Governance;

/// <summary>How a governance body's seats were spread over the sectors on a date, judged by a policy.</summary>
/// <param name="Date">The date.</param>
/// <param name="Policy">The policy applied.</param>
/// <param name="SeatsBySector">The seats held by each of the five sectors (zero included).</param>
/// <param name="TotalSeats">All seats held on the date.</param>
/// <param name="MissingSectors">Required sectors without a seat.</param>
/// <param name="OverRepresentedSectors">Sectors holding more than the policy's largest share.</param>
public sealed record GovernanceBalance(
    LocalDate Date,
    GovernanceBalancePolicy Policy,
    IReadOnlyDictionary<HelixSector, int> SeatsBySector,
    int TotalSeats,
    IReadOnlyList<HelixSector> MissingSectors,
    IReadOnlyList<HelixSector> OverRepresentedSectors)
{
    /// <summary>True when the body has seats, no required sector is missing and no sector holds too many seats.</summary>
    public bool IsBalanced => TotalSeats > 0 && MissingSectors.Count == 0 && OverRepresentedSectors.Count == 0;
}
