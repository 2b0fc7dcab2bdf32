using System;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// Date arithmetic of terms, renewals and notices, shared by <see cref="Agreement"/> and
/// <see cref="AgreementPortfolio"/> so both give the same answers.
/// </summary>
/// <remarks>
/// A period is split into whole months (years × 12 + months) and whole days (weeks × 7 + days). The end of
/// the k-th renewal is counted from the start of the term, <c>origin + (term + k × renewal)</c>, not from the
/// previous end, so a term that starts on the 31st keeps returning to month ends instead of drifting.
/// </remarks>
internal static class RenewalSchedule
{
    private const double DaysPerMonth = 30.436875;

    public static int MonthsOf(Period period) => (period.Years * 12) + period.Months;

    public static int DaysOf(Period period) => (period.Weeks * 7) + period.Days;

    public static LocalDate After(LocalDate start, Period period)
        => start.PlusMonths(MonthsOf(period)).PlusDays(DaysOf(period));

    public static LocalDate Nth(TermAnchor anchor, int months, int days, int k)
        => anchor.Origin.PlusMonths(anchor.Months + (k * months)).PlusDays(anchor.Days + (k * days));

    /// <summary>The first boundary <c>anchor + k × step</c> (k ≥ 0) strictly after <paramref name="date"/>; the first boundary when the step is zero.</summary>
    public static LocalDate FirstAfter(TermAnchor anchor, int months, int days, LocalDate date)
    {
        LocalDate first = anchor.First;
        if (first > date || (months == 0 && days == 0))
        {
            return first;
        }

        double stepDays = (months * DaysPerMonth) + days;
        int k = Math.Max(1, (int)(Period.DaysBetween(first, date) / stepDays));
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
        while (day.PlusMonths(months).PlusDays(days) > renewal)
        {
            day = day.PlusDays(-1);
        }

        while (day.PlusDays(1).PlusMonths(months).PlusDays(days) <= renewal)
        {
            day = day.PlusDays(1);
        }

        return day;
    }
}
