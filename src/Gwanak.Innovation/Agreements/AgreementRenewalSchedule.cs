using System.Collections.Generic;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// The automatic renewals of a signed agreement and the last day to give notice before each, as stored facts: the running
/// term's first day and length, the renewal period and the notice period, each in whole months and days, and how a notice
/// period is counted. Each period is counted as the Civil Code counts it (민법 제157조, 제159조, 제160조): the running term
/// ends on the day before the day corresponding to its first day (or on the month's last day where there is none), and each
/// renewal is a new period from 00:00 of the day after, so a term that starts on the first of a month keeps ending on month
/// ends. The last day to give notice before a renewal is the last day whose notice period, counted from it, has run by the
/// end of the term: counted back from the expiry, not from the renewal day.
/// </summary>
/// <remarks>
/// <see cref="Agreement.RenewalSchedule"/> gives it for an agreement; a portal stores its members to answer for any later day
/// without replaying. The day arithmetic is the library's one (docs/domain.md, "Periods").
/// </remarks>
public sealed record AgreementRenewalSchedule
{
    /// <summary>Creates a schedule from its stored facts.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="origin">The first day of the running term (the day it is counted from).</param>
    /// <param name="termMonths">Whole months of the running term (zero with zero days when the origin is itself the next renewal).</param>
    /// <param name="termDays">Days of the running term after its months.</param>
    /// <param name="renewalMonths">Whole months of each renewal.</param>
    /// <param name="renewalDays">Days of each renewal after its months.</param>
    /// <param name="noticeMonths">Whole months of the termination notice period.</param>
    /// <param name="noticeDays">Days of the notice period after its months.</param>
    /// <param name="counting">Whether the notice period counts the day notice is given (<see cref="AgreementTerms.Counting"/>).</param>
    /// <exception cref="System.ArgumentException">The agreement is default, a count is negative, the renewal is zero, or the counting undefined.</exception>
    public AgreementRenewalSchedule(AgreementId agreement, LocalDate origin, int termMonths, int termDays, int renewalMonths, int renewalDays, int noticeMonths, int noticeDays, PeriodCounting counting)
    {
        Agreement = Guard.Against.Default(agreement);
        Origin = origin;
        TermMonths = Guard.Against.Negative(termMonths);
        TermDays = Guard.Against.Negative(termDays);
        RenewalMonths = Guard.Against.Negative(renewalMonths);
        RenewalDays = Guard.Against.Negative(renewalDays);
        NoticeMonths = Guard.Against.Negative(noticeMonths);
        NoticeDays = Guard.Against.Negative(noticeDays);
        Guard.Against.Zero(renewalMonths + renewalDays, nameof(renewalDays));
        Counting = Guard.Against.EnumOutOfRange(counting);
    }

    /// <summary>The agreement.</summary>
    public AgreementId Agreement { get; }

    /// <summary>The first day of the running term.</summary>
    public LocalDate Origin { get; }

    /// <summary>Whole months of the running term.</summary>
    public int TermMonths { get; }

    /// <summary>Days of the running term after its months.</summary>
    public int TermDays { get; }

    /// <summary>Whole months of each renewal.</summary>
    public int RenewalMonths { get; }

    /// <summary>Days of each renewal after its months.</summary>
    public int RenewalDays { get; }

    /// <summary>Whole months of the notice period.</summary>
    public int NoticeMonths { get; }

    /// <summary>Days of the notice period after its months.</summary>
    public int NoticeDays { get; }

    /// <summary>Whether the notice period counts the day notice is given.</summary>
    public PeriodCounting Counting { get; }

    internal TermAnchor Anchor => new(Origin, TermMonths, TermDays);

    /// <summary>The first renewal after a day: the first day of the term that follows.</summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The renewal day, after <paramref name="date"/>; <see langword="null"/> when it would fall after the last day of the
    /// calendar, 9999-12-31 (the term running then lasts through the end of the calendar; <see cref="Primitives.CalendarRules.DateBeyondCalendar"/>).
    /// </returns>
    public LocalDate? NextRenewalAfter(LocalDate date)
        => Anchor.First is { } first ? CivilCodePeriod.FirstStartAfter(first, RenewalMonths, RenewalDays, date) : null;

    /// <summary>The first last-day-to-give-notice on or after a day, and the renewal it prevents: notice given on it has run by the end of the term before that renewal.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The deadline; <see langword="null"/> when the renewal it would prevent falls after the last day of the calendar, 9999-12-31.</returns>
    public RenewalNoticeDeadline? NextNoticeDeadlineOn(LocalDate date)
    {
        var found = new List<RenewalNoticeDeadline>(1);
        AddNoticeDeadlines(date, LocalDate.MaxIsoValue, found, firstOnly: true);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The last days to give notice that fall within two days, each with the renewal it prevents.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The deadlines, in date order; only those before renewals within the calendar (through 9999-12-31).</returns>
    public IReadOnlyList<RenewalNoticeDeadline> NoticeDeadlinesWithin(LocalDate from, LocalDate to)
    {
        var found = new List<RenewalNoticeDeadline>();
        AddNoticeDeadlines(from, to, found, firstOnly: false);
        return found;
    }

    /// <summary>Adds the deadlines falling within [from, to] (the loop the portfolio runs over many schedules).</summary>
    internal void AddNoticeDeadlines(LocalDate from, LocalDate to, List<RenewalNoticeDeadline> into, bool firstOnly)
    {
        // The renewals end with the calendar; a deadline before its first day has passed.
        for (LocalDate? next = NextRenewalAfter(from); next is { } renewal; next = CivilCodePeriod.NextStart(renewal, RenewalMonths, RenewalDays))
        {
            LocalDate? deadline = CivilCodePeriod.LatestDayEndingBy(renewal.PlusDays(-1), NoticeMonths, NoticeDays, Counting);
            if (deadline > to)
            {
                return;
            }

            if (deadline is { } day && day >= from)
            {
                into.Add(new RenewalNoticeDeadline(Agreement, day, renewal));
                if (firstOnly)
                {
                    return;
                }
            }
        }
    }
}
