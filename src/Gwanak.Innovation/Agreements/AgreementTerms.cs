using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The time terms of an agreement: when its term starts (a fixed day, or the day the last party signs), for how long,
/// whether it renews itself and for how long, how much notice ends it, and how its periods are counted.
/// </summary>
/// <remarks>
/// <para>
/// Periods are in years, months, weeks and days (no time of day) and are counted as the Civil Code counts them (민법
/// 제155조–제160조; docs/domain.md, "Periods"): a term that starts on a fixed day starts at 00:00 of it, so that day
/// counts, and ends on the day before the corresponding day (Art. 160(2)), or on the month's last day where the last
/// month has none (Art. 160(3)): from 2023-07-11 for two years is through 2025-07-10, from 2024-02-29 for one year
/// through 2025-02-28. An automatic renewal is a new period of the renewal's length from 00:00 of the day after the term
/// ends. A notice period counted from the day notice is given leaves that day out (Art. 157) unless the terms say
/// otherwise (<see cref="Counting"/>): three months' notice given on 2026-02-10 runs 2026-02-11 through 2026-05-10, and
/// the agreement is terminated from 2026-05-11. A notice period of zero ends with the day notice is given: terminated
/// from the next day.
/// </para>
/// <para>
/// A term that starts when the last party signs (체결일부터 효력, <see cref="EffectiveDate"/> <see langword="null"/>) is in
/// force from the local date of the last signature; the signature happens during that day, so under the Code the term
/// is counted from the next day: signed on 2023-08-16 for one year is in force 2023-08-16 through 2024-08-16, or through
/// 2024-08-15 when the terms count the day of signing (<see cref="PeriodCounting.FirstDayIncluded"/>).
/// </para>
/// <para>
/// Source: common MOU practice (docs/domain.md), e.g. "effective for two years from signature, renewed automatically for
/// one year unless a party gives three months' written notice"; Civil Code Art. 155 lets an agreement set its own counting.
/// </para>
/// </remarks>
public sealed record AgreementTerms
{
    /// <summary>Creates terms.</summary>
    /// <param name="effectiveDate">The fixed first day of the term, or <see langword="null"/> when the term starts on the day the last party signs.</param>
    /// <param name="term">The initial term, positive.</param>
    /// <param name="terminationNotice">The notice period for termination and for non-renewal, zero or positive.</param>
    /// <param name="automaticRenewal">The renewal period, positive, or <see langword="null"/> for none.</param>
    /// <param name="counting">Whether a period counted from the day of a notice or of the last signature counts that day: the Civil Code's rule by default.</param>
    /// <exception cref="ArgumentException">A period has a time-of-day unit, a negative unit, or is zero where it must be positive; or the counting is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term from the fixed effective date ends after 9999-12-31, the end of the calendar the library counts in (<see cref="CalendarRules.DateBeyondCalendar"/>; a term from signing is checked when the last party signs).</exception>
    public AgreementTerms(LocalDate? effectiveDate, Period term, Period terminationNotice, Period? automaticRenewal = null, PeriodCounting counting = PeriodCounting.CivilCode)
    {
        EffectiveDate = effectiveDate;
        Term = CivilCodePeriod.RequireDatePeriod(term, nameof(term), positive: true);
        TerminationNotice = CivilCodePeriod.RequireDatePeriod(terminationNotice, nameof(terminationNotice), positive: false);
        AutomaticRenewal = automaticRenewal is null ? null : CivilCodePeriod.RequireDatePeriod(automaticRenewal, nameof(automaticRenewal), positive: true);
        Counting = Guard.Against.EnumOutOfRange(counting);
        if (effectiveDate is { } first && CivilCodePeriod.LastDay(first, Term) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(term), term, $"The term {term} from {first:uuuu-MM-dd} ends after {LocalDate.MaxIsoValue:uuuu-MM-dd}, the end of the calendar the library counts in.");
        }
    }

    /// <summary>The fixed first day of the term, or <see langword="null"/> when the term starts on the day the last party signs.</summary>
    public LocalDate? EffectiveDate { get; }

    /// <summary>The initial term.</summary>
    public Period Term { get; }

    /// <summary>The notice period for termination, and the notice before expiry that stops an automatic renewal.</summary>
    public Period TerminationNotice { get; }

    /// <summary>The automatic renewal period, or <see langword="null"/> when the agreement does not renew itself.</summary>
    public Period? AutomaticRenewal { get; }

    /// <summary>Whether a notice period, and a term that starts on signing, count the day of the notice or of the last signature.</summary>
    public PeriodCounting Counting { get; }

    /// <summary>True when the term starts on the day the last party signs (체결일부터 효력) rather than on a fixed day.</summary>
    public bool StartsOnSigning => EffectiveDate is null;

    /// <summary>The last day of the initial term (never after 9999-12-31: the constructor refuses a longer term), or <see langword="null"/> when it starts on signing (see <see cref="Agreement.ExpiryDateOn"/>).</summary>
    public LocalDate? InitialExpiryDate => EffectiveDate is { } first ? CivilCodePeriod.LastDay(first, Term) : null;

    /// <summary>Terms whose term starts on the day the last party signs (체결일부터 효력).</summary>
    /// <param name="term">The initial term, positive.</param>
    /// <param name="terminationNotice">The notice period, zero or positive.</param>
    /// <param name="automaticRenewal">The renewal period, positive, or <see langword="null"/> for none.</param>
    /// <param name="counting">Whether the day of signing and of a notice counts: the Civil Code's rule by default.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentException">As the constructor.</exception>
    public static AgreementTerms FromSigning(Period term, Period terminationNotice, Period? automaticRenewal = null, PeriodCounting counting = PeriodCounting.CivilCode)
        => new(null, term, terminationNotice, automaticRenewal, counting);

    /// <summary>The same terms with another start.</summary>
    /// <param name="effectiveDate">The fixed first day, or <see langword="null"/> for the day the last party signs.</param>
    /// <returns>The new terms.</returns>
    [Transition]
    public AgreementTerms WithEffectiveDate(LocalDate? effectiveDate) => new(effectiveDate, Term, TerminationNotice, AutomaticRenewal, Counting);

    /// <summary>The same terms with another initial term.</summary>
    /// <param name="term">The term, positive.</param>
    /// <returns>The new terms.</returns>
    [Transition]
    public AgreementTerms WithTerm(Period term) => new(EffectiveDate, term, TerminationNotice, AutomaticRenewal, Counting);

    /// <summary>The same terms with another notice period.</summary>
    /// <param name="terminationNotice">The notice period, zero or positive.</param>
    /// <returns>The new terms.</returns>
    [Transition]
    public AgreementTerms WithTerminationNotice(Period terminationNotice) => new(EffectiveDate, Term, terminationNotice, AutomaticRenewal, Counting);

    /// <summary>The same terms with another automatic renewal.</summary>
    /// <param name="automaticRenewal">The renewal period, positive, or <see langword="null"/> for none.</param>
    /// <returns>The new terms.</returns>
    [Transition]
    public AgreementTerms WithAutomaticRenewal(Period? automaticRenewal) => new(EffectiveDate, Term, TerminationNotice, automaticRenewal, Counting);

    /// <summary>The same terms with another counting.</summary>
    /// <param name="counting">The counting.</param>
    /// <returns>The new terms.</returns>
    [Transition]
    public AgreementTerms WithCounting(PeriodCounting counting) => new(EffectiveDate, Term, TerminationNotice, AutomaticRenewal, counting);

    /// <summary>A short description.</summary>
    /// <returns>For example <c>from 2023-07-07 for P2Y, renewing by P1Y, notice P3M</c>, or <c>from signing for P1Y, no automatic renewal, notice P1M, counting the first day</c>.</returns>
    public override string ToString()
        => (EffectiveDate is { } first ? $"from {first:uuuu-MM-dd}" : "from signing") + $" for {Term}, "
            + (AutomaticRenewal is { } r ? $"renewing by {r}" : "no automatic renewal") + $", notice {TerminationNotice}"
            + (Counting == PeriodCounting.FirstDayIncluded ? ", counting the first day" : string.Empty);
}
