using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The time terms of an agreement: when it takes effect, for how long, whether it renews itself and for how
/// long, and how much notice ends it.
/// </summary>
/// <remarks>
/// Periods are in years, months, weeks and days (no time of day). The term runs from the effective date up to
/// the day before <c>effective date + term</c>; an automatic renewal adds the renewal period each time the term
/// ends unless notice was given; a termination notice given on a day takes effect on <c>that day + notice
/// period</c>. Source: common MOU practice (DESIGN §3), e.g. "effective for two years from signature, renewed
/// automatically for one year unless a party gives three months' written notice".
/// </remarks>
public sealed record AgreementTerms
{
    /// <summary>Creates terms.</summary>
    /// <param name="effectiveDate">The first day the agreement can be in force.</param>
    /// <param name="term">The initial term, positive.</param>
    /// <param name="terminationNotice">The notice period for termination, zero or positive.</param>
    /// <param name="automaticRenewal">The renewal period, positive, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A period has a time-of-day unit, a negative unit, or is zero where it must be positive.</exception>
    public AgreementTerms(LocalDate effectiveDate, Period term, Period terminationNotice, Period? automaticRenewal = null)
    {
        EffectiveDate = effectiveDate;
        Term = RequireDatePeriod(term, nameof(term), positive: true);
        TerminationNotice = RequireDatePeriod(terminationNotice, nameof(terminationNotice), positive: false);
        AutomaticRenewal = automaticRenewal is null ? null : RequireDatePeriod(automaticRenewal, nameof(automaticRenewal), positive: true);
    }

    /// <summary>The first day the agreement can be in force.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>The initial term.</summary>
    public Period Term { get; }

    /// <summary>The notice period for termination.</summary>
    public Period TerminationNotice { get; }

    /// <summary>The automatic renewal period, or <see langword="null"/> when the agreement does not renew itself.</summary>
    public Period? AutomaticRenewal { get; }

    /// <summary>The last day of the initial term.</summary>
    public LocalDate InitialExpiryDate => TermAnchor.For(EffectiveDate, Term).First.PlusDays(-1);

    /// <summary>The same terms with another effective date.</summary>
    /// <param name="effectiveDate">The effective date.</param>
    /// <returns>The new terms.</returns>
    public AgreementTerms WithEffectiveDate(LocalDate effectiveDate) => new(effectiveDate, Term, TerminationNotice, AutomaticRenewal);

    /// <summary>The same terms with another initial term.</summary>
    /// <param name="term">The term, positive.</param>
    /// <returns>The new terms.</returns>
    public AgreementTerms WithTerm(Period term) => new(EffectiveDate, term, TerminationNotice, AutomaticRenewal);

    /// <summary>The same terms with another notice period.</summary>
    /// <param name="terminationNotice">The notice period, zero or positive.</param>
    /// <returns>The new terms.</returns>
    public AgreementTerms WithTerminationNotice(Period terminationNotice) => new(EffectiveDate, Term, terminationNotice, AutomaticRenewal);

    /// <summary>The same terms with another automatic renewal.</summary>
    /// <param name="automaticRenewal">The renewal period, positive, or <see langword="null"/> for none.</param>
    /// <returns>The new terms.</returns>
    public AgreementTerms WithAutomaticRenewal(Period? automaticRenewal) => new(EffectiveDate, Term, TerminationNotice, automaticRenewal);

    /// <summary>A short description.</summary>
    /// <returns>For example <c>from 2023-07-07 for P2Y, renewing by P1Y, notice P3M</c>.</returns>
    public override string ToString()
        => $"from {EffectiveDate:uuuu-MM-dd} for {Term}, " + (AutomaticRenewal is { } r ? $"renewing by {r}" : "no automatic renewal") + $", notice {TerminationNotice}";

    internal static Period RequireDatePeriod(Period period, string name, bool positive)
    {
        Guard.Against.Null(period, name);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException($"The period {period} has a time-of-day unit; use years, months, weeks and days only.", name);
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"The period {period} has a negative unit; periods of terms are counted forward.", name);
        }

        if (positive && period.Equals(Period.Zero))
        {
            throw new ArgumentException("The period must be longer than zero.", name);
        }

        return period;
    }
}
