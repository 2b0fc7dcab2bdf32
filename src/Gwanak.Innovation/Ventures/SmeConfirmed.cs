using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ventures;

/// <summary>The company was confirmed as a small or medium enterprise (중소기업 확인); the step is dated on the issue day.</summary>
[EventType("venture-company.sme-confirmed")]
public sealed record SmeConfirmed : VentureCompanyEvent
{
    /// <summary>Records an SME confirmation.</summary>
    /// <param name="company">The company's business registration number.</param>
    /// <param name="confirmation">The confirmation, which carries its day.</param>
    /// <exception cref="System.ArgumentException">The registration number is default, or the confirmation is null.</exception>
    public SmeConfirmed(BusinessRegistrationNumber company, SmeConfirmation confirmation)
        : base(company, Guard.Against.Null(confirmation).ConfirmedOn)
        => Confirmation = confirmation;

    /// <summary>The confirmation.</summary>
    public SmeConfirmation Confirmation { get; }
}
