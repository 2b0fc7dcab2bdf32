using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The running term as a period of the Civil Code: its first day and its length in whole months and days. The term ends
/// on <see cref="LastDay"/>, and <see cref="First"/>, the day after, is the
/// first automatic renewal; each renewal is a period starting at 00:00 of that day.
/// </summary>
/// <param name="Origin">The first day of the running term: the effective date, the first day counted from the last signature, or the day a renewal or amendment re-set it.</param>
/// <param name="Months">Whole months of the running term.</param>
/// <param name="Days">Whole days of the running term after its months; with no months and no days, <see cref="Origin"/> is itself the next renewal.</param>
internal readonly record struct TermAnchor(LocalDate Origin, int Months, int Days)
{
    /// <summary>The last day of the running term, or <see langword="null"/> when it ends beyond the calendar (<see cref="CalendarRules.DateBeyondCalendar"/>).</summary>
    public LocalDate? LastDay => CivilCodePeriod.LastDay(Origin, Months, Days);

    /// <summary>The first day after the running term: the first renewal, or the first day expired; <see langword="null"/> when it falls after the calendar's last day.</summary>
    public LocalDate? First => CivilCodePeriod.NextStart(Origin, Months, Days);

    public static TermAnchor For(LocalDate origin, Period period) => new(origin, CivilCodePeriod.MonthsOf(period), CivilCodePeriod.DaysOf(period));

    public static TermAnchor At(LocalDate boundary) => new(boundary, 0, 0);

    /// <summary>
    /// The term as the terms set it: from the fixed effective date; from the last signature's local date counted as the
    /// terms say, once every party signed; before that (a term from signing) a stand-in from <paramref name="asOf"/> that no
    /// question reads, since an agreement not signed by every party has no term yet. <see langword="null"/> when a term from
    /// signing would start after the calendar's last day.
    /// </summary>
    public static TermAnchor? Initial(AgreementTerms terms, LocalDate? fullySignedOn, LocalDate asOf)
        => terms.EffectiveDate is { } fixedDay
            ? For(fixedDay, terms.Term)
            : fullySignedOn is not { } signed
                ? For(asOf, terms.Term)
                : CivilCodePeriod.FirstDayFrom(signed, terms.Counting) is { } first ? For(first, terms.Term) : null;

    /// <summary>True when the running term ends within the calendar (<see cref="CalendarRules.DateBeyondCalendar"/>).</summary>
    public static bool WithinCalendar(TermAnchor? anchor) => anchor?.LastDay is not null;
}
