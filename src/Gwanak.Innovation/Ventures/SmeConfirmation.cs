using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>
/// A confirmation that a company is a small or medium enterprise (중소기업 확인, the 중소기업 확인서 issued through the
/// Ministry of SMEs and Startups' 중소기업현황정보시스템): the day it was issued and the last day of the fiscal year whose
/// figures it judged.
/// </summary>
/// <remarks>
/// Source: Framework Act on Small and Medium Enterprises (중소기업기본법) Art. 2 and its Enforcement Decree Art. 3 (who is an
/// SME) and Art. 3-3 (for how long the answer holds). How long a confirmation is valid is not stored here but asked of an
/// <see cref="SmeConfirmationPolicy"/>, as the certificate prints it: from the day three months after the end of that
/// fiscal year, for one year (2023-04-01 to 2024-03-31 for the figures of 2022). A company founded in the fiscal year under
/// way is judged on its figures since founding: its certificate names the end of that fiscal year, after the issue day. The
/// constructor's parameters are named after the properties, so a document reader can bind them.
/// </remarks>
public sealed record SmeConfirmation
{
    /// <summary>Creates a confirmation.</summary>
    /// <param name="confirmedOn">The day the confirmation was issued.</param>
    /// <param name="fiscalYearEnd">
    /// The last day of the fiscal year whose figures it judged (직전 사업연도 말일): before the issue day, or, for a company
    /// founded in the fiscal year under way, the end of that year, at most a year after the issue day.
    /// </param>
    /// <exception cref="ArgumentException">A day is <see langword="default"/>, or the fiscal year ends more than a year after the issue day.</exception>
    public SmeConfirmation(LocalDate confirmedOn, LocalDate fiscalYearEnd)
    {
        ConfirmedOn = Guard.Against.Default(confirmedOn);
        FiscalYearEnd = Guard.Against.Default(fiscalYearEnd);
        // In the calendar's last year every day is within a year of the issue day (and a year on is beyond the calendar).
        if (confirmedOn.Year < LocalDate.MaxIsoValue.Year && fiscalYearEnd > confirmedOn.PlusYears(1))
        {
            throw new ArgumentException($"A confirmation issued on {confirmedOn:uuuu-MM-dd} judges a fiscal year that has ended or is under way; {fiscalYearEnd:uuuu-MM-dd} is more than a year later.", nameof(fiscalYearEnd));
        }
    }

    /// <summary>The day the confirmation was issued.</summary>
    public LocalDate ConfirmedOn { get; }

    /// <summary>The last day of the fiscal year whose figures the confirmation judged.</summary>
    public LocalDate FiscalYearEnd { get; }
}
