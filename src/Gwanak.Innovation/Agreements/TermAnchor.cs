using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The running term as a period of the Civil Code: its first day and its length in whole months and days. The term ends
/// on <see cref="CivilCodePeriod.LastDay(LocalDate, int, int)"/> of them, and <see cref="First"/>, the day after, is the
/// first automatic renewal; each renewal is a period starting at 00:00 of that day.
/// </summary>
/// <param name="Origin">The first day of the running term: the effective date, the first day counted from the last signature, or the day a renewal or amendment re-set it.</param>
/// <param name="Months">Whole months of the running term.</param>
/// <param name="Days">Whole days of the running term after its months; with no months and no days, <see cref="Origin"/> is itself the next renewal.</param>
internal readonly record struct TermAnchor(LocalDate Origin, int Months, int Days)
{
    /// <summary>The first day after the running term: the first renewal, or the first day expired.</summary>
    public LocalDate First => CivilCodePeriod.NextStart(Origin, Months, Days);

    public static TermAnchor For(LocalDate origin, Period period) => new(origin, CivilCodePeriod.MonthsOf(period), CivilCodePeriod.DaysOf(period));

    public static TermAnchor At(LocalDate boundary) => new(boundary, 0, 0);

    /// <summary>
    /// The term as the terms set it: from the fixed effective date; from the last signature's local date counted as the
    /// terms say, once every party signed; before that (a term from signing) a stand-in from <paramref name="asOf"/> that no
    /// question reads, since an agreement not signed by every party has no term yet.
    /// </summary>
    public static TermAnchor Initial(AgreementTerms terms, LocalDate? fullySignedOn, LocalDate asOf)
        => terms.EffectiveDate is { } fixedDay
            ? For(fixedDay, terms.Term)
            : For(fullySignedOn is { } signed ? CivilCodePeriod.FirstDayFrom(signed, terms.Counting) : asOf, terms.Term);
}
