using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A contributor committed money to the fund.</summary>
/// <param name="Date">The day of the commitment.</param>
/// <param name="Contributor">The contributing organisation (the district, the city, a bank...).</param>
/// <param name="Amount">The amount committed.</param>
public sealed record FundCommitmentMade(LocalDate Date, OrganizationId Contributor, Money Amount) : FundEvent(Date);
