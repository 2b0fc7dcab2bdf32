using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>
/// A venture confirmation of the company was cancelled (벤처기업 확인의 취소); from the step's day on it no longer holds.
/// </summary>
/// <remarks>
/// Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 25-2: the Minister of SMEs and Startups
/// cancels a confirmation obtained by fraud and may cancel one whose company no longer meets the requirements. The Framework
/// Act on Administration (행정기본법) lets an unlawful grant be cancelled back to its start (Art. 18) and a lawful one be
/// withdrawn for the future (Art. 19); the day recorded is the first day the confirmation no longer holds, the issue day for
/// a cancellation back to the start.
/// </remarks>
[EventType("venture-company.confirmation-cancelled")]
public sealed record VentureConfirmationCancelled : VentureCompanyEvent
{
    /// <summary>Records a cancellation.</summary>
    /// <param name="company">The company's business registration number.</param>
    /// <param name="date">The first day the confirmation no longer holds.</param>
    /// <param name="confirmation">The confirmation cancelled, as it was recorded (type and issue day).</param>
    /// <exception cref="System.ArgumentException">The registration number is default, or the confirmation is null.</exception>
    public VentureConfirmationCancelled(BusinessRegistrationNumber company, LocalDate date, VentureConfirmation confirmation)
        : base(company, date)
        => Confirmation = Guard.Against.Null(confirmation);

    /// <summary>The confirmation cancelled.</summary>
    public VentureConfirmation Confirmation { get; }
}
