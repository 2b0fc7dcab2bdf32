using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The fund invested in a company.</summary>
/// <param name="Date">The day of the investment.</param>
/// <param name="Company">The company invested in.</param>
/// <param name="Amount">The amount invested.</param>
public sealed record FundInvestmentMade(LocalDate Date, BusinessRegistrationNumber Company, Money Amount) : FundEvent(Date);
