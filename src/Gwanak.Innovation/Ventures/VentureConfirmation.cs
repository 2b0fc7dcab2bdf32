using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>A venture company confirmation (벤처기업 확인): its type and the day it was confirmed.</summary>
/// <remarks>
/// How long a confirmation stays valid is not stored here but asked of a <see cref="VentureConfirmationPolicy"/>,
/// because the law changed the period (2 years, then 3 years for confirmations from 2021-02-12). A portal builds one
/// from the confirmation certificate (벤처기업확인서) it stores; the constructor's parameters are named after the
/// properties, so a document reader can bind them.
/// </remarks>
public sealed record VentureConfirmation
{
    /// <summary>Creates a confirmation.</summary>
    /// <param name="type">The confirmation type (Act on Special Measures for the Promotion of Venture Businesses, Art. 2-2).</param>
    /// <param name="confirmedOn">The day the confirmation was issued; it is valid from that day.</param>
    /// <exception cref="System.ArgumentException">The type is not defined, or the day is <see langword="default"/>.</exception>
    public VentureConfirmation(VentureConfirmationType type, LocalDate confirmedOn)
    {
        Type = Guard.Against.EnumOutOfRange(type);
        ConfirmedOn = Guard.Against.Default(confirmedOn);
    }

    /// <summary>The confirmation type (Act on Special Measures for the Promotion of Venture Businesses, Art. 2-2).</summary>
    public VentureConfirmationType Type { get; }

    /// <summary>The day the confirmation was issued; it is valid from that day.</summary>
    public LocalDate ConfirmedOn { get; }
}
