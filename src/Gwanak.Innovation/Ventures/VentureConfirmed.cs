using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Ventures;

/// <summary>The company received a venture confirmation (벤처기업 확인); the step is dated on the confirmation day.</summary>
[EventType("venture-company.confirmed")]
public sealed record VentureConfirmed : VentureCompanyEvent
{
    /// <summary>Records a confirmation.</summary>
    /// <param name="company">The company's business registration number.</param>
    /// <param name="confirmation">The confirmation, which carries its day.</param>
    /// <exception cref="System.ArgumentException">The registration number is default, or the confirmation is null.</exception>
    public VentureConfirmed(BusinessRegistrationNumber company, VentureConfirmation confirmation)
        : base(company, Guard.Against.Null(confirmation).ConfirmedOn)
        => Confirmation = confirmation;

    /// <summary>The confirmation.</summary>
    public VentureConfirmation Confirmation { get; }
}
