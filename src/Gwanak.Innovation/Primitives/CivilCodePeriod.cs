using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// The Civil Code's counting of periods of days, weeks, months and years (민법 제155조–제161조): the one place the library
/// counts them, for an agreement's term, renewals and notice periods and the last day to give notice, a venture
/// confirmation's validity, the delay and the year of an SME confirmation, a fund's term, investment period and
/// extensions, and a partnership's quiet time.
/// </summary>
/// <remarks>
/// <para>
/// A period is split into whole months (years × 12 + months, counted by the calendar: Art. 160(1)) and whole days
/// (weeks × 7 + days). Counted from its first day F, the months end on the day before the day that corresponds to F in
/// the last month (Art. 160(2)), or on the last day of that month when it has no such day (Art. 160(3)); the days follow;
/// the period ends at the end of its last day (Art. 159). Counted from the first of a month, a period of months so ends on
/// the last day of a month.
/// </para>
/// <para>
/// A period counted from a day on which something happens (a notice given, a signature) has that day's next day as
/// its first day (Art. 157), unless the parties agreed otherwise (Art. 155, <see cref="PeriodCounting"/>); a period that
/// starts on a fixed day or the day after another period starts at 00:00 and counts that day (Art. 157, proviso). A period
/// of no length counted from a day ends with that day, never before it: the act cannot take effect before it happens.
/// </para>
/// <para>
/// Art. 161 (a period whose last day is a Saturday or a public holiday ends on the next day) is not applied: the periods
/// the model counts forward end a relationship rather than limit the time for an act, and the one time limit, the last
/// day to give notice, is counted back from an expiry, where moving it later would shorten the notice owed
/// (docs/domain.md, "Periods").
/// </para>
/// </remarks>
internal static class CivilCodePeriod
{
    private static readonly long FirstMonth = MonthIndex(LocalDate.MinIsoValue);
    private static readonly long LastMonth = MonthIndex(LocalDate.MaxIsoValue);

    /// <summary>The whole months of a period: years × 12 + months, at most <see cref="int.MaxValue"/> (already beyond the calendar).</summary>
    public static int MonthsOf(Period period) => AtMost((period.Years * 12L) + period.Months);

    /// <summary>The whole days of a period after its months: weeks × 7 + days, at most <see cref="int.MaxValue"/> (already beyond the calendar).</summary>
    public static int DaysOf(Period period) => AtMost((period.Weeks * 7L) + period.Days);

    /// <summary>
    /// True when a period is one the Code counts forward from a day: in years, months, weeks and days, none negative, and,
    /// when <paramref name="positive"/>, longer than zero. Checked on its units alone, without counting it from any day, so
    /// that a day at either end of the calendar and a period of <see cref="int.MaxValue"/> units are judged like any other.
    /// </summary>
    public static bool IsDatePeriod(Period? period, bool positive)
        => period is { HasTimeComponent: false, Years: >= 0, Months: >= 0, Weeks: >= 0, Days: >= 0 } && (!positive || !period.Equals(Period.Zero));

    /// <summary>Refuses a period with a time-of-day unit or a negative unit, or a zero period where it must be positive, naming the parameter.</summary>
    public static Period RequireDatePeriod(Period period, string name, bool positive)
    {
        Guard.Against.Null(period, name);
        if (IsDatePeriod(period, positive))
        {
            return period;
        }

        throw new ArgumentException(
            period.HasTimeComponent ? $"The period {period} has a time-of-day unit; use years, months, weeks and days only."
            : period.Equals(Period.Zero) ? "The period must be longer than zero."
            : $"The period {period} has a negative unit; periods are counted forward.",
            name);
    }

    /// <summary>
    /// The last day of a period whose first day is <paramref name="first"/> (Art. 159, 160): the day before
    /// <paramref name="first"/> when the period has no length; <see langword="null"/> when it falls outside the calendar
    /// (<see cref="CalendarRules.DateBeyondCalendar"/>).
    /// </summary>
    public static LocalDate? LastDay(LocalDate first, int months, int days)
    {
        LocalDate afterMonths = first;
        long extra = days - 1L;
        if (months != 0)
        {
            long month = MonthIndex(first) + months;
            if (month > LastMonth)
            {
                // The corresponding day is beyond the calendar; the day before it is not only when it is 10000-01-01.
                return month == LastMonth + 1 && first.Day == 1 && days == 0 ? LocalDate.MaxIsoValue : null;
            }

            afterMonths = first.PlusMonths(months);
            if (afterMonths.Day != first.Day)
            {
                // NodaTime went to the month's last day: the last month has no corresponding day (Art. 160(3)).
                extra = days;
            }
        }

        return PlusDays(afterMonths, extra);
    }

    /// <inheritdoc cref="LastDay(LocalDate, int, int)"/>
    public static LocalDate? LastDay(LocalDate first, Period period) => LastDay(first, MonthsOf(period), DaysOf(period));

    /// <summary>
    /// The last day of a period and another added to it (a fund's term and its extension), counted as one period from
    /// <paramref name="first"/>: their months together, then their days; <see langword="null"/> beyond the calendar.
    /// </summary>
    public static LocalDate? LastDay(LocalDate first, Period period, Period added)
        => LastDay(first, AtMost((long)MonthsOf(period) + MonthsOf(added)), AtMost((long)DaysOf(period) + DaysOf(added)));

