using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// Where the running term's schedule is counted from: the first boundary (first day after the term) is
/// <c>Origin + Months + Days</c>, and automatic renewals add whole renewal periods to that offset.
/// </summary>
/// <param name="Origin">The day the schedule counts from: the effective date, or the day a renewal or amendment re-set it.</param>
/// <param name="Months">Whole months from the origin to the first boundary.</param>
/// <param name="Days">Whole days added after the months.</param>
internal readonly record struct TermAnchor(LocalDate Origin, int Months, int Days)
{
    public LocalDate First => Origin.PlusMonths(Months).PlusDays(Days);

    public static TermAnchor For(LocalDate origin, Period period) => new(origin, RenewalSchedule.MonthsOf(period), RenewalSchedule.DaysOf(period));

    public static TermAnchor At(LocalDate boundary) => new(boundary, 0, 0);
}
