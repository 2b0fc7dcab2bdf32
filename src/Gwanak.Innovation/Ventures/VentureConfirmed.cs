namespace Gwanak.Innovation.Ventures;

/// <summary>The company received a venture confirmation; the step is dated on the confirmation day.</summary>
/// <param name="Confirmation">The confirmation.</param>
public sealed record VentureConfirmed(VentureConfirmation Confirmation) : VentureCompanyEvent(Confirmation.ConfirmedOn);