    /// <summary>The first day of a period counted from a day on which something happens (Art. 157, or the parties' counting); <see langword="null"/> after the calendar's last day.</summary>
    public static LocalDate? FirstDayFrom(LocalDate day, PeriodCounting counting)
        => counting == PeriodCounting.FirstDayIncluded ? day : PlusDays(day, 1);

    /// <summary>The last day of a period counted from a day on which something happens; never before that day; <see langword="null"/> beyond the calendar.</summary>
    public static LocalDate? LastDayFrom(LocalDate day, int months, int days, PeriodCounting counting)
        => months == 0 && days == 0
            ? day
            : FirstDayFrom(day, counting) is { } first && LastDay(first, months, days) is { } last ? LocalDate.Max(day, last) : null;

    /// <inheritdoc cref="LastDayFrom(LocalDate, int, int, PeriodCounting)"/>
    public static LocalDate? LastDayFrom(LocalDate day, Period period, PeriodCounting counting)
        => LastDayFrom(day, MonthsOf(period), DaysOf(period), counting);

    /// <summary>
    /// The last day on which something can happen so that the period counted from it ends by the end of
    /// <paramref name="lastDay"/>: the period counted back from <paramref name="lastDay"/>, kept consistent with counting
    /// forward (the latest day whose forward period fits; later days all end after it, since the end never moves back);
    /// <see langword="null"/> when even the calendar's first day is too late.
    /// </summary>
    public static LocalDate? LatestDayEndingBy(LocalDate lastDay, int months, int days, PeriodCounting counting)
    {
        // The guess is a few days from the answer; one before the calendar starts from its first day.
        LocalDate day = PlusDays(lastDay, -(long)days) is { } back && MonthIndex(back) - months >= FirstMonth ? back.PlusMonths(-months) : LocalDate.MinIsoValue;
        while (LastDayFrom(day, months, days, counting) is not { } end || end > lastDay)
        {
            if (day == LocalDate.MinIsoValue)
            {
                return null;
            }

            day = day.PlusDays(-1);
        }

        while (day < lastDay && LastDayFrom(day.PlusDays(1), months, days, counting) is { } next && next <= lastDay)
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    /// <summary>The first day after a period that starts on <paramref name="first"/>: where the next period of a chain starts; <see langword="null"/> beyond the calendar.</summary>
    public static LocalDate? NextStart(LocalDate first, int months, int days)
        => months == 0 && days == 0 ? first : LastDay(first, months, days) is { } last ? PlusDays(last, 1) : null;

    /// <summary>
    /// The first start after <paramref name="date"/> in the chain of periods that starts on <paramref name="start"/>, each
    /// period starting at 00:00 of the day after the previous one ends (so each counts its first day): <paramref name="start"/>
    /// itself when it is later than <paramref name="date"/> or the step has no length; <see langword="null"/> when it falls
    /// after the calendar's last day.
    /// </summary>
    public static LocalDate? FirstStartAfter(LocalDate start, int months, int days, LocalDate date)
        => start > date || (months == 0 && days == 0)
            ? start
            : LastDayOfChainOn(start, months, days, date) is { } last ? PlusDays(last, 1) : null;

    /// <summary>
    /// The last day of the period of the chain that starts on <paramref name="start"/> (as <see cref="FirstStartAfter"/>)
    /// running on <paramref name="date"/>, or of the one before <paramref name="start"/> when it is later than
    /// <paramref name="date"/>: the day before the first start after <paramref name="date"/>; <see langword="null"/> when it
    /// falls outside the calendar.
    /// </summary>
    public static LocalDate? LastDayOfChainOn(LocalDate start, int months, int days, LocalDate date)
    {
        if (start > date || (months == 0 && days == 0))
        {
            return PlusDays(start, -1);
        }

        if (months == 0)
        {
            long k = Period.DaysBetween(start, date) / days;
            return PlusDays(start, ((k + 1) * days) - 1);
        }

        while (true)
        {
            if (days == 0 && start.Day <= 28)
            {
                // Every month has this day, so from here each period ends the day before the same day `months` on and the
                // next starts on it: the k-th start is `start` plus k × months, in the month of `date` or before.
                long k = (MonthIndex(date) - MonthIndex(start)) / months;
                LocalDate running = start.PlusMonths((int)(k * months));
                return LastDay(running <= date ? running : running.PlusMonths(-months), months, 0);
            }

            LocalDate? last = LastDay(start, months, days);
            if (last is not { } day || day >= date)
            {
                return last;
            }

            start = day.PlusDays(1);
        }
    }

    /// <summary>A day plus a number of days, or <see langword="null"/> outside the calendar.</summary>
    public static LocalDate? PlusDays(LocalDate day, long days)
        => days > Period.DaysBetween(day, LocalDate.MaxIsoValue) || days < Period.DaysBetween(day, LocalDate.MinIsoValue) ? null : day.PlusDays((int)days);

    /// <summary>A count of units, at most <see cref="int.MaxValue"/> (already beyond the calendar).</summary>
    private static int AtMost(long units) => (int)Math.Min(int.MaxValue, units);

    private static long MonthIndex(LocalDate day) => (day.Year * 12L) + day.Month - 1;
}
