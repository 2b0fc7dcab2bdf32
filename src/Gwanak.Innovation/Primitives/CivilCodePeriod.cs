using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// The Civil Code's counting of periods of days, weeks, months and years (민법 제155조–제161조): the one place the library
/// counts them, for an agreement's term, renewals and notice periods and the last day to give notice, a venture
/// confirmation's validity and a partnership's quiet time.
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
    /// <summary>The whole months of a period: years × 12 + months.</summary>
    public static int MonthsOf(Period period) => (period.Years * 12) + period.Months;

    /// <summary>The whole days of a period after its months: weeks × 7 + days.</summary>
    public static int DaysOf(Period period) => (period.Weeks * 7) + period.Days;

    /// <summary>Refuses a period with a time-of-day unit or a negative unit, or a zero period where it must be positive, naming the parameter.</summary>
    public static Period RequireDatePeriod(Period period, string name, bool positive)
    {
        Guard.Against.Null(period, name);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException($"The period {period} has a time-of-day unit; use years, months, weeks and days only.", name);
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"The period {period} has a negative unit; periods are counted forward.", name);
        }

        if (positive && period.Equals(Period.Zero))
        {
            throw new ArgumentException("The period must be longer than zero.", name);
        }

        return period;
    }

    /// <summary>The last day of a period whose first day is <paramref name="first"/> (Art. 159, 160): the day before <paramref name="first"/> when the period has no length.</summary>
    public static LocalDate LastDay(LocalDate first, int months, int days)
    {
        LocalDate afterMonths = first;
        if (months != 0)
        {
            afterMonths = first.PlusMonths(months);
            if (afterMonths.Day != first.Day)
            {
                // NodaTime went to the month's last day: the last month has no corresponding day (Art. 160(3)).
                return afterMonths.PlusDays(days);
            }
        }

        return afterMonths.PlusDays(days - 1);
    }

    /// <inheritdoc cref="LastDay(LocalDate, int, int)"/>
    public static LocalDate LastDay(LocalDate first, Period period) => LastDay(first, MonthsOf(period), DaysOf(period));

    /// <summary>The first day of a period counted from a day on which something happens (Art. 157, or the parties' counting).</summary>
    public static LocalDate FirstDayFrom(LocalDate day, PeriodCounting counting)
        => counting == PeriodCounting.FirstDayIncluded ? day : day.PlusDays(1);

    /// <summary>The last day of a period counted from a day on which something happens; never before that day.</summary>
    public static LocalDate LastDayFrom(LocalDate day, int months, int days, PeriodCounting counting)
        => LocalDate.Max(day, LastDay(FirstDayFrom(day, counting), months, days));

    /// <inheritdoc cref="LastDayFrom(LocalDate, int, int, PeriodCounting)"/>
    public static LocalDate LastDayFrom(LocalDate day, Period period, PeriodCounting counting)
        => LastDayFrom(day, MonthsOf(period), DaysOf(period), counting);

    /// <summary>
    /// The last day on which something can happen so that the period counted from it ends by the end of
    /// <paramref name="lastDay"/>: the period counted back from <paramref name="lastDay"/>, kept consistent with counting
    /// forward (the latest day whose forward period fits; later days all end after it, since the end never moves back).
    /// </summary>
    public static LocalDate LatestDayEndingBy(LocalDate lastDay, int months, int days, PeriodCounting counting)
    {
        LocalDate day = lastDay.PlusDays(-days).PlusMonths(-months);
        while (LastDayFrom(day, months, days, counting) > lastDay)
        {
            day = day.PlusDays(-1);
        }

        while (LastDayFrom(day.PlusDays(1), months, days, counting) <= lastDay)
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    /// <summary>The first day after a period that starts on <paramref name="first"/>: where the next period of a chain starts.</summary>
    public static LocalDate NextStart(LocalDate first, int months, int days) => LastDay(first, months, days).PlusDays(1);

    /// <summary>
    /// The first start after <paramref name="date"/> in the chain of periods that starts on <paramref name="start"/>, each
    /// period starting at 00:00 of the day after the previous one ends (so each counts its first day): <paramref name="start"/>
    /// itself when it is later than <paramref name="date"/> or the step has no length.
    /// </summary>
    public static LocalDate FirstStartAfter(LocalDate start, int months, int days, LocalDate date)
    {
        if (start > date || (months == 0 && days == 0))
        {
            return start;
        }

        if (months == 0)
        {
            return start.PlusDays(((Period.DaysBetween(start, date) / days) + 1) * days);
        }

        while (start <= date)
        {
            if (days == 0 && start.Day <= 28)
            {
                // Every month has this day, so from here each period ends the day before the same day `months` on and the
                // next starts on it: the k-th start is `start` plus k × months.
                int k = (((date.Year - start.Year) * 12) + date.Month - start.Month) / months;
                LocalDate candidate = start.PlusMonths(k * months);
                while (candidate <= date)
                {
                    candidate = candidate.PlusMonths(months);
                }

                return candidate;
            }

            start = NextStart(start, months, days);
        }

        return start;
    }
}
