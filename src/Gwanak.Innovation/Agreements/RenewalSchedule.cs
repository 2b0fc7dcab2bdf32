using System;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// Date arithmetic of terms, renewals and notices, shared by <see cref="Agreement"/> and
/// <see cref="AgreementPortfolio"/> so both give the same answers.
/// </summary>
/// <remarks>
/// A period is split into whole months (years × 12 + months) and whole days (weeks × 7 + days). The k-th
/// boundary after an anchor is <c>anchor + k × months + k × days</c>, counted from the anchor rather than from
/// the previous boundary, so a term that starts on the 31st keeps returning to month ends instead of drifting.
/// </remarks>
internal static class RenewalSchedule
{
    private const double DaysPerMonth = 30.436875;

    public static int MonthsOf(Period period) => (period.Years * 12) + period.Months;

    public static int DaysOf(Period period) => (period.Weeks * 7) + period.Days;

    public static LocalDate Nth(LocalDate anchor, int months, int days, int k)
        => anchor.PlusMonths(k * months).PlusDays(k * days);

    public static LocalDate After(LocalDate start, Period period)
        => Nth(start, MonthsOf(period), DaysOf(period), 1);

    /// <summary>The first boundary <c>anchor + k × step</c> (k ≥ 0) strictly after <paramref name="date"/>.</summary>
    public static LocalDate FirstAfter(LocalDate anchor, int months, int days, LocalDate date)
    {
        if (anchor > date)
        {
            return anchor;
        }

        double stepDays = (months * DaysPerMonth) + days;
        int k = Math.Max(1, (int)(Period.DaysBetween(anchor, date) / stepDays));
        while (k > 1 && Nth(anchor, months, days, k - 1) > date)
        {
            k--;
        }

        LocalDate boundary = Nth(anchor, months, days, k);
        while (boundary <= date)
        {
            boundary = Nth(anchor, months, days, ++k);
        }

        return boundary;
    }

    /// <summary>The last day on which notice given takes effect no later than <paramref name="renewal"/>.</summary>
    public static LocalDate LastNoticeDay(LocalDate renewal, int months, int days)
    {
        LocalDate day = renewal.PlusMonths(-months).PlusDays(-days);
        while (Nth(day, months, days, 1) > renewal)
        {
            day = day.PlusDays(-1);
        }

        while (Nth(day.PlusDays(1), months, days, 1) <= renewal)
        {
            day = day.PlusDays(1);
        }

        return day;
    }
}
