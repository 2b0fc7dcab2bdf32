using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The counting of a fund's term and investment period from its day of establishment.</summary>
internal static class FundTerm
{
    /// <summary>
    /// The last day of a period that starts on a day, that day counted: the day before the corresponding day (Civil Code
    /// Art. 160(2)), or the month's last day when there is none (Art. 160(3)).
    /// </summary>
    public static LocalDate LastDay(LocalDate first, Period period)
    {
        var corresponding = first + period;
        bool calendarPeriod = period.Days == 0 && period.Weeks == 0;
        return calendarPeriod && corresponding.Day != first.Day ? corresponding : corresponding.PlusDays(-1);
    }

    /// <summary>
    /// The last day of <paramref name="term"/> and then <paramref name="extension"/> from <paramref name="first"/>, or
    /// <see langword="null"/> when it falls beyond the calendar (<see cref="Primitives.CalendarRules.DateBeyondCalendar"/>).
    /// </summary>
    public static LocalDate? LastDayWithinCalendar(LocalDate first, Period term, Period? extension = null)
    {
        try
        {
            return LastDay(first, extension is null ? term : term + extension);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            // Adding periods whose years, months, weeks or days sum past int.MaxValue overflows; NodaTime refuses a year
            // beyond its calendar as an argument out of range.
            return null;
        }
    }

    /// <summary>The period, when it is in years, months, weeks and days, none negative, and longer than zero.</summary>
    public static Period Positive(Period period, string parameterName)
    {
        Guard.Against.Null(period, parameterName);
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Equals(Period.Zero))
        {
            throw new ArgumentException($"The period {period} must be longer than zero, in years, months, weeks and days, none negative.", parameterName);
        }

        return period;
    }
}
