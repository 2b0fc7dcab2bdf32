using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>A venture company confirmation (벤처기업 확인): its type and the day it was confirmed.</summary>
/// <remarks>
/// How long a confirmation stays valid is not stored here but asked of a <see cref="VentureConfirmationPolicy"/>,
/// because the law changed the period (2 years, then 3 years for confirmations from 2021-02-12).
/// </remarks>
/// <param name="Type">The confirmation type.</param>
/// <param name="ConfirmedOn">The day the confirmation was issued; it is valid from that day.</param>
public sealed record VentureConfirmation(VentureConfirmationType Type, LocalDate ConfirmedOn);
