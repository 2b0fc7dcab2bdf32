using System.Collections.Immutable;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A round of a support programme the district was selected for, with its participants.</summary>
/// <param name="Number">The round number.</param>
/// <param name="SelectedOn">The selection day.</param>
/// <param name="Period">The days the round runs.</param>
/// <param name="Organizations">The participating organisations.</param>
/// <param name="Companies">The participating companies.</param>
public sealed record ProgramRound(
    int Number,
    LocalDate SelectedOn,
    DateRange Period,
    ImmutableArray<OrganizationId> Organizations,
    ImmutableArray<BusinessRegistrationNumber> Companies);
